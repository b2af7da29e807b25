"""CSV and XLSX files that are safe to open in a spreadsheet and keep every script intact.

- A text cell that a spreadsheet would take for a formula (it starts with ``=``, ``+``,
  ``-``, ``@``, a tab or a carriage return) is neutralised on export: in CSV it is
  written with a leading apostrophe (``'=1+2``), which spreadsheets show as text; in XLSX
  it is stored as a text cell (never a formula), its value unchanged. Import removes the
  apostrophe again, so a file exported here reads back exactly.
- CSV is written in ``settings.CSV_ENCODING`` (default ``utf-8-sig``: UTF-8 with a
  byte-order mark, which Excel needs to read Chinese and Arabic correctly) and read as
  UTF-8 with or without the byte-order mark.
"""

import codecs
import csv
import io

import tablib
from django.conf import settings
from django.utils.translation import gettext as _
from import_export.formats import base_formats
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils.exceptions import IllegalCharacterError

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
NEUTRALISER = "'"


class UnreadableFile(ValueError):
    """The uploaded bytes are not a file of the chosen format: the message says why."""


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


class CSV(base_formats.CSV):
    """CSV with formula neutralisation."""

    def export_data(self, dataset, **kwargs):
        safe = tablib.Dataset(headers=dataset.headers, title=dataset.title)
        for row in dataset:
            safe.append([neutralise(cell) for cell in row])
        return safe.export("csv", **kwargs)

    def create_dataset(self, in_stream, **kwargs):
        dataset = super().create_dataset(in_stream, **kwargs)
        restored = tablib.Dataset(headers=dataset.headers)
        for row in dataset:
            restored.append([restore(cell) for cell in row])
        return restored


class XLSX(base_formats.XLSX):
    """XLSX whose text cells are always text: a value starting with ``=`` is not a formula."""

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
        writer = csv.writer(target)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([neutralise(cell) for cell in row])
            count += 1
    return count


def write_dataset(file_format, dataset):
    """The bytes of ``dataset`` in ``file_format``, CSV encoded as configured."""
    data = file_format.export_data(dataset)
    if isinstance(data, str):
        data = data.encode(export_encoding())
    return data
