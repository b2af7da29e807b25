"""The sessions report and the programme of work report."""

import pytest
from django.utils import translation

from agendas.models import AgendaItem
from config.lib.countries import country_name
from config.lib.i18n import translated
from config.lib.reporting import csv_chunks, iso_date, order_by_session
from documents.models import Document
from sessions.models import Session, SessionPart
from sessions.reports import ProgrammeReport, SessionsReport
from tests.report_files import csv_records, rows_in_every_language

pytestmark = pytest.mark.django_db

WG = "wg-asset-recovery"


def report_csv(report_class, language="en", **filters):
    report = report_class(language=language)
    return b"".join(csv_chunks(report, report.filter_rows(report.get_queryset(), **filters)))


def test_sessions_report_on_the_demo(demo):
    records = csv_records(report_csv(SessionsReport))
    assert len(records) == Session.objects.count() == 9
    assert [(r["Body"][:20], r["Session"]) for r in records[:2]] == [
        ("Conference of the St", "1"),
        ("Conference of the St", "2"),
    ]
    wg_2024 = next(r for r in records if r["Agenda symbol"] == "CAC/COSP/WG.2/2024/1")
    assert wg_2024 == {
        "Body": "Open-ended Intergovernmental Working Group on Asset Recovery",
        "Session": "18",
        "Part": "",
        "Start date": "2024-06-12",
        "End date": "2024-06-14",
        "City": "Vienna",
        "Country": "Austria",
        "Venue": "Vienna International Centre",
        "Format": "In person",
        "Agenda symbol": "CAC/COSP/WG.2/2024/1",
        "Number of agenda items": "9",
        # The two notes by the Secretariat and the provisional agenda itself.
        "Number of documents": "3",
        "Status": "Published",
    }
    irg = next(r for r in records if r["Session"] == "15")
    assert (irg["Number of agenda items"], irg["Number of documents"]) == ("8", "2")
    atlanta = next(r for r in records if r["City"] == "Atlanta")
    assert (atlanta["Number of agenda items"], atlanta["Number of documents"]) == ("0", "1")


def test_every_row_in_every_language_is_what_the_sessions_say(demo):
    # The report reads plain values; each row is what the session's own objects and the
    # public pages' fallback give, cell by cell (a session without a venue, one without an
    # agenda symbol, a resumed part among them).
    Session.objects.filter(body__slug="irg", ordinal=15).update(
        venue=None, agenda_symbol="", part=SessionPart.SECOND_RESUMED
    )
    sessions = list(Session.objects.order_by(*order_by_session()))
    for language, rows in rows_in_every_language(SessionsReport):
        assert rows == [session_row(session, language) for session in sessions], language


def session_row(session, language):
    """A session's row, from its objects."""
    original = session.original_language
    with translation.override(language):
        return [
            translated(session.body, "name", language=language).text,
            session.ordinal,
            str(session.get_part_display()) if session.part else "",
            iso_date(session.start_date),
            iso_date(session.end_date),
            translated(session, "city", original, language=language).text,
            country_name(session.country, language),
            translated(session.venue, "name", original, language=language).text,
            str(session.get_format_display()),
            session.agenda_symbol or "",
            session.agenda_items.count(),
            Document.objects.filter(session=session).count(),
            str(session.get_status_display()),
        ]


def test_sessions_report_filters_by_body_and_years(demo):
    records = csv_records(report_csv(SessionsReport, bodies=[WG, "irg"], from_year=2009))
    assert [(r["Session"], r["Start date"]) for r in records] == [
        ("3", "2009-05-14"),
        ("15", "2024-06-12"),
        ("18", "2024-06-12"),
    ]
    assert csv_records(report_csv(SessionsReport, bodies=[WG], to_year=2008)) == []


def test_sessions_report_in_chinese(demo):
    records = csv_records(report_csv(SessionsReport, "zh-hans", bodies=[WG], from_year=2024))
    assert records == [
        {
            "机构": "资产追回问题不限成员名额政府间工作组",
            "届会": "18",
            "部分": "",
            "开始日期": "2024-06-12",
            "结束日期": "2024-06-14",
            "城市": "维也纳",
            "国家": "奥地利",
            "地点": "维也纳国际中心",
            "形式": "现场",
            "议程文号": "CAC/COSP/WG.2/2024/1",
            "议程项目数": "9",
            "文件数": "3",
            "状态": "已发布",
        }
    ]


def test_counts_are_not_multiplied_by_each_other(body):
    session = Session.objects.create(body=body, ordinal=1)
    for number in (1, 2, 3):
        AgendaItem.objects.create(session=session, number=number, title_en=f"Item {number}")
    for sequence in (1, 2):
        Document.objects.create(
            symbol=f"CAC/COSP/WG.9/2025/{sequence}", title_en="A", session=session
        )
    (record,) = csv_records(report_csv(SessionsReport))
    assert (record["Number of agenda items"], record["Number of documents"]) == ("3", "2")
    assert (record["Start date"], record["City"], record["Status"]) == ("", "", "Draft")


def test_programme_of_work_of_the_2024_session(demo):
    records = csv_records(report_csv(ProgrammeReport, bodies=[WG], from_year=2024))
    assert [(r["Date"], r["Time"], r["Agenda item"], r["Continued"]) for r in records] == [
        ("2024-06-12", "10:00–13:00", "1(a)", ""),
        ("2024-06-12", "10:00–13:00", "1(b)", ""),
        ("2024-06-12", "10:00–13:00", "2", ""),
        ("2024-06-12", "10:00–13:00", "3(a)", ""),
        ("2024-06-12", "15:00–18:00", "3(a)", "continued"),
        ("2024-06-13", "10:00–13:00", "3(b)", ""),
        ("2024-06-13", "15:00–18:00", "4", ""),
        ("2024-06-14", "10:00–13:00", "4", "continued"),
        ("2024-06-14", "15:00–18:00", "5", ""),
    ]
    assert {r["Session"] for r in records} == {"Asset Recovery Working Group 18 (2024)"}
    assert records[6]["Title"] == "Technical assistance"


def test_programme_in_chinese(demo):
    records = csv_records(report_csv(ProgrammeReport, "zh-hans", bodies=[WG], from_year=2024))
    assert list(records[0]) == ["届会", "日期", "时间", "议程项目", "标题", "续"]
    assert records[0]["届会"] == "资产追回工作组 18 (2024)"
    assert records[0]["标题"] == "会议开幕"
    assert (records[4]["标题"], records[4]["续"]) == (
        "专题讨论：实益所有权信息方面的良好做法和挑战",
        "续",
    )


def test_programme_entry_without_its_own_wording_shows_its_item_title(demo):
    entry_item = AgendaItem.objects.get(session__body__slug=WG, session__ordinal=18, label="4")
    entry_item.programme_entries.update(title_en="", title_zh_hans="")
    entry_item.title_fr = "Assistance technique"
    entry_item.save()
    records = csv_records(report_csv(ProgrammeReport, "fr", bodies=[WG], from_year=2024))
    assert [r["Titre"] for r in records if r["Point de l'ordre du jour"] == "4"] == [
        "Assistance technique",
        "Assistance technique",
    ]
    # An entry with English wording only keeps it in French, as its item has no French title.
    assert records[0]["Titre"] == "Opening of the meeting"


def test_published_only_leaves_drafts_out(demo):
    Session.objects.filter(body__slug="irg").update(status=Session.Status.DRAFT)
    report = SessionsReport(language="en", published_only=True)
    records = csv_records(b"".join(csv_chunks(report, report.get_queryset())))
    assert len(records) == 8
    assert "Implementation Review Group" not in {r["Body"] for r in records}
    # The draft is still in the full report (admin, command).
    assert len(csv_records(report_csv(SessionsReport))) == 9
