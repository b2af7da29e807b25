"""“New session from the official document” in the admin and `read_document`: upload,
preview, confirm; a DOCX read as its text; refusals that write nothing."""

import io
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from docx import Document as new_docx

from agendas.models import AgendaItem
from agendas.reading.files import text_of_upload
from agendas.reading.parser import read_text
from documents.models import Document
from sessions.models import Body, Session
from tests.agendas.reading_facts import snapshot

pytestmark = pytest.mark.django_db

DATA = Path(__file__).resolve().parents[1] / "data" / "reader"
URL = "/admin/meetings/session/read-document/"
NOT_AN_AGENDA = "Minutes of the staff picnic\n\nThe weather was fine. 12 June 2024.\n"


def seed(name):
    return (DATA / name).read_text(encoding="utf-8")


def docx_of(text):
    """A DOCX of the text's paragraphs, the programme's tab-separated rows as a table."""
    document = new_docx()
    rows = []
    for line in [*text.split("\n"), ""]:
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            table = document.add_table(rows=0, cols=max(len(row) for row in rows))
            for row in rows:
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=False):
                    cell.text = value
            rows = []
        if line.strip():
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def without_the_demo_session(ordinal):
    body = Body.objects.get(slug="wg-asset-recovery")
    Session.objects.get(body=body, ordinal=ordinal).delete()
    return body


def test_the_sessions_list_links_to_the_page(demo, editor_client):
    page = editor_client.get("/admin/meetings/session/")
    assert URL in page.text


def test_upload_preview_confirm_creates_a_draft(demo, editor_client):
    body = without_the_demo_session(3)
    upload = SimpleUploadedFile("agenda.docx", docx_of(seed("2009_zh.txt")))
    preview = editor_client.post(
        URL, {"body": body.pk, "language": "zh-hans", "ordinal": "", "document": upload}
    )
    assert preview.status_code == 200
    assert "Create the draft session" in preview.text
    assert "工作组各项建议的实施情况" in preview.text
    assert 'class="unplaced"' not in preview.text
    assert ' style="' not in preview.text
    assert "<script>" not in preview.text
    assert not Session.objects.filter(body=body, ordinal=3).exists()

    text = preview.context["form"].cleaned_data["text"]
    confirmed = editor_client.post(
        URL,
        {"body": body.pk, "language": "zh-hans", "ordinal": "", "text": text, "confirm": "1"},
    )
    session = Session.objects.get(body=body, ordinal=3)
    assert confirmed.status_code == 302
    assert confirmed["Location"] == f"/admin/meetings/session/{session.pk}/change/"
    assert session.status == Session.Status.DRAFT
    assert session.agenda_items.count() == 8


def test_a_line_it_cannot_place_is_highlighted(demo, editor_client):
    body = without_the_demo_session(3)
    text = seed("2009_zh.txt").replace(
        "说明\n\n1. 组织事项\n", "说明\n\nV.09-81234 (C)\n\n1. 组织事项\n"
    )
    preview = editor_client.post(URL, {"body": body.pk, "language": "zh-hans", "text": text})
    assert preview.status_code == 200
    assert 'class="unplaced">V.09-81234 (C)' in preview.text
    assert "1 line of the document could not be placed" in preview.text


def test_a_text_that_is_not_an_agenda_is_refused(demo, editor_client):
    body = Body.objects.get(slug="wg-asset-recovery")
    before = Session.objects.count(), AgendaItem.objects.count()
    response = editor_client.post(
        URL, {"body": body.pk, "language": "en", "text": NOT_AN_AGENDA, "confirm": "1"}
    )
    assert response.status_code == 200
    assert "This text is not a provisional agenda" in response.text
    assert (Session.objects.count(), AgendaItem.objects.count()) == before


def test_a_file_that_is_not_a_document_is_refused(demo, editor_client):
    body = Body.objects.get(slug="wg-asset-recovery")
    upload = SimpleUploadedFile("agenda.docx", b"PK\x03\x04 not really a zip")
    response = editor_client.post(URL, {"body": body.pk, "language": "en", "document": upload})
    assert response.status_code == 200
    assert "not a readable DOCX" in response.text


def test_the_page_needs_the_permission_to_add_sessions(client, db):
    user = get_user_model().objects.create_user(
        "viewer", password="a-long-test-password", is_staff=True
    )
    user.user_permissions.add(
        Permission.objects.get(codename="view_session", content_type__app_label="meetings")
    )
    client.force_login(user)
    assert client.get(URL).status_code == 403


def test_a_docx_reads_as_its_text(demo):
    text = seed("2024_zh.txt")
    from_docx = text_of_upload(SimpleUploadedFile("agenda.docx", docx_of(text)))
    by_text = read_text(text, language="zh-hans")
    by_docx = read_text(from_docx, language="zh-hans")
    assert [(i.label, i.title, i.paragraphs, i.listed) for i in by_docx.items] == [
        (i.label, i.title, i.paragraphs, i.listed) for i in by_text.items
    ]
    assert by_docx.footnotes == by_text.footnotes
    assert by_docx.slots == by_text.slots
    assert by_docx.unplaced == []


def test_the_command_prints_what_it_understood_and_dry_run_writes_nothing(demo, tmp_path):
    body = without_the_demo_session(18)
    path = tmp_path / "agenda.txt"
    path.write_text(seed("2024_zh.txt"), encoding="utf-8")
    out = io.StringIO()
    call_command("read_document", str(path), "--body", body.slug, "--dry-run", stdout=out)
    assert "3(b). 关于预防和打击腐败" in out.getvalue()
    assert "Language: zh-hans; original: en" in out.getvalue()
    assert "Programme 2024-06-12 15:00–18:00: 3(a) (continued)" in out.getvalue()
    assert "Dry run: nothing written." in out.getvalue()
    assert not Session.objects.filter(body=body, start_date="2024-06-12").exists()

    call_command("read_document", str(path), "--body", body.slug, "--ordinal", "18", stdout=out)
    session = Session.objects.get(body=body, ordinal=18)
    assert session.status == Session.Status.DRAFT
    assert snapshot(session, "zh-hans")["items"]["3(a)"]["resolutions"] == ["10/6"]


def test_the_command_refuses_a_text_that_is_not_an_agenda(demo, tmp_path):
    path = tmp_path / "picnic.txt"
    path.write_text(NOT_AN_AGENDA, encoding="utf-8")
    before = Session.objects.count()
    with pytest.raises(CommandError, match="not a provisional agenda"):
        call_command("read_document", str(path), "--body", "wg-asset-recovery")
    assert Session.objects.count() == before


def test_reading_a_published_session_again_is_refused(demo, tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text(seed("2009_zh.txt"), encoding="utf-8")
    with pytest.raises(CommandError, match="is published"):
        call_command(
            "read_document", str(path), "--body", "wg-asset-recovery", stdout=io.StringIO()
        )


@pytest.mark.parametrize(
    ("language", "title"),
    [("ar", "دورة جديدة من الوثيقة الرسمية"), ("zh-hans", "根据正式文件新建会议")],
)
def test_the_page_speaks_the_editors_language(editor_client, language, title):
    editor_client.cookies["django_language"] = language
    page = editor_client.get(URL)
    assert page.status_code == 200
    assert title in page.text


def test_a_new_document_is_created_with_the_title_the_list_gives_it(demo, tmp_path):
    body = without_the_demo_session(18)
    text = seed("2024_en.txt").replace("CAC/COSP/WG.2/2024/3", "CAC/COSP/WG.2/2024/9")
    path = tmp_path / "agenda.txt"
    path.write_text(text, encoding="utf-8")
    out = io.StringIO()
    call_command("read_document", str(path), "--body", body.slug, "--ordinal", "18", stdout=out)
    assert "New documents: CAC/COSP/WG.2/2024/9" in out.getvalue()
    document = Document.objects.get(symbol="CAC/COSP/WG.2/2024/9")
    assert document.title_en.startswith("Discussion guide on challenges, obstacles")
    assert document.body == body
    item = Session.objects.get(body=body, ordinal=18).agenda_items.get(label="3")
    assert [(link.document.symbol, link.listed) for link in item.document_links.all()] == [
        ("CAC/COSP/WG.2/2024/2", True),
        ("CAC/COSP/WG.2/2024/9", True),
    ]


def test_a_document_of_another_body_is_pointed_out(demo, tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text(seed("2024_en.txt"), encoding="utf-8")
    out = io.StringIO()
    call_command("read_document", str(path), "--body", "wg-prevention", "--dry-run", stdout=out)
    assert (
        "The document is of “Open-ended Intergovernmental Working Group on Asset Recovery”"
        in out.getvalue()
    )
