"""The agenda report: one row per agenda item, with citations and joint meetings."""

import io

import pytest
from django.utils import translation

from agendas.models import AgendaItem, AgendaItemDocument, JointMeetingItem
from agendas.reports import AgendaReport
from config.lib.i18n import translated
from config.lib.reporting import csv_chunks, iso_date, joined, order_by_session, write_xlsx
from sessions.models import Session
from sessions.reports import part_label
from tests.factories import AgendaItemFactory, DocumentFactory, JointMeetingFactory, SessionFactory
from tests.report_files import (
    BOM,
    by_label,
    csv_records,
    csv_rows,
    rows_in_every_language,
    xlsx_rows,
)

pytestmark = pytest.mark.django_db

WG = "wg-asset-recovery"


def agenda_csv(language="en", **filters):
    report = AgendaReport(language=language)
    queryset = report.filter_rows(report.get_queryset(), **filters)
    return b"".join(csv_chunks(report, queryset))


def test_2024_agenda_of_the_working_group(demo):
    records = csv_records(agenda_csv(bodies=[WG], from_year=2024, to_year=2024))
    assert [record["Agenda item"] for record in records] == [
        "1", "1(a)", "1(b)", "2", "3", "3(a)", "3(b)", "4", "5",
    ]  # fmt: skip
    item_2 = by_label(records)["2"]
    assert item_2 == {
        "Body": "Open-ended Intergovernmental Working Group on Asset Recovery",
        "Session": "18",
        "Part": "",
        "Start date": "2024-06-12",
        "End date": "2024-06-14",
        "Agenda item": "2",
        "Title": "Overview of progress made in the implementation of the mandates",
        "Language of the title": "en",
        "Resolutions cited": "1/4",
        "Documents": "CAC/COSP/2023/14; CAC/COSP/IRG/2024/6; CAC/COSP/IRG/2024/7",
        "Considered jointly with": (
            "Implementation Review Group 15 4(a); Open-ended Intergovernmental Expert Meeting "
            "to Enhance International Cooperation under the United Nations Convention against "
            "Corruption 13 2"
        ),
    }
    assert by_label(records)["1(b)"]["Resolutions cited"] == "9/2; 10/6"
    assert by_label(records)["5"]["Considered jointly with"] == ""


def test_the_joint_meeting_reads_the_same_from_the_other_side(demo):
    records = csv_records(agenda_csv(bodies=["irg"], from_year=2024, to_year=2024))
    assert by_label(records)["4(a)"]["Considered jointly with"].startswith(
        "Open-ended Intergovernmental Working Group on Asset Recovery 18 2; "
    )


def test_every_session_in_chronological_order(demo):
    records = csv_records(agenda_csv())
    assert len(records) == AgendaItem.objects.count() == 29
    years = [record["Start date"][:4] for record in records]
    assert years == sorted(years)
    assert records[0]["Session"] == "3"
    assert records[0]["Agenda item"] == "1"


def test_chinese_report_reads_back_byte_exact(demo):
    data = agenda_csv("zh-hans", bodies=[WG], from_year=2024, to_year=2024)
    item_2 = AgendaItem.objects.get(session__body__slug=WG, session__ordinal=18, label="2")
    assert data.startswith(BOM)
    assert item_2.title_zh_hans.encode("utf-8") in data
    header, *rows = csv_rows(data)
    assert header == [
        "机构", "届会", "部分", "开始日期", "结束日期", "议程项目", "标题", "标题语文", "所引决议",
        "文件", "联合审议",
    ]  # fmt: skip
    row_2 = next(row for row in rows if row[5] == "2")
    assert row_2[0] == "资产追回问题不限成员名额政府间工作组"
    assert row_2[6] == item_2.title_zh_hans == "任务授权执行进展概览"
    assert row_2[7] == "zh-hans"
    assert row_2[10].startswith("实施情况审议组 15 4(a); ")


def test_arabic_title_reads_back_byte_exact_from_csv_and_xlsx(demo):
    item = AgendaItem.objects.get(session__body__slug=WG, session__ordinal=18, label="4")
    item.title_ar = "المساعدة التقنية"
    item.save()
    data = agenda_csv("ar", bodies=[WG], from_year=2024, to_year=2024)
    assert "المساعدة التقنية".encode() in data
    rows = csv_rows(data)
    assert rows[0][6] == "العنوان"
    assert next(row for row in rows if row[5] == "4")[6] == "المساعدة التقنية"

    report = AgendaReport(language="ar")
    target = io.BytesIO()
    write_xlsx(
        report, report.filter_rows(report.get_queryset(), bodies=[WG], from_year=2024), target
    )
    sheet = xlsx_rows(target.getvalue())
    assert sheet[0][6] == "العنوان"
    assert next(row for row in sheet if row[5] == "4")[6] == "المساعدة التقنية"
    # Items without an Arabic title fall back to English, as the public pages do.
    assert next(row for row in sheet if row[5] == "5")[6] == "Adoption of the report"


def test_xlsx_has_the_same_rows_as_csv(demo):
    report = AgendaReport(language="zh-hans")
    queryset = report.filter_rows(report.get_queryset(), bodies=[WG], from_year=2024)
    target = io.BytesIO()
    write_xlsx(report, queryset, target)
    sheet = [
        [("" if cell is None else str(cell)) for cell in row]
        for row in xlsx_rows(target.getvalue())
    ]
    assert sheet == csv_rows(b"".join(csv_chunks(report, queryset)))
    assert len(sheet) == 1 + 9


def test_title_falls_back_to_the_original_language(body):
    session = Session.objects.create(body=body, ordinal=4, original_language="zh-hans")
    AgendaItem.objects.create(session=session, number=1, title_en="", title_zh_hans="组织事项")
    AgendaItem.objects.create(session=session, number=2, title_en="Other matters")
    records = csv_records(agenda_csv("fr"))
    assert [record["Titre"] for record in records] == ["组织事项", "Other matters"]


def test_a_formula_in_a_title_is_shown_as_text(session):
    AgendaItem.objects.create(session=session, number=1, title_en='=HYPERLINK("http://x.test")')
    AgendaItem.objects.create(session=session, number=2, title_en="-1+2")
    AgendaItem.objects.create(session=session, number=3, title_en="Budget: -1 is fine")
    titles = [record["Title"] for record in csv_records(agenda_csv())]
    assert titles == ['\'=HYPERLINK("http://x.test")', "'-1+2", "Budget: -1 is fine"]

    report = AgendaReport(language="en")
    target = io.BytesIO()
    write_xlsx(report, report.get_queryset(), target)
    # In XLSX they are text cells, never formulas, with their values unchanged.
    assert [row[6] for row in xlsx_rows(target.getvalue())[1:]] == [
        '=HYPERLINK("http://x.test")',
        "-1+2",
        "Budget: -1 is fine",
    ]


def test_query_count_is_bounded_by_chunks_not_rows(
    session, other_body, settings, django_assert_max_num_queries
):
    other = SessionFactory(
        body=other_body, ordinal=1, start_date=session.start_date, end_date=session.end_date
    )
    document = DocumentFactory(symbol="CAC/COSP/WG.9/2025/2")
    items = [
        AgendaItem(session=session, number=n, label=str(n), position=n * 1000, title_en=f"Item {n}")
        for n in range(1, 121)
    ]
    AgendaItem.objects.bulk_create(items)
    items = list(AgendaItem.objects.filter(session=session))
    AgendaItemDocument.objects.bulk_create(
        AgendaItemDocument(agenda_item=item, document=document) for item in items
    )
    for item in items[:30]:
        JointMeetingFactory(items=[item, AgendaItemFactory(session=other, number=item.number)])

    report = AgendaReport(language="en")
    # One query for the items, then four prefetches (sessions, resolutions, documents,
    # joint meetings) per chunk: 150 items in chunks of 50 take 1 + 4 × 3 queries, not 150.
    settings.WGSESSIONS_REPORT_CHUNK_SIZE = 50
    with django_assert_max_num_queries(1 + 4 * 3):
        rows = list(report.rows(report.get_queryset()))
    assert len(rows) == 150
    assert sum(1 for row in rows if row[10] == f"Review Group on Testing 1 {row[5]}") == 30
    documents = [row[9] for row in rows if row[0] == "Working Group on Testing"]
    assert documents == ["CAC/COSP/WG.9/2025/2"] * 120


def test_every_row_in_every_language_is_what_the_items_say(demo):
    # The report reads plain values; each row is what the item's own objects and the public
    # pages' fallback give, cell by cell.
    items = AgendaItem.objects.order_by(*order_by_session("session__"), "session_id", "position")
    for language, rows in rows_in_every_language(AgendaReport):
        assert rows == [row_of(item, language) for item in items], language


def test_an_items_title_falls_back_as_on_the_public_pages_in_every_language(session, other_body):
    # Titles missing, blank or only spaces of other scripts in some languages, in sessions of
    # several original languages: the title the database chooses is the pages' fallback.
    french = SessionFactory(body=other_body, ordinal=2, original_language="fr")
    chinese = SessionFactory(body=other_body, ordinal=3, original_language="zh-hans")
    texts = [
        (session, {"title_en": "", "title_fr": "Point", "title_ar": "بند"}),
        (session, {"title_en": " \u3000\n", "title_ru": "Пункт", "title_es": "\u00a0"}),
        (french, {"title_en": "", "title_fr": "Point français", "title_es": "Tema"}),
        (french, {"title_en": "Item", "title_fr": "\u2003", "title_zh_hans": "项目"}),
        (chinese, {"title_en": "\t", "title_zh_hans": "议程项目", "title_ar": "بند"}),
        (chinese, {"title_en": "", "title_zh_hans": "", "title_ru": "Пункт"}),
        (chinese, {"title_en": " ", "title_zh_hans": " "}),
    ]
    for number, (of_session, titles) in enumerate(texts, start=1):
        AgendaItem.objects.create(
            session=of_session, number=number, label=str(number), position=number, **titles
        )
    items = AgendaItem.objects.order_by(*order_by_session("session__"), "session_id", "position")
    for language, rows in rows_in_every_language(AgendaReport):
        assert rows == [row_of(item, language) for item in items], language
        if language == "en":  # each step of the fallback taken by some item
            assert {row[7] for row in rows} == {"en", "fr", "zh-hans", "ar", "ru"}


def row_of(item, language):
    """An agenda item's row, from its objects one by one."""
    session = item.session
    with translation.override(language):
        title = translated(item, "title", session.original_language, language=language)
        try:
            meetings = item.joint_membership.joint_meeting.memberships.order_by("position", "pk")
            others = [m.agenda_item for m in meetings if m.agenda_item_id != item.pk]
        except JointMeetingItem.DoesNotExist:
            others = []
        return [
            translated(session.body, "name", language=language).text,
            session.ordinal,
            part_label(session),
            iso_date(session.start_date),
            iso_date(session.end_date),
            item.label,
            title.text,
            title.lang,
            joined(resolution.short_label for resolution in item.resolutions.in_list_order()),
            joined(link.document.symbol for link in item.document_links.order_by("position", "pk")),
            joined(
                f"{translated(other.session.body, 'name', language=language).text} "
                f"{other.session.numbered} {other.label}"
                for other in others
            ),
        ]
