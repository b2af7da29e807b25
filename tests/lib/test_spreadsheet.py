"""Exported files are safe in a spreadsheet and keep Chinese and Arabic intact: checked by
reading the real bytes back with Python's csv module and with openpyxl."""

import csv
import io

import openpyxl
import pytest

from config.lib import spreadsheet
from documents.models import Document
from documents.resources import DocumentResource

CHINESE = "资产追回问题不限成员名额政府间工作组的报告"
ARABIC = "تقرير الفريق العامل الحكومي الدولي المفتوح العضوية المعني باسترداد الموجودات"
FORMULAE = {
    "title_en": '=HYPERLINK("http://example.org","click")',
    "title_fr": "+33 1 23 45 67 89",
    "title_es": "-1+2",
    "title_ru": "@SUM(A1:A9)",
}


@pytest.fixture
def document(db):
    return Document.objects.create(
        symbol="CAC/COSP/WG.2/2024/2",
        kind=Document.Kind.NOTE_BY_SECRETARIAT,
        title_zh_hans=CHINESE,
        title_ar=ARABIC,
        **FORMULAE,
    )


def export_documents(editor_client, title):
    page = editor_client.get("/admin/documents/document/export/")
    form = page.context["form"]
    choices = {label: value for value, label in form.fields["format"].choices}
    data = {"format": choices[title], "resource": "0"}
    data |= {name: "on" for name in form.fields if name.startswith("documentresource_")}
    response = editor_client.post("/admin/documents/document/export/", data)
    assert response.status_code == 200
    return response.content


def csv_row(content, encoding="utf-8-sig"):
    rows = list(csv.DictReader(io.StringIO(content.decode(encoding), newline="")))
    assert len(rows) == 1
    return rows[0]


def xlsx_sheet(content):
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    header = [cell.value for cell in sheet[1]]
    return sheet, header


def test_csv_cells_that_would_start_a_formula_are_neutralised(editor_client, document):
    row = csv_row(export_documents(editor_client, "csv"))

    for column, value in FORMULAE.items():
        assert row[column] == "'" + value
    assert row["symbol"] == "CAC/COSP/WG.2/2024/2"  # other cells as they are


def test_xlsx_cells_that_would_start_a_formula_are_text(editor_client, document):
    sheet, header = xlsx_sheet(export_documents(editor_client, "xlsx"))

    for column, value in FORMULAE.items():
        cell = sheet.cell(row=2, column=header.index(column) + 1)
        assert cell.data_type == "s", column
        assert cell.value == value
        assert cell.quotePrefix is True
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)


@pytest.mark.parametrize("title", ["csv", "xlsx"])
def test_neutralised_cells_import_back_exactly(editor_client, document, title):
    content = export_documents(editor_client, title)
    file_format = {"csv": spreadsheet.CSV, "xlsx": spreadsheet.XLSX}[title]()
    dataset = spreadsheet.read_dataset(file_format, content)

    result = DocumentResource().import_data(dataset, dry_run=False)

    assert result.totals["skip"] == 1
    assert not result.has_validation_errors()
    document.refresh_from_db()
    for column, value in FORMULAE.items():
        assert getattr(document, column) == value


def test_csv_keeps_chinese_and_arabic_byte_exact(editor_client, document):
    content = export_documents(editor_client, "csv")

    assert content.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs
    assert CHINESE.encode("utf-8") in content
    assert ARABIC.encode("utf-8") in content
    row = csv_row(content)
    assert row["title_zh_hans"] == CHINESE
    assert row["title_ar"] == ARABIC


def test_xlsx_keeps_chinese_and_arabic(editor_client, document):
    sheet, header = xlsx_sheet(export_documents(editor_client, "xlsx"))

    assert sheet.cell(row=2, column=header.index("title_zh_hans") + 1).value == CHINESE
    assert sheet.cell(row=2, column=header.index("title_ar") + 1).value == ARABIC


def test_the_csv_encoding_is_a_setting(editor_client, document, settings):
    settings.CSV_ENCODING = "utf-8"

    content = export_documents(editor_client, "csv")

    assert not content.startswith(b"\xef\xbb\xbf")
    assert csv_row(content, "utf-8")["title_zh_hans"] == CHINESE


def test_neutralise_and_restore_are_inverse():
    for value in ["=1+2", "+1", "-", "@x", "\tx", "plain", "'quoted", "'=x", "''+y", "", "a=b"]:
        assert spreadsheet.restore(spreadsheet.neutralise(value)) == value
    assert spreadsheet.neutralise("a=b") == "a=b"
    assert spreadsheet.neutralise(18) == 18


CELLS = [
    "",
    "plain",
    "a,b",
    'say "hi"',
    "two\nlines",
    "cr\r",
    "crlf\r\n",
    "=1+2",
    "'=1+2",
    "-5",
    "@sum",
    "\ttab",
    "  spaced  ",
    "资产追回, 预防",
    "استرداد الموجودات",
    '"',
    ",",
    None,
    7,
    -3,
    2.5,
    True,
]


def written_by_csv_module(row):
    buffer = io.StringIO()
    csv.writer(buffer).writerow([spreadsheet.neutralise(cell) for cell in row])
    return buffer.getvalue()


@pytest.mark.parametrize("cell", CELLS)
def test_a_csv_line_is_the_csv_modules_of_the_neutralised_cells(cell):
    for row in ([cell], [cell, cell], ["key", cell, "end"], [cell, ""]):
        assert spreadsheet.csv_line(row) == written_by_csv_module(row), row


def test_a_csv_line_of_every_cell_is_the_csv_modules():
    assert spreadsheet.csv_line(CELLS) == written_by_csv_module(CELLS)
    assert spreadsheet.csv_line([]) == written_by_csv_module([])
