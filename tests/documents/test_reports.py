"""The mandates report and the documents report."""

import pytest
from django.utils import translation

from config.lib.i18n import translated
from config.lib.reporting import csv_chunks, iso_date
from documents.models import Document, Mandate, official_link
from documents.reports import DocumentsReport, MandatesReport
from sessions.models import Session, SessionPart
from sessions.reports import session_label
from tests.factories import DocumentFactory, SessionFactory
from tests.report_files import csv_records, rows_in_every_language

pytestmark = pytest.mark.django_db

WG = "wg-asset-recovery"


def report_csv(report_class, language="en", published_only=False, **filters):
    report = report_class(language=language, published_only=published_only)
    return b"".join(csv_chunks(report, report.filter_rows(report.get_queryset(), **filters)))


def test_mandates_report_on_the_demo(demo):
    records = csv_records(report_csv(MandatesReport))
    assert len(records) == Mandate.objects.count() == 10
    wg = [
        r
        for r in records
        if r["Body"] == "Open-ended Intergovernmental Working Group on Asset Recovery"
    ]
    assert [(r["Resolution"], r["Letter"]) for r in wg] == [
        ("1/4", "a"), ("1/4", "b"), ("1/4", "c"), ("1/4", "d"), ("1/4", "e"), ("1/4", "f"),
        ("2/3", ""), ("9/2", ""), ("10/6", ""),
    ]  # fmt: skip
    assert wg[0]["Text"].startswith("Assisting the Conference in developing cumulative knowledge")
    # Resolution 1/4 is cited by items of the 2009 and the 2024 sessions, named once each.
    assert wg[0]["Sessions citing the resolution"] == (
        "Asset Recovery Working Group 3 (2009); Asset Recovery Working Group 18 (2024)"
    )
    assert wg[8]["Sessions citing the resolution"] == "Asset Recovery Working Group 18 (2024)"
    prevention = [r for r in records if r["Body"].endswith("Prevention of Corruption")]
    assert [r["Resolution"] for r in prevention] == ["10/6"]


def test_mandates_report_in_chinese_filtered_by_body(demo):
    records = csv_records(report_csv(MandatesReport, "zh-hans", bodies=["wg-prevention"]))
    assert len(records) == 1
    assert list(records[0]) == ["机构", "决议", "项", "案文", "引用该决议的届会"]
    assert records[0]["机构"] == "预防腐败问题不限成员名额政府间工作组"
    assert records[0]["案文"] == Mandate.objects.get(body__slug="wg-prevention").text_zh_hans
    assert records[0]["引用该决议的届会"] == "资产追回工作组 18 (2024)"


def test_mandates_report_leaves_draft_sessions_out_when_asked(demo):
    Session.objects.filter(body__slug=WG, ordinal=18).update(status=Session.Status.DRAFT)
    (record,) = csv_records(
        report_csv(MandatesReport, published_only=True, bodies=["wg-prevention"])
    )
    assert record["Sessions citing the resolution"] == ""


def test_documents_report_on_the_demo(demo):
    records = csv_records(report_csv(DocumentsReport))
    assert [r["Symbol"] for r in records] == list(
        Document.objects.order_by("symbol").values_list("symbol", flat=True)
    )
    note = next(r for r in records if r["Symbol"] == "CAC/COSP/WG.2/2024/2")
    assert note == {
        "Symbol": "CAC/COSP/WG.2/2024/2",
        "Title": (
            "Reference document on good practices, challenges and lessons learned with respect "
            "to beneficial ownership transparency"
        ),
        "Kind": "Note by the Secretariat",
        "Session": "Asset Recovery Working Group 18 (2024)",
        "Date": "",
        "Official link": "https://undocs.org/en/CAC/COSP/WG.2/2024/2",
    }


def test_every_row_in_every_language_is_what_the_documents_say(demo):
    # The report reads plain values; each row is what the document's own objects and the
    # public pages' fallback give, cell by cell (a document of no session, and one of a
    # resumed part, among them).
    Session.objects.filter(body__slug="irg", ordinal=15).update(part=SessionPart.RESUMED)
    DocumentFactory(symbol="A/RES/58/4", title_en="United Nations Convention against Corruption")
    # Titles blank or only spaces in some languages, of a session whose original is French.
    french = SessionFactory(original_language="fr")
    DocumentFactory(symbol="A/2099/1", session=french, title_en="\u3000", title_fr="Note")
    DocumentFactory(symbol="A/2099/2", session=french, title_en="", title_ar="مذكرة")
    DocumentFactory(symbol="A/2099/3", title_en="\u00a0", title_ru="Записка", title_es=" ")
    DocumentFactory(symbol="A/2099/4", session=french, title_en=" ")
    documents = list(Document.objects.order_by("symbol"))
    for language, rows in rows_in_every_language(DocumentsReport):
        assert rows == [document_row(document, language) for document in documents], language


def document_row(document, language):
    """A document's row, from its objects."""
    session = document.session
    original = session.original_language if session else None
    with translation.override(language):
        return [
            document.symbol,
            translated(document, "title", original, language=language).text,
            str(document.get_kind_display()),
            session_label(session, language) if session else "",
            iso_date(document.date),
            official_link(document.symbol, language),
        ]


def test_documents_report_in_chinese_links_to_the_chinese_text(demo):
    records = csv_records(report_csv(DocumentsReport, "zh-hans", bodies=["irg"]))
    assert [r["文号"] for r in records] == ["CAC/COSP/IRG/2024/6", "CAC/COSP/IRG/2024/7"]
    assert records[0]["类别"] == "专题报告"
    assert records[0]["正式文本链接"] == "https://undocs.org/zh/CAC/COSP/IRG/2024/6"
    assert records[0]["标题"] == Document.objects.get(symbol="CAC/COSP/IRG/2024/6").title_zh_hans


def test_documents_by_year_of_their_date_or_their_session(demo):
    Document.objects.filter(symbol="CAC/COSP/2008/4").update(date="2008-01-15")
    symbols = [r["Symbol"] for r in csv_records(report_csv(DocumentsReport, to_year=2009))]
    # The 2009 session's provisional agenda (CAC/COSP/WG.2/2009/1) is a document as well.
    assert symbols == ["CAC/COSP/2008/4", "CAC/COSP/WG.2/2009/1", "CAC/COSP/WG.2/2009/2"]
