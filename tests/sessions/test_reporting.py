"""The streaming machinery shared by the reports: formulas, encoding, chunks."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from agendas.reports import AgendaReport
from sessions.reporting import csv_chunks, neutralise_formula, xlsx_cell
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
        ("", ""),
        (18, 18),
    ],
)
def test_a_cell_that_would_start_a_formula_is_neutralised(value, shown):
    assert neutralise_formula(value) == shown


def test_xlsx_cells_drop_characters_an_xlsx_file_cannot_hold():
    assert xlsx_cell("Opening\x0bof the meeting\x01") == "Openingof the meeting"
    assert xlsx_cell("line one\nline two\ttab") == "line one\nline two\ttab"


def test_csv_is_utf8_with_a_byte_order_mark_once(demo):
    report = AgendaReport(language="zh-hans")
    data = b"".join(csv_chunks(report, report.get_queryset()))
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\xef\xbb\xbf") == 1


def test_csv_encoding_comes_from_the_setting(demo, settings):
    settings.WGSESSIONS_CSV_ENCODING = "utf-8"
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
        ["Body", "Session", "Start date", "End date", "Agenda item", "Title",
         "Resolutions cited", "Documents", "Considered jointly with"],
    ]  # fmt: skip
    assert first.count(b"\r\n") == 4
    # 29 items: the first chunk read a few of them, the rest took more round trips.
    assert after_first_chunk < len(queries)
    assert len(csv_rows(header + first + rest)) == 1 + 29
