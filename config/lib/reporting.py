"""Reports: the tables people paste into their reports, streamed as CSV or XLSX.

A report is an export-only import-export ``Resource`` (declared fields with translated
headers and ``dehydrate_*`` methods) over one model. Rows are never gathered in memory:
the queryset is read with ``.iterator(chunk_size=...)`` (its prefetches run once per chunk),
each object goes through the resource's own field export, and the rows are written as they
come, by Python's ``csv`` writer or by openpyxl's write-only workbook. A report of many
rows (the agenda) overrides ``rows`` to read plain values instead (:func:`value_chunks`):
what its cells need is read once per chunk, and what many rows share (a session's cells,
a resolution's label, the fallback order of an original language) is worked out once.

The reports themselves live in the apps (``sessions/reports.py``, ``agendas/reports.py``,
``documents/reports.py``); ``config/reports.py`` lists them by name.
"""

import codecs
import csv
import io
import itertools
import tempfile

from django.conf import settings
from django.contrib import admin
from django.db.models import F
from django.http import StreamingHttpResponse
from django.utils import translation
from django.utils.http import content_disposition_header
from django.utils.text import format_lazy
from import_export import fields, resources, widgets
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from .export_rows import as_stored
from .i18n import fallback_languages, translated
from .spreadsheet import FORMULA_TRIGGERS, csv_line, export_encoding, keep_as_text

FORMATS = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def chunk_size():
    """How many objects each database round trip of a report reads."""
    return getattr(settings, "WGSESSIONS_REPORT_CHUNK_SIZE", 2000)


def column(header, attribute=None, widget=None):
    """A report column: export only, headed by a translatable ``header``."""
    return fields.Field(attribute=attribute, column_name=header, readonly=True, widget=widget)


def number_column(header, attribute):
    """A column of whole numbers, kept as numbers in XLSX."""
    return column(header, attribute, widgets.IntegerWidget(coerce_to_string=False))


def iso_date(value):
    return value.isoformat() if value else ""


def joined(values):
    """Several values in one cell: ``1/4; 10/6``."""
    return "; ".join(str(value) for value in values if value)


class Report(resources.Resource):
    """An export-only resource over ``model``, in one language.

    Subclasses declare their columns with :func:`column` and ``dehydrate_<column>``
    methods, and say where a row's body, year and publication status are found.
    """

    name = ""
    title = ""
    model = None
    #: lookups from the report's model to the session's body slug, year and status
    body_path = "session__body__slug"
    year_path = "session__start_date__year"
    status_path = "session__status"
    #: the lookup from the report's model to its session, for :meth:`for_sessions`
    session_path = "session"

    def __init__(self, language=None, published_only=False, **kwargs):
        super().__init__(**kwargs)
        self.language = language or translation.get_language() or settings.LANGUAGE_CODE
        self.published_only = published_only

    # --- which rows -------------------------------------------------------------------

    def get_queryset(self):
        queryset = self.model._default_manager.all()
        if self.published_only and self.status_path:
            queryset = queryset.filter(**{self.status_path: "published"})
        return queryset

    def for_sessions(self, sessions):
        """The report's rows that belong to ``sessions`` (a queryset of sessions)."""
        return self.get_queryset().filter(
            **{f"{self.session_path}__in": sessions.order_by().values("pk")}
        )

    def filter_rows(self, queryset, bodies=(), from_year=None, to_year=None):
        """Rows of the bodies with these slugs, in sessions of these years."""
        if bodies:
            queryset = queryset.filter(**{f"{self.body_path}__in": list(bodies)})
        if from_year is not None:
            queryset = queryset.filter(**{f"{self.year_path}__gte": from_year})
        if to_year is not None:
            queryset = queryset.filter(**{f"{self.year_path}__lte": to_year})
        return queryset

    def prepare(self, queryset):
        """The queryset with what the columns read fetched by chunk, in report order."""
        return queryset

    # --- the table ----------------------------------------------------------------------

    def translated(self, obj, field, original_language=None):
        """A translated field in the report's language, with the public pages' fallback: a
        ``Translated`` (``.text``, ``.lang``)."""
        return translated(obj, field, original_language, language=self.language)

    def text(self, obj, field, original_language=None):
        """A translated field's text in the report's language, with the public pages'
        fallback (reader's, English, original, any language with text)."""
        return self.translated(obj, field, original_language).text

    def choice_labels(self, choices):
        """``{value: label}`` of a field's ``choices`` in the report's language, for a
        report of plain values: each label looked up once, not once per row."""
        with translation.override(self.language):
            return {value: str(label) for value, label in choices}

    def headers(self):
        with translation.override(self.language):
            return self.get_export_headers()

    def rows(self, queryset):
        """One list of cell values per object, read chunk by chunk from the database."""
        export_fields = self.get_export_fields()
        objects = self.prepare(queryset).iterator(chunk_size=chunk_size())
        for obj in objects:
            with translation.override(self.language):
                row = [self.export_field(field, obj) for field in export_fields]
            yield row

    def filename(self, file_format, stem=None):
        return f"{stem or self.name}-{self.language}.{file_format}"

    def sheet_title(self):
        with translation.override(self.language):
            return str(self.title or self.name)[:31]


def value_chunks(queryset, *paths):
    """The ``paths`` of ``queryset``'s rows as plain tuples (translated fields' columns as
    stored), in lists of :func:`chunk_size` rows read through one cursor."""
    size = chunk_size()
    values = as_stored(queryset.prefetch_related(None)).values_list(*paths)
    for chunk in itertools.batched(values.iterator(chunk_size=size), size):
        yield list(chunk)


class Fallback:
    """The public pages' fallback (:func:`config.lib.i18n.first_translation`) over texts
    already read as values: ``Fallback(language, codes)(texts, original_language)`` is the
    ``(text, code)`` of the first language with text, of ``texts`` given in the order of
    ``codes``; ``("", language)`` when none has any. Each original language's order is
    worked out once."""

    def __init__(self, language, codes):
        self.language = language
        self.codes = list(codes)
        self.orders = {}

    def order(self, original_language):
        order = self.orders.get(original_language)
        if order is None:
            order = [
                (self.codes.index(code), code)
                for code in fallback_languages(self.language, original_language)
                if code in self.codes
            ]
            self.orders[original_language] = order
        return order

    def __call__(self, texts, original_language=None):
        for at, code in self.order(original_language):
            value = texts[at]
            if value is not None and value.strip():
                return value, code
        return "", self.language


def order_by_session(prefix=""):
    """Chronological order of sessions (sessions without dates last), then by body, ordinal
    and part (a session before its resumed parts)."""
    return [
        F(f"{prefix}start_date").asc(nulls_last=True),
        f"{prefix}body__symbol_prefix",
        f"{prefix}ordinal",
        f"{prefix}part",
    ]


# --- writing ---------------------------------------------------------------------------


def csv_chunks(report, queryset, encoding=None):
    """The CSV file of a report, as encoded chunks: the header row at once, then about one
    chunk per database round trip."""
    encoder = codecs.getincrementalencoder(encoding or export_encoding())()
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush(final=False):
        data = encoder.encode(buffer.getvalue(), final=final)
        buffer.seek(0)
        buffer.truncate()
        return data

    writer.writerow(report.headers())
    yield flush()
    rows_per_chunk = chunk_size()
    for count, row in enumerate(report.rows(queryset), start=1):
        buffer.write(csv_line(row))
        if count % rows_per_chunk == 0:
            yield flush()
    last = flush(final=True)
    if last:
        yield last


def xlsx_cell(sheet, value):
    """A value for a write-only sheet: text without the characters XLSX cannot hold, and a
    text that would start a formula as a text cell (unchanged, never run)."""
    if not isinstance(value, str):
        return value
    # Characters that XML 1.0, and so an XLSX file, cannot hold (openpyxl refuses them).
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if value.startswith(FORMULA_TRIGGERS):
        return keep_as_text(WriteOnlyCell(sheet, value=value))
    return value


def write_xlsx(report, queryset, target):
    """Write the report's XLSX workbook to ``target`` (a path or a binary file).

    openpyxl's write-only workbook keeps the rows in a temporary file, not in memory.
    """
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=report.sheet_title())
    sheet.append(report.headers())
    for row in report.rows(queryset):
        sheet.append([xlsx_cell(sheet, value) for value in row])
    workbook.save(target)


def xlsx_chunks(report, queryset, size=64 * 1024):
    """The XLSX file of a report in chunks. A workbook is a zip archive that is complete
    only once written, so it is built in a temporary file first."""
    with tempfile.TemporaryFile() as spool:
        write_xlsx(report, queryset, spool)
        spool.seek(0)
        while chunk := spool.read(size):
            yield chunk


def report_response(report, queryset, file_format, filename=None):
    """A streaming download of the report: ``file_format`` is ``csv`` or ``xlsx``."""
    if file_format == "xlsx":
        content = xlsx_chunks(report, queryset)
        content_type = FORMATS["xlsx"]
    else:
        encoding = export_encoding()
        content = csv_chunks(report, queryset, encoding)
        charset = "utf-8" if codecs.lookup(encoding).name == "utf-8-sig" else encoding
        content_type = f"{FORMATS['csv']}; charset={charset}"
    response = StreamingHttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(
        True, filename or report.filename(file_format)
    )
    return response


# --- the admin -------------------------------------------------------------------------


def report_action(report_class, file_format, description, of_sessions=False):
    """An admin action that downloads the report of the selected objects, in the admin's
    language.

    With ``of_sessions`` the selected objects are sessions and the report (the agenda,
    for example) covers their rows.
    """

    def export_report(modeladmin, request, queryset):
        report = report_class(language=translation.get_language())
        if of_sessions:
            rows = report.for_sessions(queryset)
        else:
            rows = report.get_queryset().filter(pk__in=queryset.order_by().values("pk"))
        return report_response(report, rows, file_format)

    export_report.__name__ = f"export_{report_class.name}_report_{file_format}"
    return admin.action(
        description=format_lazy("{} ({})", description, file_format.upper()),
        permissions=["view"],
    )(export_report)


def report_actions(report_class, description, of_sessions=False):
    """The CSV and the XLSX download of a report, for a model admin's ``actions``."""
    return [
        report_action(report_class, file_format, description, of_sessions)
        for file_format in FORMATS
    ]
