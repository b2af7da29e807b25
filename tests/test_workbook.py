"""The agenda workbook: a session downloaded as one XLSX, uploaded back through the same
resources and checks as the import files, and the blank template with its drop-down lists
and its sheet of the columns' meanings."""

import io

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from agendas.models import AgendaItem, Footnote, JointMeeting
from config import workbook
from sessions.keys import SessionKey
from sessions.models import ProgrammeSlot, Session

DATA_SHEETS = [sheet.title for sheet in workbook.SHEETS]


def the_2024_session():
    return SessionKey().clean("wg-asset-recovery/18")


def cell_values(data):
    """{sheet: rows of cell values} of the workbook's data sheets."""
    book = openpyxl.load_workbook(io.BytesIO(data))
    return {
        name: [list(row) for row in book[name].iter_rows(values_only=True)] for name in DATA_SHEETS
    }


def download(client, session):
    response = client.get(reverse("workbook-download", args=[session.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    return response.content


def upload(client, data, **options):
    return client.post(
        reverse("workbook-upload"),
        {"file": SimpleUploadedFile("agenda.xlsx", data), **options},
    )


def counts():
    return (
        Session.objects.count(),
        AgendaItem.objects.count(),
        Footnote.objects.count(),
        ProgrammeSlot.objects.count(),
    )


def test_the_2024_session_downloads_uploads_into_an_empty_database_and_downloads_the_same(
    editor_client, demo
):
    session = the_2024_session()
    first = download(editor_client, session)
    values = cell_values(first)
    # Every kind of row of the session is there.
    assert all(len(values[name]) > 1 for name in ("session", "agenda items", "footnotes"))
    assert all(len(values[name]) > 1 for name in ("programme slots", "programme entries"))
    assert len(values["joint meetings"]) > 1
    items = session.agenda_items.count()

    # The session's data goes: its joint meetings, then the session with its items,
    # footnotes and programme (bodies, venues, resolutions and documents stay).
    JointMeeting.objects.filter(memberships__agenda_item__session=session).delete()
    session.delete()
    assert not Session.objects.filter(body__slug="wg-asset-recovery", ordinal=18).exists()

    response = upload(editor_client, first)
    assert response.status_code == 302, response.context["errors"]
    session = the_2024_session()
    assert session.agenda_items.count() == items
    assert cell_values(download(editor_client, session)) == values


def test_uploading_the_workbook_unchanged_changes_nothing(editor_client, demo):
    session = the_2024_session()
    data = download(editor_client, session)
    response = upload(editor_client, data)
    assert response.status_code == 302
    assert cell_values(download(editor_client, session)) == cell_values(data)


def test_errors_in_two_sheets_are_both_reported_and_nothing_is_written(editor_client, demo):
    session = the_2024_session()
    book = openpyxl.load_workbook(io.BytesIO(download(editor_client, session)))
    headers = [cell.value for cell in book["session"][1]]
    book["session"].cell(row=2, column=headers.index("title_en") + 1, value="A new title")
    book["session"].cell(row=2, column=headers.index("format") + 1, value="by pigeon")
    headers = [cell.value for cell in book["footnotes"][1]]
    book["footnotes"].cell(row=3, column=headers.index("number") + 1, value="two")
    stream = io.BytesIO()
    book.save(stream)
    before = counts()

    response = upload(editor_client, stream.getvalue())

    assert response.status_code == 400
    errors = response.context["errors"]
    assert any(
        error.startswith("sheet “session”, row 1, column “format”") and "in_person" in error
        for error in errors
    ), errors
    assert any(error.startswith("sheet “footnotes”, row 2, column “number”") for error in errors)
    assert counts() == before
    session.refresh_from_db()
    assert session.title_en != "A new title"


def test_the_template_has_drop_down_lists_a_columns_sheet_and_an_example(editor_client, demo):
    response = editor_client.get(reverse("workbook-template"))
    assert response.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert set(DATA_SHEETS) <= set(book.sheetnames)
    assert {"Columns", "Example"} <= set(book.sheetnames)
    # No rows on the data sheets: their headers only.
    assert all(book[name].max_row == 1 for name in DATA_SHEETS)

    sheet = book["session"]
    headers = [cell.value for cell in sheet[1]]
    lists = {}
    for validation in sheet.data_validations.dataValidation:
        assert validation.type == "list"
        list_sheet, cells = validation.formula1.split("!")
        cells = cells.replace("$", "")
        values = [row[0].value for row in book[list_sheet.strip("'")][cells]]
        for cell_range in validation.sqref.ranges:
            lists[headers[cell_range.min_col - 1]] = values
    assert set(lists["status"]) == {code for code, _label in Session.Status.choices}
    assert "in_person" in lists["format"]
    assert "resumed" in lists["part"]
    assert "distribution" in lists

    columns = [row for row in book["Columns"].iter_rows(min_row=2, values_only=True)]
    described = {(sheet, column) for sheet, column, *_rest in columns}
    assert ("agenda items", "resolutions") in described
    assert ("session", "format") in described
    status = next(row for row in columns if row[:2] == ("session", "status"))
    assert "draft" in status[3]

    example = [list(row) for row in book["Example"].iter_rows(values_only=True)]
    assert set(DATA_SHEETS) <= {row[0] for row in example}  # each sheet's title
    assert any(row[0] == "wg-asset-recovery/19" and row[1] == "2(a)" for row in example)


def test_the_template_uploaded_as_it_is_imports_nothing(editor_client, demo):
    before = counts()
    template = editor_client.get(reverse("workbook-template")).content
    response = upload(editor_client, template)
    assert response.status_code == 302
    assert counts() == before


def test_a_file_that_is_not_a_workbook_is_refused(editor_client, demo):
    response = upload(editor_client, b"session,label\n")
    assert response.status_code == 400
    assert response.context["errors"] == ["The file is not an XLSX workbook."]


@pytest.fixture
def changer(db):
    """Staff who may view and change sessions and agenda items but not add them."""
    user = get_user_model().objects.create_user("changer", "c@example.org", "pw", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(
            codename__in=["view_session", "change_session", "view_agendaitem", "change_agendaitem"]
        )
    )
    return user


def test_staff_without_the_add_permission_may_not_upload(client, changer, demo):
    client.force_login(changer)
    assert client.get(reverse("workbook-upload")).status_code == 403
    template = client.get(reverse("workbook-template"))
    assert template.status_code == 200
    assert upload(client, template.content).status_code == 403


def test_the_change_page_links_the_workbook_and_the_list_the_upload(editor_client, demo):
    session = the_2024_session()
    page = editor_client.get(reverse("admin:meetings_session_change", args=[session.pk]))
    assert reverse("workbook-download", args=[session.pk]) in page.content.decode()
    changelist = editor_client.get(reverse("admin:meetings_session_changelist"))
    assert reverse("workbook-upload") in changelist.content.decode()
    upload_page = editor_client.get(reverse("workbook-upload"))
    assert reverse("workbook-template") in upload_page.content.decode()


def test_the_upload_page_speaks_the_editors_language(editor_client, demo):
    page = editor_client.get(reverse("workbook-upload"), headers={"accept-language": "fr"})
    assert "Téléverser un classeur d’ordre du jour" in page.content.decode()
    assert "Télécharger le modèle vierge" in page.content.decode()
    assert "Un classeur d’ordre du jour contient" in page.content.decode()
    assert "La feuille « Columns »" in page.content.decode()
