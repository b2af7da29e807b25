"""The translation status of a session's document, per language: the texts filled of those
needed, computed from the data; the admin's table with the missing texts linked, the
``translations`` report, and the notice atop an incomplete language version."""

import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from agendas.models import AgendaItem, Footnote, PanelDiscussion
from agendas.reports import TranslationsReport
from agendas.translation_status import prefetched_status
from config.lib.i18n import translated
from config.lib.reporting import csv_chunks, iso_date, joined, order_by_session
from sessions.models import ProgrammeEntry, Session
from tests.public import build_session, make_body
from tests.report_files import BOM, csv_records

pytestmark = pytest.mark.django_db

SESSION_2024 = {"body__slug": "wg-asset-recovery", "ordinal": 18}


def status_of(**lookup):
    session = Session.objects.with_document_texts().get(**lookup)
    return prefetched_status(session)


def counted_from_the_rows(session, code):
    """(filled, needed) in language ``code``, counted straight from the tables' columns: a
    text is needed when one of its six columns has text, filled when its ``code`` column
    has."""
    sources = [
        (Session.objects.filter(pk=session.pk), ["title", "city", "room", "resources_note"]),
        (AgendaItem.objects.filter(session=session), ["title", "annotation"]),
        (PanelDiscussion.objects.filter(agenda_item__session=session), ["title"]),
        (Footnote.objects.filter(session=session), ["text"]),
        (ProgrammeEntry.objects.filter(slot__session=session), ["title"]),
    ]
    filled = needed = 0
    for queryset, fields in sources:
        for field in fields:
            columns = {
                language: build_localized_fieldname(field, language)
                for language in ("ar", "zh-hans", "en", "fr", "ru", "es")
            }
            for row in queryset.values(*columns.values()):
                if any((value or "").strip() for value in row.values()):
                    needed += 1
                    filled += bool((row[columns[code]] or "").strip())
    return filled, needed


@pytest.mark.parametrize(("code", "filled"), [("zh-hans", 33), ("fr", 0), ("en", 33)])
def test_the_2024_session_in_chinese_and_french(demo, code, filled):
    status = status_of(**SESSION_2024).language(code)
    session = Session.objects.get(**SESSION_2024)
    assert (status.filled, status.needed) == counted_from_the_rows(session, code)
    assert (status.filled, status.needed) == (filled, 33)
    assert status.percent == filled * 100 // 33
    assert status.complete == (filled == 33)


def test_the_missing_french_texts_are_named_in_document_order(demo):
    with translation.override("en"):
        labels = [text.label for text in status_of(**SESSION_2024).language("fr").missing]
    assert labels[:5] == [
        "Session: title",
        "Session: city",
        "Session: room",
        "Agenda item 1: title",
        "Agenda item 1(a): title",
    ]
    assert "Panel discussion under agenda item 3(a)" in labels
    assert "Footnote 2" in labels
    assert labels[-1] == "Programme of work, 2024-06-14 15:00, agenda item 5"
    assert len(labels) == 33


def test_a_text_removed_in_chinese_is_missing_in_chinese_only(demo):
    session = Session.objects.get(**SESSION_2024)
    AgendaItem.objects.filter(session=session, label="2").update(annotation_zh_hans="")
    status = status_of(**SESSION_2024)
    chinese = status.language("zh-hans")
    assert (chinese.filled, chinese.needed, chinese.percent) == (32, 33, 96)
    with translation.override("en"):
        assert [text.label for text in chinese.missing] == ["Agenda item 2: annotation"]
    assert status.language("en").complete
    assert (chinese.filled, chinese.needed) == counted_from_the_rows(session, "zh-hans")


def test_a_text_empty_in_every_language_is_not_needed(demo):
    session = Session.objects.get(**SESSION_2024)
    AgendaItem.objects.filter(session=session, label="2").update(
        annotation_en="", annotation_zh_hans=""
    )
    assert status_of(**SESSION_2024).language("zh-hans").needed == 32


# --- the public page -----------------------------------------------------------------


def notice_of(page):
    match = re.search(r'<p class="notice translation-notice" role="status">(.*?)</p>', page, re.S)
    return " ".join(match.group(1).split()) if match else None


def test_an_incomplete_language_version_says_so_at_its_top(client, demo):
    session = Session.objects.get(**SESSION_2024)
    AgendaItem.objects.filter(session=session, label="2").update(annotation_zh_hans="")
    page = client.get("/en/sessions/wg-asset-recovery/18/").content.decode()
    assert notice_of(page) is None
    page = client.get("/fr/sessions/wg-asset-recovery/18/").content.decode()
    assert notice_of(page) == (
        "Cette version du document est incomplète en français : 0 % de ses textes sont "
        "traduits (0 sur 33). Les autres sont affichés dans une autre langue, dont le nom est "
        "indiqué."
    )
    start = page.index('<header class="session-header">')
    header = page[start : page.index("</header>", start)]
    assert notice_of(header) is not None  # at the top, in the page's header
    page = client.get("/zh-hans/sessions/wg-asset-recovery/18/").content.decode()
    assert "96" in notice_of(page)
    assert "32" in notice_of(page)


def test_a_complete_language_version_has_no_notice(client, demo):
    page = client.get("/zh-hans/sessions/wg-asset-recovery/18/").content.decode()
    assert notice_of(page) is None


def test_the_english_notice_of_a_spanish_only_session(client, body):
    session = build_session(body, 1, items=1)
    Session.objects.filter(pk=session.pk).update(
        title_en="", room_en="", room_es="Sala 1", city_en="", city_es="Villaprueba"
    )
    AgendaItem.objects.filter(session=session).update(
        title_es="Apertura", title_en="", annotation_es="Texto.", annotation_en=""
    )
    Footnote.objects.filter(session=session).update(text_es="Nota.", text_en="")
    PanelDiscussion.objects.filter(agenda_item__session=session).update(
        title_es="Mesa redonda", title_en=""
    )
    ProgrammeEntry.objects.filter(slot__session=session).update(title_en="")
    status = status_of(pk=session.pk).language("en")
    page = client.get(session.get_absolute_url()).content.decode()
    assert notice_of(page) == (
        f"This version of the document is incomplete in English: 0% of its texts are "
        f"translated (0 of {status.needed}). The others are shown in another language, "
        "marked with its name."
    )


# --- the report ------------------------------------------------------------------------


def test_the_translations_report_gives_each_session_in_each_language(demo, tmp_path):
    target = tmp_path / "translations.csv"
    call_command(
        "export_report",
        "translations",
        "--body",
        "wg-asset-recovery",
        "--year",
        "2024",
        "--output",
        str(target),
    )
    data = target.read_bytes()
    assert data.startswith(BOM)
    records = csv_records(data)
    assert [record["Language"] for record in records] == ["ar", "zh-hans", "en", "fr", "ru", "es"]
    by_language = {record["Language"]: record for record in records}
    chinese, french = by_language["zh-hans"], by_language["fr"]
    assert (chinese["Body"], chinese["Session"], chinese["Start date"]) == (
        "Open-ended Intergovernmental Working Group on Asset Recovery",
        "18",
        "2024-06-12",
    )
    assert (chinese["Texts filled"], chinese["Texts needed"], chinese["Per cent filled"]) == (
        "33",
        "33",
        "100",
    )
    assert chinese["Texts missing"] == ""
    assert (french["Texts filled"], french["Texts needed"], french["Per cent filled"]) == (
        "0",
        "33",
        "0",
    )
    assert french["Texts missing"].startswith(
        "Session: title; Session: city; Session: room; Agenda item 1"
    )


@pytest.mark.parametrize("sessions", [2, 6])
def test_the_report_reads_a_fixed_number_of_queries_per_chunk(
    body, settings, django_assert_num_queries, sessions
):
    # Two sessions per chunk: one query for the sessions, then five per chunk (the
    # sessions' own texts, their items, panel discussions, footnotes, programme entries).
    settings.WGSESSIONS_REPORT_CHUNK_SIZE = 40
    for ordinal in range(1, sessions + 1):
        build_session(body, ordinal, items=6)
    report = TranslationsReport(language="en")
    with django_assert_num_queries(1 + 5 * sessions // 2):
        rows = b"".join(csv_chunks(report, report.get_queryset()))
    assert len(csv_records(rows)) == sessions * 6


@pytest.mark.parametrize("language", ["en", "zh-hans", "ar"])
def test_every_row_of_the_report_is_the_status_of_the_sessions_objects(demo, settings, language):
    # A few sessions per chunk; a text missing in Chinese only.
    settings.WGSESSIONS_REPORT_CHUNK_SIZE = 60
    AgendaItem.objects.filter(label="2").update(annotation_zh_hans="")
    report = TranslationsReport(language=language)
    rows = list(report.rows(report.get_queryset()))
    expected, missing_kinds = [], set()
    with translation.override(language):
        sessions = Session.objects.with_document_texts().order_by(*order_by_session())
        for session in sessions:
            body = translated(session.body, "name", language=language).text
            for status in prefetched_status(session).languages():
                missing_kinds.update(text.obj._meta.model_name for text in status.missing)
                expected.append(
                    [
                        body,
                        session.ordinal,
                        iso_date(session.start_date),
                        status.language,
                        status.filled,
                        status.needed,
                        status.percent,
                        joined(text.label for text in status.missing),
                    ]
                )
    assert rows == expected
    assert len({row[:3] for row in map(tuple, rows)}) == Session.objects.count()
    # Every kind of text is missing somewhere, and named.
    assert missing_kinds == {
        "session",
        "agendaitem",
        "paneldiscussion",
        "footnote",
        "programmeentry",
    }


# --- the admin -------------------------------------------------------------------------


def test_the_admin_shows_each_language_with_its_missing_texts_linked(editor_client, demo):
    session = Session.objects.get(**SESSION_2024)
    page = editor_client.get(f"/admin/meetings/session/{session.pk}/change/").content.decode()
    table = re.search(r'<table class="translation-status">.*?</table>', page, re.S).group(0)
    rows = re.findall(r"<tr>\s*<th scope=\"row\">(.*?)</th>\s*<td>(.*?)</td>", table, re.S)
    assert [(name, " ".join(figures.split())) for name, figures in rows] == [
        ("Arabic", "0 of 33 (0%)"),
        ("Chinese", "33 of 33 (100%)"),
        ("English", "33 of 33 (100%)"),
        ("French", "0 of 33 (0%)"),
        ("Russian", "0 of 33 (0%)"),
        ("Spanish", "0 of 33 (0%)"),
    ]
    item_2 = session.agenda_items.get(label="2")
    assert f'<a href="/admin/agendas/agendaitem/{item_2.pk}/change/">Agenda item 2: title</a>' in (
        table
    )
    footnote = session.footnotes.get(number=2)
    assert f'<a href="/admin/agendas/footnote/{footnote.pk}/change/">Footnote 2</a>' in table


def test_the_status_takes_the_same_queries_for_2_or_30_items(body):
    small = build_session(body, 1, items=2)
    big = build_session(make_body("wg-big", "CAC/COSP/WG.8"), 2, items=30)
    assert query_count_of_status(small) == query_count_of_status(big) == 6


def query_count_of_status(session):
    with CaptureQueriesContext(connection) as captured:
        prefetched_status(Session.objects.with_document_texts().get(pk=session.pk)).languages()
    return len(captured)
