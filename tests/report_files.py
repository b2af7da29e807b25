"""Read report files back as a spreadsheet user's tools would: Python's csv module for CSV,
openpyxl for XLSX."""

import csv
import io

import openpyxl

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
