"""The streaming machinery shared by the reports: formulas, encoding, chunks."""

import io

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from agendas.models import AgendaItem
from agendas.reports import AgendaReport
from config.lib.reporting import csv_chunks, write_xlsx
from tests.report_files import csv_rows

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("=SUM(A1:A2)", "'=SUM(A1:A2)"),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Item 2 = overview", "Item 2 = overview"),
        ("CAC/COSP/WG.2/2024/1", "CAC/COSP/WG.2/2024/1"),
    ],
)
def test_a_csv_cell_that_would_start_a_formula_is_neutralised(session, value, shown):
    AgendaItem.objects.create(session=session, number=1, title_en=value)
    report = AgendaReport(language="en")
    rows = csv_rows(b"".join(csv_chunks(report, report.get_queryset())))
    assert rows[1][6] == shown


def test_an_xlsx_cell_that_would_start_a_formula_is_text_with_its_value_unchanged(session):
    AgendaItem.objects.create(session=session, number=1, title_en="=1+2")
    AgendaItem.objects.create(session=session, number=2, title_en="Opening\x0bof the meeting\x01")
    report = AgendaReport(language="en")
    target = io.BytesIO()
    write_xlsx(report, report.get_queryset(), target)
    sheet = openpyxl.load_workbook(io.BytesIO(target.getvalue())).active
    formula_cell, text_cell = sheet.cell(2, 7), sheet.cell(3, 7)
    assert (formula_cell.value, formula_cell.data_type, formula_cell.quotePrefix) == (
        "=1+2",
        "s",
        True,
    )
    # Characters an XLSX file cannot hold are dropped; line breaks and tabs stay.
    assert text_cell.value == "Openingof the meeting"


def test_csv_is_utf8_with_a_byte_order_mark_once(demo):
    report = AgendaReport(language="zh-hans")
    data = b"".join(csv_chunks(report, report.get_queryset()))
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\xef\xbb\xbf") == 1


def test_csv_encoding_comes_from_the_setting(demo, settings):
    settings.CSV_ENCODING = "utf-8"
    report = AgendaReport(language="zh-hans")
    data = b"".join(csv_chunks(report, report.get_queryset()))
    assert data.startswith("机构,".encode())


def test_header_comes_at_once_and_rows_chunk_by_chunk(demo, settings):
    settings.WGSESSIONS_REPORT_CHUNK_SIZE = 4
    report = AgendaReport(language="en")
    chunks = csv_chunks(report, report.get_queryset())
    with CaptureQueriesContext(connection) as queries:
        header = next(chunks)
        assert len(queries) == 0  # nothing read yet: the download starts at once
        first = next(chunks)
        after_first_chunk = len(queries)
        rest = b"".join(chunks)
    assert csv_rows(header) == [
        ["Body", "Session", "Part", "Start date", "End date", "Agenda item", "Title",
         "Language of the title", "Resolutions cited", "Documents", "Considered jointly with"],
    ]  # fmt: skip
    assert first.count(b"\r\n") == 4
    # 29 items: the first chunk read a few of them, the rest took more round trips.
    assert after_first_chunk < len(queries)
    assert len(csv_rows(header + first + rest)) == 1 + 29
