"""The round trip through the project's own document: the demo's 2024 and 2009 sessions
written as DOCX by agendas/files.py (as the session page and `render_document` write them),
the session deleted, and the file read back into a draft session equal to the demo's in
labels, titles, annotation paragraphs, footnotes, citations, joint meetings and programme
slots. The 2009 session also goes through the project's PDF (WeasyPrint, read with
pdftotext): its running header and page numbers are left out, symbols cut at the end of a
line put together again."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from agendas.files import DOCX, PDF, render_file
from agendas.reading.files import text_of_upload, without_running_lines
from agendas.reading.parser import read_text
from agendas.reading.services import draft_session
from agendas.rendition import render
from sessions.models import Session
from tests.agendas.reading_facts import share, snapshot

pytestmark = pytest.mark.django_db

SESSIONS = (18, 3)
LANGUAGES = ("zh-hans", "en")


def demo_session(ordinal):
    return Session.objects.with_header().get(body__slug="wg-asset-recovery", ordinal=ordinal)


def document_of(session, language, file_format=DOCX):
    """The session's provisional agenda as the project writes it, as an uploaded file."""
    content = render_file(render(session, language), file_format)
    return SimpleUploadedFile(f"agenda-{language}.{file_format}", content)


def read_docx(upload, language, body):
    reading = read_text(text_of_upload(upload), language=language)
    session, created = draft_session(reading=reading, body=body)
    return reading, session, created


@pytest.mark.parametrize(
    ("ordinal", "language", "file_format"),
    [
        *((ordinal, language, DOCX) for ordinal in SESSIONS for language in LANGUAGES),
        *((3, language, PDF) for language in LANGUAGES),
    ],
)
def test_the_projects_file_reads_back_into_the_same_session(demo, ordinal, language, file_format):
    original = demo_session(ordinal)
    body = original.body
    expected = snapshot(original, language)
    upload = document_of(original, language, file_format)
    original.delete()

    reading, session, created = read_docx(upload, language, body)

    assert created
    assert session.status == Session.Status.DRAFT
    assert reading.unplaced == []
    got = snapshot(session, language)
    assert got["items"] == expected["items"]
    assert got["footnotes"] == expected["footnotes"]
    assert got["joint"] == expected["joint"]
    assert got["slots"] == expected["slots"]
    assert got["resolutions"] == expected["resolutions"]
    assert got["resources_note"] == expected["resources_note"]
    assert share(got, expected)[1] == 1


def test_the_session_line_and_masthead_come_back(demo):
    original = demo_session(18)
    body = original.body
    upload = document_of(original, "en")
    header = (
        original.start_date,
        original.end_date,
        original.venue_id,
        original.opening_time,
        original.agenda_symbol,
        original.distribution,
        original.distribution_date,
        original.original_language,
    )
    original.delete()

    _reading, session, _created = read_docx(upload, "en", body)

    session.refresh_from_db()
    assert (
        session.start_date,
        session.end_date,
        session.venue_id,
        session.opening_time,
        session.agenda_symbol,
        session.distribution,
        session.distribution_date,
        session.original_language,
    ) == header


def test_a_second_language_version_fills_the_same_session(demo):
    original = demo_session(18)
    body = original.body
    expected = {language: snapshot(original, language) for language in LANGUAGES}
    uploads = {language: document_of(original, language) for language in LANGUAGES}
    original.delete()

    _reading, session, created = read_docx(uploads["en"], "en", body)
    assert created
    _reading, again, created = read_docx(uploads["zh-hans"], "zh-hans", body)

    assert not created
    assert again.pk == session.pk
    assert Session.objects.filter(body=body, agenda_symbol=session.agenda_symbol).count() == 1
    for language in LANGUAGES:
        got = snapshot(again, language)
        assert got["items"] == expected[language]["items"]
        assert got["footnotes"] == expected[language]["footnotes"]
        assert got["slots"] == expected[language]["slots"]


def test_a_printed_pages_running_header_and_page_number_are_left_out():
    page = "\n   CAC/COSP/WG.2/2009/1\n\nThe Working Group will adopt\n\n        2\n"
    assert without_running_lines(page, first=False).split() == [
        "The",
        "Working",
        "Group",
        "will",
        "adopt",
    ]
    first = "   CAC/COSP/WG.2/2009/1\n\nDistr.: General\n"
    assert "CAC/COSP/WG.2/2009/1" in without_running_lines(first, first=True)
