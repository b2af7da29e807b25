"""Import and export through the admin's own pages, as an editor: the preview of new,
changed and unchanged rows, and bad files that show each bad row with its reason and
write nothing at all."""

import csv
import html
import io

import openpyxl
import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile

from sessions.models import Body, Session

CONTENT_APPS = ("meetings", "agendas", "documents")


def row_counts():
    return {
        model._meta.label: model.objects.count()
        for app in CONTENT_APPS
        for model in apps.get_app_config(app).get_models()
    }


def format_index(page, title):
    """The value of the format ``title`` (csv, xlsx) in the page's format choices."""
    choices = dict((label, value) for value, label in page.context["form"].fields["format"].choices)
    return choices[title]


def export(client, model_url, title="csv", query=""):
    page = client.get(f"{model_url}export/{query}")
    form = page.context["form"]
    data = {"format": format_index(page, title), "resource": "0"}
    for name in form.fields:
        if name not in ("format", "resource", "export_items"):
            data[name] = "on"
    response = client.post(f"{model_url}export/{query}", data)
    assert response.status_code == 200
    return response


def read_csv(content):
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))


def write_csv(rows, encoding="utf-8-sig"):
    stream = io.StringIO()
    writer = csv.DictWriter(stream, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return stream.getvalue().encode(encoding)


def upload(client, model_url, content, name="file.csv", title="csv"):
    page = client.get(f"{model_url}import/")
    assert page.status_code == 200
    response = client.post(
        f"{model_url}import/",
        {
            "resource": "0",
            "format": format_index(page, title),
            "import_file": SimpleUploadedFile(name, content),
        },
    )
    assert response.status_code == 200, response.status_code
    return response


SESSIONS = "/admin/meetings/session/"
AGENDA_ITEMS = "/admin/agendas/agendaitem/"
ITEM_DOCUMENTS = "/admin/agendas/agendaitemdocument/"


@pytest.fixture
def session_rows(demo, editor_client):
    return read_csv(export(editor_client, SESSIONS).content)


def refused(response, *texts):
    """The page shows each text, offers no confirmation, and wrote nothing."""
    page = response.text
    for text in texts:
        assert text in page, text
    assert "confirm_form" not in response.context or response.context["confirm_form"] is None
    assert "Confirm import" not in page


# --- Export ---------------------------------------------------------------------------------


def test_export_offers_csv_and_xlsx_only(editor_client, demo):
    page = editor_client.get(f"{SESSIONS}export/")
    titles = [label for value, label in page.context["form"].fields["format"].choices if value]
    assert titles == ["csv", "xlsx"]
    page = editor_client.get(f"{SESSIONS}import/")
    titles = [label for value, label in page.context["form"].fields["format"].choices if value]
    assert titles == ["csv", "xlsx"]


def test_export_of_the_filtered_changelist_as_csv_and_xlsx(editor_client, demo):
    irg = Body.objects.get(slug="irg")
    query = f"?body__id__exact={irg.pk}"

    response = export(editor_client, SESSIONS, "csv", query)
    assert response["Content-Type"].startswith("text/csv")
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = read_csv(response.content)
    assert [(row["body"], row["ordinal"]) for row in rows] == [
        ("irg", str(s.ordinal)) for s in Session.objects.filter(body=irg)
    ]
    assert rows
    assert "id" not in rows[0]

    response = export(editor_client, SESSIONS, "xlsx", query)
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.values)
    header = values[0]
    assert {row[header.index("body")] for row in values[1:]} == {"irg"}
    assert len(values) - 1 == len(rows)


# --- Preview and confirmation ---------------------------------------------------------------


def test_preview_shows_new_changed_and_unchanged_rows_then_imports(editor_client, session_rows):
    rows = [dict(row) for row in session_rows]
    changed = next(
        row for row in rows if row["body"] == "wg-asset-recovery" and row["ordinal"] == "18"
    )
    changed["title_fr"] = "dix-huitième réunion du Groupe de travail"
    new = dict(changed, ordinal="19", agenda_symbol="", status="draft")
    new["title_en"] = "nineteenth meeting of the Working Group"
    before = row_counts()

    response = upload(editor_client, SESSIONS, write_csv([*rows, new]))

    result = response.context["result"]
    assert (result.totals["new"], result.totals["update"], result.totals["skip"]) == (
        1,
        1,
        len(rows) - 1,
    )
    page = response.text
    for label in ("New", "Update", "Skipped", "Confirm import"):
        assert label in page
    assert row_counts() == before  # the preview wrote nothing

    confirm = response.context["confirm_form"]
    done = editor_client.post(f"{SESSIONS}process_import/", confirm.initial, follow=True)

    assert done.status_code == 200
    assert "Import finished: 1 new, 1 updated" in done.text
    assert Session.objects.get(body__slug="wg-asset-recovery", ordinal=19).title_en == (
        "nineteenth meeting of the Working Group"
    )
    assert Session.objects.get(body__slug="wg-asset-recovery", ordinal=18).title_fr == (
        "dix-huitième réunion du Groupe de travail"
    )
    assert row_counts()["meetings.Session"] == before["meetings.Session"] + 1


def test_a_confirmed_import_that_fails_now_writes_nothing_and_says_why(editor_client, session_rows):
    new = dict(session_rows[0], ordinal="77", agenda_symbol="CAC/COSP/WG.2/2077/1", status="draft")
    response = upload(editor_client, SESSIONS, write_csv([new]))
    confirm = response.context["confirm_form"]
    # Meanwhile another editor gives the symbol to a session.
    Session.objects.filter(body__slug="irg", ordinal=15).update(agenda_symbol=new["agenda_symbol"])
    before = row_counts()

    done = editor_client.post(f"{SESSIONS}process_import/", confirm.initial, follow=True)

    assert done.status_code == 200
    assert "Nothing was imported" in done.text
    assert (
        "row 1, column “agenda_symbol”: Session with this Agenda symbol already exists."
        in html.unescape(done.text)
    )
    assert row_counts() == before


def test_an_exported_xlsx_imports_back_unchanged(editor_client, demo):
    content = export(editor_client, AGENDA_ITEMS, "xlsx").content
    before = row_counts()

    response = upload(editor_client, AGENDA_ITEMS, content, "items.xlsx", "xlsx")

    result = response.context["result"]
    assert result.totals["skip"] == before["agendas.AgendaItem"]
    assert result.totals["new"] == result.totals["update"] == 0
    assert "Confirm import" in response.text


# --- Bad files ------------------------------------------------------------------------------


def test_a_bad_date_is_shown_with_its_row_and_nothing_is_written(editor_client, session_rows):
    rows = [dict(row) for row in session_rows]
    rows[2]["start_date"] = "2024-02-30"
    before = row_counts()

    response = upload(editor_client, SESSIONS, write_csv(rows))

    refused(response, "“2024-02-30” is not a date: write it as YYYY-MM-DD")
    invalid = response.context["result"].invalid_rows
    assert [row.number for row in invalid] == [3]
    assert row_counts() == before


def test_an_unknown_body_is_refused_with_the_good_rows(editor_client, session_rows):
    good = dict(session_rows[0], ordinal="77", agenda_symbol="", status="draft")
    bad = dict(session_rows[1], body="no-such-body")
    before = row_counts()

    response = upload(editor_client, SESSIONS, write_csv([good, bad]))

    refused(response, "There is no body “no-such-body”.")
    assert [row.number for row in response.context["result"].invalid_rows] == [2]
    assert row_counts() == before


def test_an_unknown_document_symbol_is_refused(editor_client, demo):
    rows = read_csv(export(editor_client, ITEM_DOCUMENTS).content)
    rows[0]["document"] = "CAC/COSP/WG.2/2099/9"
    before = row_counts()

    response = upload(editor_client, ITEM_DOCUMENTS, write_csv(rows))

    refused(response, "There is no document “CAC/COSP/WG.2/2099/9”.")
    assert row_counts() == before


def test_a_duplicate_label_is_refused(editor_client, demo):
    rows = read_csv(export(editor_client, AGENDA_ITEMS).content)
    twin = dict(
        next(
            row for row in rows if row["session"] == "wg-asset-recovery/18" and row["label"] == "3"
        )
    )
    twin["title_en"] = "Another item 3"
    before = row_counts()

    response = upload(editor_client, AGENDA_ITEMS, write_csv([*rows, twin]))

    refused(response, "already has wg-asset-recovery/18 3")
    assert [row.number for row in response.context["result"].invalid_rows] == [len(rows) + 1]
    assert row_counts() == before


def test_a_sub_item_without_its_item_is_refused(editor_client, demo):
    rows = read_csv(export(editor_client, AGENDA_ITEMS).content)
    orphan = dict(rows[0], label="9(a)", title_en="An orphan")

    response = upload(editor_client, AGENDA_ITEMS, write_csv([orphan]))

    refused(response, "has no item 9 for sub-item 9(a)")


def test_a_missing_required_column_is_a_form_error(editor_client, session_rows):
    rows = [{k: v for k, v in row.items() if k != "ordinal"} for row in session_rows]
    before = row_counts()

    response = upload(editor_client, SESSIONS, write_csv(rows))

    refused(response, "The file has no column “ordinal”, which every row needs.")
    assert "import_file" in response.context["form"].errors
    assert "result" not in response.context or not response.context["result"]
    assert row_counts() == before


def test_a_file_that_is_not_utf8_is_a_form_error(editor_client, session_rows):
    rows = [dict(row) for row in session_rows]
    rows[0]["title_fr"] = "Réunion"
    content = write_csv(
        [
            {k: v for k, v in row.items() if not k.endswith(("_ar", "_zh_hans", "_ru"))}
            for row in rows
        ],
        encoding="cp1252",
    )
    before = row_counts()

    response = upload(editor_client, SESSIONS, content)

    refused(response, "The file is not UTF-8 text", "Save it as “CSV UTF-8”")
    assert row_counts() == before


def test_a_row_that_breaks_a_database_rule_is_refused(editor_client, session_rows):
    rows = [dict(row) for row in session_rows]
    rows[0]["end_date"] = "2000-01-01"
    before = row_counts()

    response = upload(editor_client, SESSIONS, write_csv(rows))

    refused(response, "The end date cannot be before the start date.")
    assert [row.number for row in response.context["result"].invalid_rows] == [1]
    assert row_counts() == before


def test_a_file_without_bom_imports_like_one_with(editor_client, session_rows):
    response = upload(editor_client, SESSIONS, write_csv(session_rows, encoding="utf-8"))

    result = response.context["result"]
    assert result.totals["skip"] == len(session_rows)
    assert not result.has_errors()
    assert not result.has_validation_errors()


def test_a_file_of_another_format_is_a_form_error(editor_client, session_rows):
    before = row_counts()

    response = upload(editor_client, SESSIONS, write_csv(session_rows), "sessions.xlsx", "xlsx")

    refused(response, "The file cannot be read as XLSX")
    assert row_counts() == before
