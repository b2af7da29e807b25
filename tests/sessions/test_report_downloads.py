"""Report downloads: a session's agenda and programme from its public page, and the
report actions of the admin's changelists. Every download is streamed."""

import re

import pytest
from django.db import connection
from django.http import StreamingHttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from agendas.models import AgendaItem
from documents.models import Document, Mandate
from sessions.models import Session
from tests.report_files import BOM, by_label, content_of, csv_records, csv_rows, xlsx_rows

pytestmark = pytest.mark.django_db

WG = "wg-asset-recovery"
AGENDA_2024 = "/en/sessions/wg-asset-recovery/18/agenda.csv"


def test_the_urls_have_their_names():
    with translation.override("zh-hans"):
        kwargs = {"body": WG, "ordinal": 18, "file_format": "xlsx"}
        assert reverse("meetings:session-agenda-report", kwargs=kwargs) == (
            "/zh-hans/sessions/wg-asset-recovery/18/agenda.xlsx"
        )
        assert reverse(
            "meetings:session-programme-report", kwargs={**kwargs, "file_format": "csv"}
        ) == ("/zh-hans/sessions/wg-asset-recovery/18/programme.csv")


def test_agenda_csv_of_a_published_session(client, demo):
    response = client.get(AGENDA_2024)
    assert response.status_code == 200
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="wg-asset-recovery-18-agenda-en.csv"'
    )
    records = csv_records(content_of(response))
    assert len(records) == 9
    assert by_label(records)["2"]["Resolutions cited"] == "1/4"


def test_agenda_xlsx_in_chinese(client, demo):
    response = client.get("/zh-hans/sessions/wg-asset-recovery/18/agenda.xlsx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["Content-Disposition"].endswith(
        'filename="wg-asset-recovery-18-agenda-zh-hans.xlsx"'
    )
    header, *rows = xlsx_rows(content_of(response))
    assert header[5:7] == ["议程项目", "标题"]
    assert [row[5] for row in rows] == ["1", "1(a)", "1(b)", "2", "3", "3(a)", "3(b)", "4", "5"]
    assert rows[3][6] == "任务授权执行进展概览"


def test_programme_csv_in_arabic(client, demo):
    response = client.get("/ar/sessions/wg-asset-recovery/18/programme.csv")
    assert response.status_code == 200
    rows = csv_rows(content_of(response))
    assert rows[0] == ["الدورة", "التاريخ", "الوقت", "البند", "العنوان", "تابع"]
    assert [row[3] for row in rows[1:]] == [
        "1(a)",
        "1(b)",
        "2",
        "3(a)",
        "3(a)",
        "3(b)",
        "4",
        "4",
        "5",
    ]
    assert rows[5][5] == "تابع"


def test_the_first_chunk_is_sent_before_the_items_are_read(client, demo, settings):
    settings.WGSESSIONS_REPORT_CHUNK_SIZE = 3
    response = client.get(AGENDA_2024)
    chunks = iter(response.streaming_content)
    with CaptureQueriesContext(connection) as queries:
        header = next(chunks)
        assert len(queries) == 0
        first_rows = next(chunks)
        read_for_the_first_rows = len(queries)
        rest = b"".join(chunks)
    assert header.startswith(BOM + b"Body,Session,")
    assert [row[5] for row in csv_rows(header + first_rows)[1:]] == ["1", "1(a)", "1(b)"]
    assert read_for_the_first_rows < len(queries)
    assert len(csv_rows(header + first_rows + rest)) == 1 + 9


def test_draft_session_is_not_found_by_the_public(demo, editor_client):
    Session.objects.filter(body__slug=WG, ordinal=18).update(status=Session.Status.DRAFT)
    client = Client()
    assert client.get(AGENDA_2024).status_code == 404
    assert client.get("/en/sessions/wg-asset-recovery/18/programme.csv").status_code == 404
    # Editors see drafts on the site, their downloads too.
    assert editor_client.get(AGENDA_2024).status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/en/sessions/wg-asset-recovery/18/agenda.pdf",
        "/en/sessions/wg-asset-recovery/18/agenda.",
        "/en/sessions/wg-asset-recovery/99/agenda.csv",
        "/en/sessions/wg-asset-recovery/0/programme.csv",
        "/en/sessions/wg-asset-recovery/99999999999999999999/agenda.csv",
        "/en/sessions/no-such-body/18/agenda.csv",
        "/xx/sessions/wg-asset-recovery/18/agenda.csv",
        "/en/sessions/wg-asset-recovery/18/minutes.csv",
    ],
)
def test_bad_addresses_are_not_found_never_an_error(client, demo, url):
    assert client.get(url).status_code == 404


# --- The admin's report actions ---------------------------------------------------------


def run_action(client, changelist, action, objects):
    return client.post(
        changelist,
        {"action": action, "_selected_action": [str(obj.pk) for obj in objects], "index": "0"},
    )


def test_agenda_report_of_the_selected_sessions(editor_client, demo):
    sessions = Session.objects.filter(body__slug__in=[WG, "irg"], start_date__year=2024)
    response = run_action(
        editor_client, "/admin/meetings/session/", "export_agenda_report_csv", sessions
    )
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Disposition"] == 'attachment; filename="agenda-en.csv"'
    records = csv_records(content_of(response))
    assert len(records) == 9 + 8
    assert {record["Session"] for record in records} == {"15", "18"}


def test_sessions_report_of_the_selected_sessions_as_xlsx(editor_client, demo):
    sessions = Session.objects.filter(body__slug=WG)
    response = run_action(
        editor_client, "/admin/meetings/session/", "export_sessions_report_xlsx", sessions
    )
    header, *rows = xlsx_rows(content_of(response))
    assert header[-3:] == ["Number of agenda items", "Number of documents", "Status"]
    assert [(row[1], row[10], row[11]) for row in rows] == [(3, 8, 2), (18, 9, 3)]


def test_mandates_and_documents_actions(editor_client, demo):
    mandates = Mandate.objects.filter(resolution__session_number=1)
    response = run_action(
        editor_client, "/admin/documents/mandate/", "export_mandates_report_csv", mandates
    )
    assert [r["Letter"] for r in csv_records(content_of(response))] == list("abcdef")

    documents = Document.objects.filter(symbol__startswith="CAC/COSP/IRG/")
    response = run_action(
        editor_client, "/admin/documents/document/", "export_documents_report_csv", documents
    )
    records = csv_records(content_of(response))
    assert [r["Symbol"] for r in records] == ["CAC/COSP/IRG/2024/6", "CAC/COSP/IRG/2024/7"]


def test_the_actions_are_offered_on_the_changelists(editor_client, demo):
    page = editor_client.get("/admin/meetings/session/").content.decode()
    assert "Agenda report of the selected sessions (CSV)" in page
    assert "Sessions report of the selected sessions (XLSX)" in page
    assert (
        "Mandates report of the selected mandates (CSV)"
        in editor_client.get("/admin/documents/mandate/").content.decode()
    )
    assert (
        "Documents report of the selected documents (XLSX)"
        in editor_client.get("/admin/documents/document/").content.decode()
    )


def test_admin_report_rows_do_not_query_per_item(
    editor_client, session, django_assert_max_num_queries
):
    AgendaItem.objects.bulk_create(
        AgendaItem(session=session, number=n, label=str(n), position=n * 1000, title_en=f"Item {n}")
        for n in range(1, 201)
    )
    response = run_action(
        editor_client, "/admin/meetings/session/", "export_agenda_report_csv", [session]
    )
    with django_assert_max_num_queries(4):
        records = csv_records(content_of(response))
    assert len(records) == 200


def test_the_session_page_links_its_downloads_in_its_language(client, demo):
    page = client.get("/zh-hans/sessions/wg-asset-recovery/18/").content.decode()
    links = re.findall(r'href="([^"]+\.(?:csv|xlsx))" download', page)
    assert links == [
        "/zh-hans/sessions/wg-asset-recovery/18/agenda.csv",
        "/zh-hans/sessions/wg-asset-recovery/18/agenda.xlsx",
        "/zh-hans/sessions/wg-asset-recovery/18/programme.csv",
        "/zh-hans/sessions/wg-asset-recovery/18/programme.xlsx",
    ]
    agenda = csv_rows(content_of(client.get(links[0])))
    assert [row[5] for row in agenda[1:]] == [
        "1",
        "1(a)",
        "1(b)",
        "2",
        "3",
        "3(a)",
        "3(b)",
        "4",
        "5",
    ]
    assert agenda[2][6] == "会议开幕"


def test_a_session_without_programme_links_only_its_agenda(client, session):
    AgendaItem.objects.create(session=session, number=1, title_en="Opening")
    page = client.get(session.get_absolute_url()).content.decode()
    assert "agenda.csv" in page
    assert "programme.csv" not in page


def test_the_public_agenda_download_names_no_item_of_a_draft(demo, editor_client):
    Session.objects.filter(body__slug="irg", ordinal=15).update(status=Session.Status.DRAFT)

    public = by_label(csv_records(content_of(Client().get(AGENDA_2024))))
    assert "Implementation Review Group" not in public["2"]["Considered jointly with"]
    assert "Expert Meeting" in public["2"]["Considered jointly with"]

    # Editors see drafts on the page, and so in its download.
    editors = by_label(csv_records(content_of(editor_client.get(AGENDA_2024))))
    assert "Implementation Review Group 15 4(a)" in editors["2"]["Considered jointly with"]
