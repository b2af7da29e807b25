"""What an import refuses and what it warns of, through ``import_all`` and the admin's own
import pages: damaged files are refused whole, every error of every file is listed once,
partial files change only their columns, and the preview points out values it would
empty, records changed since their export and flagged fields."""

import csv
import datetime
import html
import io

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command

from agendas.models import AgendaItem
from config.transfer import ImportFailed, export_all, import_all
from documents.models import Resolution
from sessions.models import Session, Venue
from tests.test_import_admin import (
    AGENDA_ITEMS,
    SESSIONS,
    export,
    read_csv,
    refused,
    row_counts,
    upload,
    write_csv,
)
from tests.test_round_trip import MODELS, empty_the_database

RESOLUTIONS = "/admin/documents/resolution/"
VENUES = "/admin/meetings/venue/"


def page_text(response):
    return html.unescape(response.text)


def write_rows(header, rows, delimiter=","):
    stream = io.StringIO()
    writer = csv.writer(stream, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    return stream.getvalue().encode("utf-8-sig")


def table(rows):
    """(header, rows as lists) of rows read as dicts."""
    header = list(rows[0])
    return header, [[row[column] for column in header] for row in rows]


# --- Damaged files --------------------------------------------------------------------------
# Each takes the rows of an export (dicts) and gives the bytes of a damaged file and the
# number of the row the refusal must name.


def cut_mid_row(rows):
    content = write_csv(rows)
    last_line = content.rstrip(b"\r\n").rsplit(b"\n", 1)[1]
    cut = len(content.rstrip(b"\r\n")) - len(last_line) // 2
    return content[:cut], len(rows)


def cut_inside_a_quoted_cell(rows):
    rows = [dict(row) for row in rows]
    rows[1]["title_en"] = "A title, with commas, and long enough to be cut"
    content = write_csv(rows)
    return content[: content.index(b"A title, with commas") + 12], 2


def a_short_row(rows):
    header, values = table(rows)
    values[1] = values[1][:-1]
    return write_rows(header, values), 2


def a_long_row(rows):
    header, values = table(rows)
    values[2] = [*values[2], "one cell too many"]
    return write_rows(header, values), 3


DAMAGES = [cut_mid_row, cut_inside_a_quoted_cell, a_short_row, a_long_row]


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_file_is_refused_by_import_all_and_writes_nothing(demo, tmp_path, damage):
    export_all(tmp_path)
    rows = read_csv((tmp_path / "sessions.csv").read_bytes())
    content, row = damage(rows)
    (tmp_path / "sessions.csv").write_bytes(content)
    empty_the_database()

    with pytest.raises(CommandError) as failure:
        call_command("import_all", str(tmp_path))

    message = str(failure.value)
    assert message.startswith("Nothing was imported")
    assert f"sessions.csv: Row {row} " in message or f"row {row} " in message, message
    assert all(not model.objects.exists() for model in MODELS)


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_file_is_refused_on_the_admin_import_form(editor_client, demo, damage):
    rows = read_csv(export(editor_client, SESSIONS).content)
    content, row = damage(rows)
    before = row_counts()

    response = upload(editor_client, SESSIONS, content)

    refused(response)
    errors = " ".join(response.context["form"].errors["import_file"])
    assert f"Row {row} " in errors or f"row {row} " in errors, errors
    assert "Nothing was imported" in errors
    assert row_counts() == before


def test_the_messages_say_what_is_damaged(editor_client, demo):
    rows = read_csv(export(editor_client, SESSIONS).content)
    cases = {
        cut_inside_a_quoted_cell: "Row 2 has a quoted cell that never ends",
        a_long_row: f"Row 3 has {len(rows[0]) + 1} cells but the header has {len(rows[0])}",
    }
    for damage, text in cases.items():
        response = upload(editor_client, SESSIONS, damage(rows)[0])
        assert text in page_text(response)


def test_a_cut_in_the_last_cell_is_seen_by_its_missing_line_break(editor_client, demo):
    rows = read_csv(export(editor_client, SESSIONS).content)
    content = write_csv(rows).rstrip(b"\r\n")  # the last cell ends the file: cut or whole?

    response = upload(editor_client, SESSIONS, content)

    refused(response, f"The file stops in the middle of row {len(rows)}")


def test_a_header_that_is_not_the_exports_is_refused(editor_client, demo):
    rows = read_csv(export(editor_client, SESSIONS).content)
    renamed = [{("titel_en" if k == "title_en" else k): v for k, v in row.items()} for row in rows]
    before = row_counts()

    response = upload(editor_client, SESSIONS, write_csv(renamed))

    refused(response, "columns that a file of this kind does not have: “titel_en”")
    assert row_counts() == before


def test_a_repeated_column_is_refused(tmp_path, demo):
    export_all(tmp_path)
    path = tmp_path / "venues.csv"
    header, *lines = path.read_text(encoding="utf-8-sig").splitlines()
    path.write_text(
        "\n".join([f"{header},country", *[f"{line},AT" for line in lines]]) + "\n",
        encoding="utf-8-sig",
    )

    with pytest.raises(ImportFailed) as failure:
        import_all(tmp_path)

    assert "venues.csv, The file has the column “country” more than once." in str(failure.value)


# --- Diagnostics ----------------------------------------------------------------------------


def test_one_run_reports_the_errors_of_every_bad_file(demo, tmp_path):
    export_all(tmp_path)
    empty_the_database()
    venues = tmp_path / "venues.csv"
    text = venues.read_text(encoding="utf-8-sig")
    venues.write_text(text.replace(",AT,", ",Austria,", 1), encoding="utf-8-sig")
    footnotes = tmp_path / "footnotes.csv"
    lines = footnotes.read_text(encoding="utf-8-sig").splitlines()
    lines[1] = lines[1].replace("wg-asset-recovery/18", "wg-asset-recovery/99", 1)
    footnotes.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")

    with pytest.raises(ImportFailed) as failure:
        import_all(tmp_path)

    errors = failure.value.errors
    assert any(line.startswith("venues.csv, row ") for line in errors), errors
    assert any(
        line.startswith("footnotes.csv, row 1") and "wg-asset-recovery/99" in line
        for line in errors
    ), errors
    assert len(errors) == len(set(errors))
    assert all(not model.objects.exists() for model in MODELS)


def test_the_sub_items_of_a_refused_item_say_so_once(demo, tmp_path):
    export_all(tmp_path)
    empty_the_database()
    path = tmp_path / "agenda_items.csv"
    rows = read_csv(path.read_bytes())
    item = next(i for i, r in enumerate(rows) if (r["session"], r["label"]) == ("irg/15", "4"))
    rows[item]["resolutions"] = "99/99"
    path.write_bytes(write_csv(rows))
    sub_items = [
        number
        for number, row in enumerate(rows, start=1)
        if row["session"] == "irg/15" and row["label"].startswith("4(")
    ]

    with pytest.raises(ImportFailed) as failure:
        import_all(tmp_path)

    errors = failure.value.errors
    assert (
        f"agenda_items.csv, row {item + 1}, column “resolutions”: Unknown resolution: 99/99."
        in (errors)
    )
    for number in sub_items:
        mine = [line for line in errors if line.startswith(f"agenda_items.csv, row {number},")]
        assert mine == [
            f"agenda_items.csv, row {number}, column “label”: Not imported, because row "
            f"{item + 1}, which it depends on, was refused."
        ]
    assert not any("has no item 4 for sub-item" in line for line in errors)
    # The rows of later files that name the refused item say so, without "There is no".
    later = [line for line in errors if "irg/15/4" in line and not line.startswith("agenda_items")]
    assert later, errors
    assert all("was not imported: its row" in line for line in later), later


def test_a_choice_error_lists_the_allowed_values(editor_client, demo):
    rows = [dict(row) for row in read_csv(export(editor_client, SESSIONS).content)]
    rows[0]["format"] = "in person"

    response = upload(editor_client, SESSIONS, write_csv(rows))

    refused(response)
    assert "“in person” is not one of the allowed values: in_person (" in page_text(response)


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_semicolons_and_tabs_separate_cells_as_commas_do(editor_client, demo, delimiter):
    rows = read_csv(export(editor_client, SESSIONS).content)
    rows[0] = dict(rows[0], title_fr="Réunion; avec un point-virgule")
    header, values = table(rows)

    response = upload(editor_client, SESSIONS, write_rows(header, values, delimiter))

    result = response.context["result"]
    assert not result.has_errors()
    assert not result.has_validation_errors()
    assert (result.totals["update"], result.totals["skip"]) == (1, len(rows) - 1)
    assert "Confirm import" in response.text


def test_a_file_of_one_column_says_its_separator_may_be_another(editor_client, demo):
    rows = read_csv(export(editor_client, SESSIONS).content)
    header, values = table(rows)

    response = upload(editor_client, SESSIONS, write_rows(header, values, "|"))

    refused(response, "separated by a character other than a comma, a semicolon or a tab")


def test_a_date_where_a_resolution_number_belongs_is_explained(editor_client, demo):
    rows = [dict(row) for row in read_csv(export(editor_client, RESOLUTIONS).content)]
    rows.append(dict(rows[0], number="3/3/2026", title_en="A new resolution"))

    response = upload(editor_client, RESOLUTIONS, write_csv(rows))

    refused(
        response,
        "“3/3/2026” is a date: Excel (or another spreadsheet) turned 3/3 into a date. "
        "Format the column as text and type 3/3 again.",
    )


def test_an_xlsx_date_in_a_list_of_resolutions_is_explained(editor_client, demo):
    content = export(editor_client, SESSIONS, "xlsx").content
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    sheet = workbook.active
    header = [cell.value for cell in sheet[1]]
    sheet.cell(row=2, column=header.index("resolutions") + 1).value = datetime.date(2026, 6, 10)
    stream = io.BytesIO()
    workbook.save(stream)

    response = upload(editor_client, SESSIONS, stream.getvalue(), "sessions.xlsx", "xlsx")

    refused(response)
    assert "Excel (or another spreadsheet) turned 6/10 or 10/6 into a date" in page_text(response)


def test_one_new_session_is_counted_once(demo, tmp_path, capsys):
    export_all(tmp_path)
    path = tmp_path / "sessions.csv"
    rows = read_csv(path.read_bytes())
    rows.append(dict(rows[0], ordinal="77", agenda_symbol="", status="draft", resolutions=""))
    path.write_bytes(write_csv(rows))

    call_command("import_all", str(tmp_path))

    assert f"sessions.csv: 1 new, 0 updated, {len(rows) - 1} unchanged" in capsys.readouterr().out


def test_the_sessions_export_keeps_the_format_column(editor_client, demo):
    response = export(editor_client, SESSIONS, "csv")

    assert response["Content-Type"].startswith("text/csv")
    rows = read_csv(response.content)
    by_key = {(row["body"], row["ordinal"]): row for row in rows}
    session = Session.objects.get(body__slug="wg-asset-recovery", ordinal=18)
    assert by_key[("wg-asset-recovery", "18")]["format"] == session.format
    assert list(rows[0])[-1] == "version"


# --- Partial files and the preview's warnings ------------------------------------------------


def test_a_translators_file_changes_only_its_column(editor_client, demo):
    item = AgendaItem.objects.get(session__body__slug="irg", session__ordinal=15, label="4(a)")
    before = {
        "title_en": item.title_en,
        "title_zh_hans": item.title_zh_hans,
        "annotation_en": item.annotation_en,
        "resolutions": sorted(r.pk for r in item.resolutions.all()),
    }
    content = write_rows(["session", "label", "title_fr"], [["irg/15", "4(a)", "Vue d'ensemble"]])

    response = upload(editor_client, AGENDA_ITEMS, content)

    result = response.context["result"]
    assert (result.totals["new"], result.totals["update"]) == (0, 1)
    confirm = response.context["confirm_form"]
    editor_client.post(f"{AGENDA_ITEMS}process_import/", confirm.initial, follow=True)
    item.refresh_from_db()
    assert item.title_fr == "Vue d'ensemble"
    assert {
        "title_en": item.title_en,
        "title_zh_hans": item.title_zh_hans,
        "annotation_en": item.annotation_en,
        "resolutions": sorted(r.pk for r in item.resolutions.all()),
    } == before


def test_a_new_row_of_a_partial_file_needs_a_title_in_one_language(editor_client, demo):
    content = write_rows(
        ["session", "label", "annotation_fr"], [["irg/15", "9", "Une annotation sans titre."]]
    )

    response = upload(editor_client, AGENDA_ITEMS, content)

    refused(response, "Enter the title in at least one language")


def test_a_new_row_of_a_partial_file_may_have_its_title_in_french_only(editor_client, demo):
    content = write_rows(["session", "label", "title_fr"], [["irg/15", "9", "Nouveau point"]])

    response = upload(editor_client, AGENDA_ITEMS, content)

    assert "Confirm import" in response.text


def test_the_preview_warns_of_a_value_it_would_empty(editor_client, demo):
    rows = [dict(row) for row in read_csv(export(editor_client, SESSIONS).content)]
    index = next(i for i, r in enumerate(rows) if (r["body"], r["ordinal"]) == ("irg", "15"))
    title = rows[index]["title_zh_hans"]
    rows[index]["title_zh_hans"] = ""

    response = upload(editor_client, SESSIONS, write_csv(rows))

    assert "Confirm import" in response.text
    assert "Look at this warning before you confirm the import:" in page_text(response)
    assert (
        f"Row {index + 1}: empties “title_zh_hans” of the session irg/15, which is “{title}”."
        in (page_text(response))
    )


def test_import_all_refuses_to_empty_a_value_unless_allowed(demo, tmp_path):
    export_all(tmp_path)
    path = tmp_path / "sessions.csv"
    rows = read_csv(path.read_bytes())
    rows[0]["title_zh_hans"] = ""
    path.write_bytes(write_csv(rows))
    key = (rows[0]["body"], int(rows[0]["ordinal"]))

    with pytest.raises(CommandError) as failure:
        call_command("import_all", str(tmp_path))
    assert "sessions.csv, row 1: empties “title_zh_hans”" in str(failure.value)
    assert "--allow-blanking" in str(failure.value)
    assert Session.objects.get(body__slug=key[0], ordinal=key[1]).title_zh_hans

    call_command("import_all", str(tmp_path), "--allow-blanking")
    assert Session.objects.get(body__slug=key[0], ordinal=key[1]).title_zh_hans == ""


def test_a_row_changed_since_its_export_is_flagged(editor_client, demo):
    content = export(editor_client, SESSIONS).content
    Session.objects.filter(body__slug="irg", ordinal=15).update(title_fr="Changé entre-temps")

    response = upload(editor_client, SESSIONS, content)

    rows = read_csv(content)
    number = 1 + next(i for i, r in enumerate(rows) if (r["body"], r["ordinal"]) == ("irg", "15"))
    assert (
        f"Row {number}: the session irg/15 was changed in the database after this file was "
        "exported" in page_text(response)
    )
    assert "Confirm import" in response.text


def test_a_file_without_versions_is_not_checked_for_changes(editor_client, demo):
    rows = read_csv(export(editor_client, SESSIONS).content)
    without = [{k: v for k, v in row.items() if k != "version"} for row in rows]
    Session.objects.filter(body__slug="irg", ordinal=15).update(title_fr="Changé entre-temps")

    response = upload(editor_client, SESSIONS, write_csv(without))

    assert "was changed in the database" not in page_text(response)
    assert response.context["result"].totals["update"] == 1


def test_import_all_refuses_to_overwrite_a_later_change_unless_allowed(demo, tmp_path):
    export_all(tmp_path)
    Venue.objects.filter(city_en="Vienna").update(name_fr="Changé entre-temps")

    with pytest.raises(ImportFailed) as failure:
        import_all(tmp_path, allow_blanking=True)
    assert "was changed in the database after this file was exported" in str(failure.value)
    assert "--allow-overwrite" in str(failure.value)

    import_all(tmp_path, allow_blanking=True, allow_overwrite=True)
    assert not Venue.objects.filter(name_fr="Changé entre-temps").exists()


def test_a_renamed_resolution_is_flagged(editor_client, demo):
    rows = [dict(row) for row in read_csv(export(editor_client, RESOLUTIONS).content)]
    index = next(i for i, r in enumerate(rows) if r["number"] == "resolution 10/6")
    old = rows[index]["title_en"]
    rows[index]["title_en"] = "Another title"

    response = upload(editor_client, RESOLUTIONS, write_csv(rows))

    text = page_text(response)
    assert f"Row {index + 1}: changes “title_en” of the resolution 10/6 from “{old[:40]}" in text
    assert "” to “Another title”." in text
    assert Resolution.objects.get(session_number=10, sequence=6).title_en == old


def test_a_change_of_a_sessions_dates_is_flagged(editor_client, demo):
    rows = [dict(row) for row in read_csv(export(editor_client, SESSIONS).content)]
    index = next(
        i for i, r in enumerate(rows) if (r["body"], r["ordinal"]) == ("wg-asset-recovery", "18")
    )
    rows[index]["end_date"] = "2024-06-15"
    other = next(i for i, r in enumerate(rows) if i != index and r["title_en"])
    rows[other]["title_en"] += " (revised)"

    response = upload(editor_client, SESSIONS, write_csv(rows))

    text = page_text(response)
    assert (
        f"Row {index + 1}: changes “end_date” of the session wg-asset-recovery/18 from "
        "“2024-06-14” to “2024-06-15”." in text
    )
    assert f"Row {other + 1}:" not in text  # a title is not a flagged field of a session


# --- Permissions ----------------------------------------------------------------------------


def staff_with(client, *codenames):
    user = get_user_model().objects.create_user("limited", password="x", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    client.force_login(user)
    return client


def test_a_user_who_may_change_but_not_add_cannot_import(client, demo):
    client = staff_with(client, "change_venue", "view_venue")
    assert client.get(f"{VENUES}import/").status_code == 403
    assert "import/" not in client.get(VENUES).text


def test_a_user_who_may_only_view_exports_but_cannot_import(client, demo):
    client = staff_with(client, "view_venue")
    assert client.get(f"{VENUES}import/").status_code == 403

    response = export(client, VENUES)

    assert response["Content-Type"].startswith("text/csv")
    assert len(read_csv(response.content)) == Venue.objects.count()


def test_a_user_who_may_add_and_change_imports(client, demo):
    client = staff_with(client, "add_venue", "change_venue", "view_venue")
    assert client.get(f"{VENUES}import/").status_code == 200


def test_a_user_who_may_not_view_cannot_export(client, demo):
    client = staff_with(client, "view_session")
    assert client.get(f"{VENUES}export/").status_code == 403


def test_a_partial_sessions_file_without_the_part_column_names_the_sessions_themselves(
    editor_client, demo
):
    content = write_rows(["body", "ordinal", "title_fr"], [["irg", "15", "Quinzième session"]])

    response = upload(editor_client, SESSIONS, content)

    result = response.context["result"]
    assert (result.totals["new"], result.totals["update"]) == (0, 1)
    assert "Confirm import" in response.text
