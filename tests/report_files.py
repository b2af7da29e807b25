"""Read report files back as a spreadsheet user's tools would: Python's csv module for CSV,
openpyxl for XLSX; and a report's rows in every language."""

import csv
import io

import openpyxl
from django.conf import settings

BOM = b"\xef\xbb\xbf"


def csv_rows(data):
    """The rows of a CSV report (bytes in UTF-8 with a byte-order mark), header first."""
    assert data.startswith(BOM), "a CSV report starts with the UTF-8 byte-order mark"
    return list(csv.reader(io.StringIO(data[len(BOM) :].decode("utf-8"), newline="")))


def csv_records(data):
    """The rows of a CSV report as dicts keyed by the header."""
    header, *rows = csv_rows(data)
    return [dict(zip(header, row, strict=True)) for row in rows]


def xlsx_rows(data):
    """The rows of the first sheet of an XLSX report, header first."""
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


def content_of(response):
    """The whole body of a (streaming) response."""
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def by_label(records):
    return {record["Agenda item"]: record for record in records}


def rows_in_every_language(report_class):
    """``(language, rows)`` of the whole report of ``report_class`` (its ``rows``, as cell
    values) in each of the site's languages."""
    for language, _name in settings.LANGUAGES:
        report = report_class(language=language)
        yield language, list(report.rows(report.get_queryset()))
