"""CSV and XLSX files that are safe to open in a spreadsheet and keep every script intact.

- A text cell that a spreadsheet would take for a formula (it starts with ``=``, ``+``,
  ``-``, ``@``, a tab or a carriage return) is neutralised on export: in CSV it is
  written with a leading apostrophe (``'=1+2``), which spreadsheets show as text; in XLSX
  it is stored as a text cell (never a formula), its value unchanged. Import removes the
  apostrophe again, so a file exported here reads back exactly.
- CSV is written in ``settings.CSV_ENCODING`` (default ``utf-8-sig``: UTF-8 with a
  byte-order mark, which Excel needs to read Chinese and Arabic correctly) and read as
  UTF-8 with or without the byte-order mark.
- CSV is read strictly, so that a damaged file is refused whole rather than imported in
  part: a row with fewer or more cells than the header, a quoted field that never ends, or
  a file that stops in the middle of a row (no line break after its last row, as a cut
  download or a copy interrupted leaves it) is refused, naming the row. Cells may be
  separated by commas, semicolons (a spreadsheet set to a language that writes decimal
  commas) or tabs: the header line says which.
"""

import codecs
import csv
import io

import tablib
from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from import_export.formats import base_formats
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
NEUTRALISER = "'"


class UnreadableFile(ValueError):
    """The uploaded bytes are not a file of the chosen format: the message says why."""


#: The first characters of the texts that ``neutralise`` may change.
RISKY_STARTS = frozenset((*FORMULA_TRIGGERS, NEUTRALISER))


def csv_line(row):
    """The line of ``row`` in a CSV file, formulas neutralised, as ``csv.writer`` writes it
    (a cell quoted when it holds a comma, a quote or a line break, its quotes doubled;
    ``None`` empty; ``\r\n`` at the end), made with string methods, which search a long
    text several times faster than the writer's look at each of its characters."""
    cells = []
    for cell in row:
        if cell is None:
            cell = ""
        elif not isinstance(cell, str):
            cell = str(cell)
        elif cell[:1] in RISKY_STARTS:
            cell = neutralise(cell)
        if "," in cell or '"' in cell or "\n" in cell or "\r" in cell:
            cell = '"' + cell.replace('"', '""') + '"'
        cells.append(cell)
    line = ",".join(cells)
    if not line and len(row) == 1:
        line = '""'  # (a line of one empty cell is not a blank line)
    return line + "\r\n"


def neutralise(value):
    """``"=1+2"`` → ``"'=1+2"``: a spreadsheet shows the cell as text, never runs it."""
    # (A text that already starts with apostrophes before such a character gets one more,
    # so that restore() gives it back as it was.)
    if isinstance(value, str) and value.lstrip(NEUTRALISER).startswith(FORMULA_TRIGGERS):
        return NEUTRALISER + value
    return value


def keep_as_text(cell):
    """Mark an openpyxl cell whose text a spreadsheet would take for a formula as the text it
    is (a string cell with a quote prefix, so that editing it keeps it text); its value is
    unchanged. Returns the cell."""
    if isinstance(cell.value, str) and cell.value.startswith(FORMULA_TRIGGERS):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def cell_is_empty(value):
    return value is None or (isinstance(value, str) and not value.strip())


def restore(value):
    """The inverse of :func:`neutralise`, for cells read back from a CSV file."""
    if (
        isinstance(value, str)
        and value.startswith(NEUTRALISER)
        and value.lstrip(NEUTRALISER).startswith(FORMULA_TRIGGERS)
    ):
        return value[1:]
    return value


def export_encoding():
    """The encoding of exported CSV files (``settings.CSV_ENCODING``)."""
    return getattr(settings, "CSV_ENCODING", "utf-8-sig")


def import_encoding():
    """CSV files are read in the export encoding; any UTF-8, with or without BOM, reads
    as ``utf-8-sig`` (which drops a byte-order mark when there is one)."""
    encoding = export_encoding()
    if codecs.lookup(encoding).name in ("utf-8", "utf-8-sig"):
        return "utf-8-sig"
    return encoding


#: The separators a CSV file may use, in the order a tie between them is decided.
DELIMITERS = (",", ";", "\t")


def delimiter_of(header_line):
    """The separator of a CSV file, by its header line: the one of ``DELIMITERS`` that it
    holds most often outside quotes (a comma when it holds none: a file of one column)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for character in header_line:
        if character == '"':
            quoted = not quoted
        elif not quoted and character in counts:
            counts[character] += 1
    best = max(DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def _cells(count):
    return ngettext("%(count)s cell", "%(count)s cells", count) % {"count": count}


def read_csv(text):
    """The rows of a CSV text, strictly: ``(headers, rows)``, or UnreadableFile naming the
    row (counted from the first row under the headers, as the import counts them) of a
    damaged file. Blank lines are left out."""
    header_line = text.split("\n", 1)[0]
    delimiter = delimiter_of(header_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    headers, rows = None, []
    try:
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue  # a blank line (or one of separators only) holds no row
            if headers is None:
                headers = cells
                continue
            if len(cells) != len(headers) and len(headers) == 1:
                raise UnreadableFile(
                    _(
                        "The header has one column but row %(row)s has %(cells)s: the file's "
                        "cells may be separated by a character other than a comma, a semicolon "
                        "or a tab. Save the file as CSV with commas, semicolons or tabs."
                    )
                    % {"row": len(rows) + 1, "cells": _cells(len(cells))}
                )
            if len(cells) != len(headers):
                raise UnreadableFile(
                    _(
                        "Row %(row)s has %(cells)s but the header has %(columns)s: the file "
                        "is damaged (cut, or a cell holds an unquoted %(delimiter)s). "
                        "Nothing was imported."
                    )
                    % {
                        "row": len(rows) + 1,
                        "cells": _cells(len(cells)),
                        "columns": _cells(len(headers)),
                        "delimiter": delimiter_name(delimiter),
                    }
                )
            rows.append(cells)
    except csv.Error as error:
        row = len(rows) + 1
        if "unexpected end of data" in str(error):
            message = _(
                "Row %(row)s has a quoted cell that never ends: the file stops inside "
                "it, as a file cut short does. Nothing was imported."
            )
        else:
            message = _(
                "Row %(row)s cannot be read: a quote inside a quoted cell must be doubled "
                "(%(error)s). Nothing was imported."
            )
        raise UnreadableFile(message % {"row": row, "error": error}) from None
    if rows and not text.endswith(("\n", "\r")):
        raise UnreadableFile(
            _(
                "The file stops in the middle of row %(row)s (its last line has no line "
                "break after it): it may have been cut short. If the row is whole, end "
                "the file with a line break. Nothing was imported."
            )
            % {"row": len(rows)}
        )
    if headers is None and text.strip():
        raise UnreadableFile(_("The file has no header line."))
    return headers or [], rows


def delimiter_name(delimiter):
    return {",": _("comma"), ";": _("semicolon"), "\t": _("tab")}[delimiter]


class CSV(base_formats.CSV):
    """CSV with formula neutralisation, read strictly (``read_csv``)."""

    def export_data(self, dataset, **kwargs):
        safe = tablib.Dataset(headers=dataset.headers, title=dataset.title)
        for row in dataset:
            safe.append([neutralise(cell) for cell in row])
        return safe.export("csv", **kwargs)

    def create_dataset(self, in_stream, **kwargs):
        if isinstance(in_stream, bytes):
            in_stream = in_stream.decode(self.encoding or import_encoding())
        headers, rows = read_csv(in_stream)
        restored = tablib.Dataset(headers=headers)
        for row in rows:
            restored.append([restore(cell) for cell in row])
        return restored


class XLSX(base_formats.XLSX):
    """XLSX whose text cells are always text: a value starting with ``=`` is not a formula.
    A column without a header is left out when it is empty, and refused when it holds a
    value (it would be lost)."""

    def create_dataset(self, in_stream, **kwargs):
        return without_nameless_columns(super().create_dataset(in_stream, **kwargs))

    def export_data(self, dataset, **kwargs):
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = (dataset.title or "data")[:31]
        sheet.append(list(dataset.headers or []))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for number, row in enumerate(dataset, start=2):
            try:
                sheet.append(list(row))
            except IllegalCharacterError:
                raise ValueError(
                    _("Row %(number)s holds a control character that XLSX cannot store.")
                    % {"number": number}
                ) from None
            for cell in sheet[number]:
                keep_as_text(cell)  # openpyxl would take "=..." for a formula
        stream = io.BytesIO()
        workbook.save(stream)
        return stream.getvalue()


def without_nameless_columns(dataset):
    """``dataset`` without its columns that have no header, when they are empty;
    UnreadableFile naming the row and column of a value under no header (it would be lost)."""
    headers = list(dataset.headers or [])
    nameless = [index for index, header in enumerate(headers) if cell_is_empty(header)]
    if not nameless:
        return dataset
    for number, row in enumerate(dataset, start=1):
        for index in nameless:
            if not cell_is_empty(row[index]):
                raise UnreadableFile(
                    _(
                        "Row %(row)s has a value in column %(column)s, which has no "
                        "header: give the column its name or delete the value."
                    )
                    % {"row": number, "column": get_column_letter(index + 1)}
                )
    kept = [index for index in range(len(headers)) if index not in nameless]
    trimmed = tablib.Dataset(headers=[headers[index] for index in kept])
    for row in dataset:
        trimmed.append([row[index] for index in kept])
    return trimmed


FORMATS = [CSV, XLSX]


def read_dataset(file_format, data):
    """Read uploaded bytes as ``file_format`` (a format instance): a tablib Dataset, or
    UnreadableFile with a message for the person who uploaded the file."""
    if not file_format.is_binary():
        encoding = import_encoding()
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            raise UnreadableFile(
                _(
                    "The file is not %(encoding)s text: the byte 0x%(byte)02x at position "
                    "%(position)s cannot be read. Save it as “CSV UTF-8” and upload it again."
                )
                % {
                    "encoding": "UTF-8" if encoding == "utf-8-sig" else encoding,
                    "byte": error.object[error.start],
                    "position": error.start,
                }
            ) from None
        # As the admin reads a stored upload: universal newlines.
        data = io.StringIO(text, newline=None).read()
    try:
        return file_format.create_dataset(data)
    except UnreadableFile:
        raise
    except Exception as error:  # tablib and openpyxl raise many kinds
        raise UnreadableFile(
            _("The file cannot be read as %(format)s (%(error)s).")
            % {"format": file_format.get_title().upper(), "error": type(error).__name__}
        ) from None


def write_csv(path, headers, rows):
    """``rows`` written to the CSV file ``path`` one by one as they come, as
    :class:`CSV` writes a dataset (the export encoding, formulas neutralised); returns how
    many rows were written. Its memory does not grow with the rows."""
    count = 0
    with open(path, "w", encoding=export_encoding(), newline="") as target:
        csv.writer(target).writerow(headers)
        for row in rows:
            target.write(csv_line(row))
            count += 1
    return count


def write_dataset(file_format, dataset):
    """The bytes of ``dataset`` in ``file_format``, CSV encoded as configured."""
    data = file_format.export_data(dataset)
    if isinstance(data, str):
        data = data.encode(export_encoding())
    return data
