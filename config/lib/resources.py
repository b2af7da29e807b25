"""What every import-export resource of the project shares: human-readable keys instead of
database ids, one column per language, strict widgets whose errors say what is wrong, and
imports that report each bad row and write nothing.

Each app names its rows by its own keys (``<app>/keys.py``: a body by its slug, a session
by ``body-slug/ordinal``, a document by its symbol ...), built on :class:`KeyWidget`.

Lists (many-to-many columns) separate keys with commas: ``1/4, 10/6``.

A file need not hold every column: for rows that exist, the key columns and the columns
to change are enough (a translator sends ``session,label,title_fr``); the columns a file
leaves out are left alone, and a new row needs its required columns. Columns that are
not the export's are refused.

The preview of an import warns, row by row (:class:`ImportWarning`), of what deserves a
second look before it is confirmed:

- ``blank``: a row would empty a value that the record has;
- ``changed``: the record changed since the export the row comes from (each export
  carries a ``version`` column, a digest of the row as exported, compared with the same
  digest of the record now; a file without it is not checked);
- ``flagged``: a row changes a field that its resource declares in ``flagged_fields``
  (a resolution's title, a session's dates).

A row refused makes no second, misleading error in the rows that depend on it: the
children of a refused row of the same file (``parent_key``) and the rows of later files
of the same run that name it (``remembering_refusals``) say that it was refused.
"""

import contextlib
import contextvars
import copy
import datetime
import functools
import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from json.encoder import encode_basestring

import tablib
from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ObjectDoesNotExist, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from import_export import resources, widgets
from import_export.fields import Field
from import_export.instance_loaders import ModelInstanceLoader
from import_export.results import RowResult

from .bulk import (
    constraint_errors,
    fetch_by_filters,
    found_relations,
    new_instance,
    signature,
    stored_values,
    unique_clashes,
    unique_error,
    unique_sets,
    unique_values,
    waits_for,
    write_rows,
)
from .export_rows import plan_of

LIST_SEPARATOR = ","

#: The column of each export with the version of its row (``config.lib.versions``).
VERSION_COLUMN = "version"


def cell_text(value):
    """A cell as text, whatever the file format made of it: XLSX gives 18 or 18.0 for
    ``18``; surrounding spaces are dropped."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _as_text(value):
    return "" if value is None else str(value)


# --- Dates a spreadsheet made of numbers ----------------------------------------------------

ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$")
NUMERIC_DATE = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$")
MONTH_DATE = re.compile(r"^(\d{1,2})[- ]([A-Za-z]{3,9})\.?$|^([A-Za-z]{3,9})\.?[- ](\d{1,2})$")
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _month_number(name):
    prefix = name[:3].lower()
    return MONTHS.index(prefix) + 1 if prefix in MONTHS else None


def misread_date(value):
    """What a spreadsheet's date cell was typed as (``3/3``, or ``10/6 or 6/10``), when
    ``value`` is such a date (a date of an XLSX cell, ``2026-03-03 00:00:00``,
    ``03/03/2026``, ``3-Mar``); None otherwise."""
    pairs = None
    if isinstance(value, datetime.date):
        pairs = (value.month, value.day)
    else:
        text = cell_text(value)
        if match := ISO_DATE.match(text):
            pairs = (int(match.group(2)), int(match.group(3)))
        elif match := NUMERIC_DATE.match(text):
            pairs = (int(match.group(1)), int(match.group(2)))
        elif match := MONTH_DATE.match(text):
            day, month = (match.group(1), match.group(2)) if match.group(1) else match.group(4, 3)
            month = _month_number(month)
            pairs = (month, int(day)) if month else None
    if pairs is None:
        return None
    first, second = pairs
    if first == second:
        return f"{first}/{second}"
    return _("%(first)s or %(second)s") % {
        "first": f"{first}/{second}",
        "second": f"{second}/{first}",
    }


def misread_date_message(value):
    """The explanation for a date where a number such as ``3/3`` belongs, or None."""
    typed = misread_date(value)
    if typed is None:
        return None
    return _(
        "“%(value)s” is a date: Excel (or another spreadsheet) turned %(typed)s into a "
        "date. Format the column as text and type %(typed)s again."
    ) % {"value": cell_text(value), "typed": typed}


# --- Plain values ---------------------------------------------------------------------------


class DateWidget(widgets.DateWidget):
    """ISO dates (``2024-06-12``) in CSV, real dates in XLSX."""

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        text = cell_text(value)
        if not text:
            return None
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            raise ValueError(
                _("“%(value)s” is not a date: write it as YYYY-MM-DD, e.g. 2024-06-12.")
                % {"value": text}
            ) from None


class TimeWidget(widgets.TimeWidget):
    """``10:00`` (or ``10:00:00``) in CSV, real times in XLSX."""

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime.datetime):
            return value.time()
        if isinstance(value, datetime.time):
            return value
        text = cell_text(value)
        if not text:
            return None
        try:
            return datetime.time.fromisoformat(text)
        except ValueError:
            raise ValueError(
                _("“%(value)s” is not a time of day: write it as HH:MM, e.g. 15:00.")
                % {"value": text}
            ) from None

    def render(self, value, obj=None, **kwargs):
        if kwargs.get("force_native_type") or not isinstance(value, datetime.time):
            return super().render(value, **kwargs)
        return value.strftime("%H:%M" if not value.second else "%H:%M:%S")


class IntegerWidget(widgets.IntegerWidget):
    def clean(self, value, row=None, **kwargs):
        text = cell_text(value)
        if not text:
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite() or number != number.to_integral_value():
            raise ValueError(_("“%(value)s” is not a whole number.") % {"value": text})
        if abs(number) > 10**9:
            raise ValueError(_("%(value)s is too large.") % {"value": text})
        return int(number)


class NullableTextWidget(widgets.CharWidget):
    """Text whose absence is NULL (an optional unique symbol): an empty cell is None."""

    def clean(self, value, row=None, **kwargs):
        text = cell_text(value)
        return text or None


class ChoiceWidget(widgets.CharWidget):
    """A field with choices: its code (``in_person``), or its code in other capitals; an
    unknown value is refused with the list of the allowed ones."""

    def __init__(self, choices=(), **kwargs):
        self.choices = [(str(code), str(label)) for code, label in choices]
        super().__init__(**kwargs)

    def clean(self, value, row=None, **kwargs):
        text = cell_text(value)
        if not text:
            return ""
        for code, _label in self.choices:
            if text == code or text.lower() == code.lower():
                return code
        raise ValueError(
            _("“%(value)s” is not one of the allowed values: %(allowed)s.")
            % {
                "value": text,
                "allowed": ", ".join(f"{code} ({label})" for code, label in self.choices),
            }
        )


class BooleanWidget(widgets.BooleanWidget):
    """``1``/``0`` on export; ``1``, ``0``, ``true``, ``false``, ``yes``, ``no`` or empty
    (no) on import; anything else is an error rather than a silent no."""

    TRUE = {"1", "true", "yes", "y"}
    FALSE = {"0", "false", "no", "n", ""}

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, bool):
            return value
        text = cell_text(value).lower()
        if text in self.TRUE:
            return True
        if text in self.FALSE:
            return False
        raise ValueError(
            _("“%(value)s” is not yes or no: write 1 or 0.") % {"value": cell_text(value)}
        )


# --- Keys -----------------------------------------------------------------------------------


class KeyWidget(widgets.ForeignKeyWidget):
    """A related object named by a human-readable key instead of its database id.

    Subclasses give ``model``, ``to_key(obj)``, ``lookup(key, row)`` (ORM filters; a
    ValueError for a key that cannot be one) and ``key_fields``, the fields ``to_key`` reads
    (``("body__slug", "ordinal", "part")``: the export joins them to its rows' query,
    ``config.lib.export_rows``); messages name the model by its verbose name.
    """

    model = None
    select_related = ()
    #: The fields of ``model`` (through its relations) that ``to_key`` reads.
    key_fields = None

    def __init__(self, **kwargs):
        # (ForeignKeyWidget's own __init__ stores the model; here it is a class property.)
        self.field = "pk"
        self.key_is_id = False
        self.use_natural_foreign_keys = False
        #: During an import: {signature of the lookup: object} of the keys its file names,
        #: read at once (``read_keys``); None: each key is asked of the database.
        self.found = None
        #: During an import of the widget's own model: writes the rows not written yet
        #: (a key may name a row earlier in the same file), before a key is said unknown.
        self.write_pending = None
        widgets.Widget.__init__(self, **kwargs)

    def queryset(self):
        queryset = self.model.objects.all()
        if self.select_related:
            queryset = queryset.select_related(*self.select_related)
        return queryset

    def read_keys(self, keys_and_rows):
        """Read the objects of every ``(key, row)`` at once, for :meth:`clean` (a key that
        cannot be one is left for its row's error)."""
        if type(self).lookup is KeyWidget.lookup:
            return  # a widget that finds its objects its own way (``clean``)
        filters = []
        for key, row in keys_and_rows:
            try:
                filters.append(self.lookup(key, row))
            except ValueError:
                continue
        self.found = fetch_by_filters(self.queryset(), filters)

    def get_object(self, filters):
        """The object ``filters`` name: from those read at once, else from the database
        (DoesNotExist if none)."""
        key = signature(filters) if self.found is not None else None
        if key is not None and key in self.found:
            return self.found[key]
        try:
            obj = self.queryset().get(**filters)
        except self.model.DoesNotExist:
            if self.write_pending is None or not self.write_pending():
                raise
            obj = self.queryset().get(**filters)
        if key is not None:
            self.found[key] = obj
        return obj

    def to_key(self, obj):
        raise NotImplementedError

    def lookup(self, key, row):
        raise NotImplementedError

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else self.to_key(value)

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime.date):
            raise ValueError(misread_date_message(value))
        key = cell_text(value)
        if not key:
            return None
        row = row or {}
        try:
            filters = self.lookup(key, row)
        except ValueError as error:
            raise ValueError(
                refused_message(self.model, self.refusal_key(key, row))
                or misread_date_message(key)
                or str(error)
            ) from None
        try:
            return self.get_object(filters)
        except self.model.DoesNotExist:
            raise ValueError(
                refused_message(self.model, self.refusal_key(key, row))
                or misread_date_message(key)
                or self.not_found(key, row)
            ) from None

    def refusal_key(self, key, row):
        """The key as the refused row's own file writes it (``KeyedResource.refusal_key``):
        the key itself, unless it is relative to the row (an item's label in the row's
        session)."""
        return key

    @property
    def describe(self):
        """What the key names, for messages: “agenda item”."""
        return self.model._meta.verbose_name

    def not_found(self, key, row):
        """The message for a key that names no row."""
        return _("There is no %(what)s “%(key)s”.") % {"what": self.describe, "key": key}


class KeyListMixin:
    """A list of keys separated by commas; every key must name an existing object."""

    key_widget = None

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        objects = value.all() if hasattr(value, "all") else value
        return ", ".join(self.key_widget.to_key(obj) for obj in objects)

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime.date):
            raise ValueError(misread_date_message(value))
        keys = [key for key in (cell_text(part) for part in cell_text(value).split(",")) if key]
        found, unknown, explained = [], [], []
        for key in keys:
            try:
                found.append(self.key_widget.clean(key, row))
            except ValueError:
                message = refused_message(
                    self.key_widget.model, self.key_widget.refusal_key(key, row or {})
                ) or misread_date_message(key)
                if message:
                    explained.append(message)
                else:
                    unknown.append(key)
        if unknown:
            explained.insert(
                0,
                _("Unknown %(what)s: %(keys)s.")
                % {"what": self.key_widget.describe, "keys": ", ".join(unknown)},
            )
        if explained:
            raise ValueError(" ".join(explained))
        return found


class KeyListWidget(KeyListMixin, widgets.ManyToManyWidget):
    """A many-to-many column: ``1/4, 10/6``."""

    def __init__(self, key_widget, **kwargs):
        self.key_widget = key_widget
        super().__init__(key_widget.model, separator=LIST_SEPARATOR, **kwargs)


class KeyList(KeyListMixin, widgets.Widget):
    """A list of keys that is not a many-to-many field of the model (a joint meeting's
    items): imported with the row's other fields."""

    def __init__(self, key_widget, **kwargs):
        self.key_widget = key_widget
        super().__init__(**kwargs)


# --- Rows refused earlier in the same run ---------------------------------------------------

#: {model: {key: (file name, row number)}} of the rows refused so far in this import run.
_refusals = contextvars.ContextVar("refusals", default=None)


@contextlib.contextmanager
def remembering_refusals():
    """Within the block, a row that names a row refused earlier (in the same file or in
    an earlier one) says so instead of reporting that no such row exists."""
    token = _refusals.set({})
    try:
        yield
    finally:
        _refusals.reset(token)


def record_refusal(model, key, file_name, row_number):
    refusals = _refusals.get()
    if refusals is not None and key:
        refusals.setdefault(model, {}).setdefault(key, (file_name, row_number))


def refused_message(model, key):
    """“... was not imported: its row 3 (sessions.csv) was refused.”, or None."""
    refusals = _refusals.get()
    where = (refusals or {}).get(model, {}).get(key)
    if where is None:
        return None
    file_name, row_number = where
    values = {"what": model._meta.verbose_name, "key": key, "row": row_number}
    if file_name:
        return _(
            "The %(what)s “%(key)s” was not imported: its row %(row)s of %(file)s was "
            "refused (see that error)."
        ) % {**values, "file": file_name}
    return (
        _("The %(what)s “%(key)s” was not imported: its row %(row)s was refused (see that error).")
        % values
    )


# --- Warnings of the preview ----------------------------------------------------------------


@dataclass(frozen=True)
class ImportWarning:
    """Something a row would do that deserves a second look before it is confirmed:
    ``kind`` is ``blank``, ``changed`` or ``flagged``."""

    kind: str
    row: int
    message: str

    BLANK = "blank"
    CHANGED = "changed"
    FLAGGED = "flagged"

    def __str__(self):
        return _("Row %(row)s: %(message)s") % {"row": self.row, "message": self.message}


def _quoted(text, limit=60):
    text = " ".join(text.split())
    return f"“{text[: limit - 1]}…”" if len(text) > limit else f"“{text}”"


# --- Resources ------------------------------------------------------------------------------


class NaturalKeyLoader(ModelInstanceLoader):
    """Finds the row's object by the resource's natural key; a key that names nothing
    (yet) makes a new object, whose fields then report what is wrong with the row."""

    def get_instance(self, row):
        try:
            return self.resource.find_instance(row)
        except (ValueError, ObjectDoesNotExist):
            return None


class KeyedResource(resources.ModelResource):
    """A resource keyed by human-readable columns (``import_id_fields``): importing a file
    again updates the rows it names and skips the unchanged ones; every bad row is
    reported with its reason, and a file with a bad row writes nothing."""

    WIDGETS_MAP = {
        **resources.ModelResource.WIDGETS_MAP,
        # An empty cell is an empty text (CSV gives "", XLSX None: both read as "").
        "TextField": widgets.CharWidget,
        "DateField": DateWidget,
        "TimeField": TimeWidget,
        "BooleanField": BooleanWidget,
        "IntegerField": IntegerWidget,
        "PositiveIntegerField": IntegerWidget,
        "PositiveSmallIntegerField": IntegerWidget,
        "SmallIntegerField": IntegerWidget,
    }

    #: Columns a new row needs besides the key columns (fields the model requires).
    required_columns = ()
    #: Fields whose change of an existing record the preview points out (field names).
    flagged_fields = ()
    #: What the export fetches with each row.
    export_select_related = ()
    export_prefetch_related = ()

    #: Rows written at once (one INSERT, one UPDATE, their history and their many-to-many
    #: links for each batch); 1 for a resource whose rows find the rows before them by a
    #: query of their own (a joint meeting by its items).
    rows_per_write = 1000

    def __init__(self, diff=True, **kwargs):
        """``diff=False``: no preview of each row's change as HTML (the admin shows it; the
        import of files and workbooks does not)."""
        super().__init__(**kwargs)
        if not diff:
            self._meta = copy.copy(self._meta)
            self._meta.skip_diff = True
        self._pending = []
        self._late_refusals = []
        self._before = None
        # Every export's last column: the version of the row as exported (config.lib.versions),
        # compared on import (read-only: never saved).
        self.fields[VERSION_COLUMN] = Field(
            attribute=None, column_name=VERSION_COLUMN, readonly=True
        )
        self._import_fields = None

    @classmethod
    def widget_from_django_field(cls, f, default=widgets.Widget):
        if getattr(f, "choices", None):
            return functools.partial(ChoiceWidget, choices=f.choices)
        return super().widget_from_django_field(f, default)

    class Meta:
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        use_transactions = True
        instance_loader_class = NaturalKeyLoader
        # The rows are written a batch at a time (``write_pending``), not one by one.
        use_bulk = True

    def get_import_fields(self):
        """The library's, found once per resource rather than several times per row."""
        fields = getattr(self, "_import_fields", None)
        if fields is None:
            fields = self._import_fields = super().get_import_fields()
        return fields

    def init_instance(self, row=None):
        return new_instance(self._meta.model)

    # Keys ----------------------------------------------------------------------------------

    def key_columns(self):
        return [self.fields[name].column_name for name in self.get_import_id_fields()]

    @classmethod
    def expected_columns(cls):
        """The columns of this resource's export, in their order."""
        resource = cls()
        return [resource.fields[name].column_name for name in resource.get_export_order()]

    @classmethod
    def missing_columns(cls, headers):
        """The key columns (which every row needs) that ``headers`` lacks."""
        present = {cell_text(header) for header in headers or []}
        return [column for column in dict.fromkeys(cls().key_columns()) if column not in present]

    @classmethod
    def missing_columns_message(cls, headers):
        """What to tell the person whose file's header is not one of this resource's export
        (a key column missing, a column unknown, repeated or without a name), or None."""
        headers = [cell_text(header) for header in headers or []]
        expected = cls.expected_columns()
        problems = []
        missing = cls.missing_columns(headers)
        if missing:
            problems.append(
                _("The file has no column %(missing)s, which every row needs.")
                % {"missing": ", ".join(f"“{column}”" for column in missing)}
            )
        unknown = [header for header in dict.fromkeys(headers) if header and header not in expected]
        if unknown:
            problems.append(
                _("The file has columns that a file of this kind does not have: %(unknown)s.")
                % {"unknown": ", ".join(f"“{column}”" for column in unknown)}
            )
        repeated = [h for h in dict.fromkeys(headers) if h and headers.count(h) > 1]
        if repeated:
            problems.append(
                _("The file has the column %(repeated)s more than once.")
                % {"repeated": ", ".join(f"“{column}”" for column in repeated)}
            )
        if "" in headers:
            problems.append(
                _("The header's column %(number)s has no name.") % {"number": headers.index("") + 1}
            )
        if not problems:
            return None
        if len(headers) == 1 and missing:
            problems.append(
                _(
                    "Its cells may be separated by a character other than a comma, a semicolon or a tab."
                )
            )
        problems.append(
            _(
                "A file of this kind has the columns: %(expected)s (a file may leave out any but the key columns)."
            )
            % {"expected": ", ".join(expected)}
        )
        return " ".join(problems)

    def instance_lookup(self, row):
        """ORM filters that find the row's object (ValueError if the key is malformed)."""
        return {
            self.fields[name].attribute: self.fields[name].clean(row)
            for name in self.get_import_id_fields()
        }

    def find_instance(self, row):
        lookup = self.instance_lookup(row)
        if lookup is None:
            return None
        found = getattr(self, "_found", None)
        key = signature(lookup) if found is not None else None
        if key is not None:
            # Every row's record was read at once (read_rows): a key not found is a new row.
            return found.get(key)
        try:
            return self.get_queryset().get(**lookup)
        except self._meta.model.DoesNotExist:
            return None

    # Reading a file's keys at once -----------------------------------------------------------

    def key_widgets(self):
        """(column, KeyWidget, is a list) of the columns that name other rows by their keys."""
        found = []
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, KeyListMixin):
                found.append((field.column_name, widget.key_widget, True))
            elif isinstance(widget, KeyWidget):
                found.append((field.column_name, widget, False))
        return found

    def read_rows(self, dataset):
        """Read at once what the rows of ``dataset`` name: the objects of each key column
        (``KeyWidget.read_keys``) and the rows' own records (``find_instance``), with what
        the comparison of their values reads; a fixed number of queries, whatever the
        number of rows."""
        headers = list(dataset.headers or [])
        rows = [dict(zip(headers, values, strict=False)) for values in dataset]
        for column, widget, is_list in self.key_widgets():
            if column not in headers:
                continue
            keys = []
            for row in rows:
                cell = row.get(column)
                if isinstance(cell, datetime.date):
                    continue
                parts = cell_text(cell).split(LIST_SEPARATOR) if is_list else [cell]
                keys += [(key, row) for key in (cell_text(part) for part in parts) if key]
            widget.read_keys(keys)
            if widget.model is self._meta.model:
                widget.write_pending = self.write_pending
        if type(self).find_instance is not KeyedResource.find_instance:
            self._found = None  # a resource that finds its rows its own way
            return
        lookups = []
        for row in rows:
            try:
                lookups.append(self.instance_lookup(row))
            except (KeyError, ValueError, ValidationError, ObjectDoesNotExist):
                continue
        queryset = self.get_queryset()
        if self.export_select_related:
            queryset = queryset.select_related(*self.export_select_related)
        many = [
            field.attribute
            for field in self.get_import_fields()
            if isinstance(field.widget, widgets.ManyToManyWidget) and field.column_name in headers
        ]
        if many:
            queryset = queryset.prefetch_related(*many)
        self._found = fetch_by_filters(queryset, lookups)

    def row_key(self, row):
        """What makes two rows of a file the same object: their key cells."""
        return tuple(cell_text(row.get(column)) for column in self.key_columns())

    def refusal_key(self, row):
        """The row's key as other files name it (``irg/6``, ``irg/6/3(a)``, ``10/6``): its
        key cells joined by ``/``; a key widget names the same row the same way."""
        return "/".join(part for part in self.row_key(row) if part)

    def parent_key(self, row):
        """The ``row_key`` of the row of the same file that ``row`` depends on (an item's
        for its sub-item), or None: when that row was refused, this one is not imported
        either, with one message that says so."""
        return None

    # Import --------------------------------------------------------------------------------

    def import_data(self, dataset, **kwargs):
        """As the library's, with the preview's warnings (:class:`ImportWarning`) of the
        rows that are not refused as ``result.import_warnings``. ``check_versions=False``:
        the rows' versions were compared already (``version_warnings``), before the files
        of the same run that precede this one changed the database. ``skipped_rows``: the
        numbers of rows left alone (a second pass's, refused by the first)."""
        self._refused_rows = {}
        check_versions = kwargs.pop("check_versions", True)
        self._warnings = self.version_warnings(dataset) if check_versions else []
        result = super().import_data(dataset, **kwargs)
        refused = {row.number for row in result.invalid_rows}
        refused |= {row.number for row in result.error_rows}
        result.import_warnings = [w for w in self._warnings if w.row not in refused]
        return result

    def before_import(self, dataset, **kwargs):
        self._seen_keys = {}
        self._pending, self._late_refusals = [], []
        message = self.missing_columns_message(dataset.headers)
        if message:
            raise ValueError(message)
        self.read_rows(dataset)

    def import_row(self, row, instance_loader, **kwargs):
        row_number = kwargs.get("row_number")
        if row_number in kwargs.get("skipped_rows", ()):
            # A row of a file's second pass that its first refused (and reported).
            row_result = self.get_row_result_class()()
            row_result.import_type = RowResult.IMPORT_TYPE_SKIP
            return row_result
        refused_rows = getattr(self, "_refused_rows", None)
        if refused_rows is None:
            refused_rows = self._refused_rows = {}
        parent = self.parent_key(row)
        if parent is not None and parent in refused_rows:
            row_result = self.get_row_result_class()()
            row_result.import_type = RowResult.IMPORT_TYPE_INVALID
            row_result.validation_error = ValidationError(
                {
                    self.key_columns()[-1]: _(
                        "Not imported, because row %(row)s, which it depends on, was refused."
                    )
                    % {"row": refused_rows[parent]}
                }
            )
        else:
            row_result = super().import_row(row, instance_loader, **kwargs)
        if row_result.import_type in (RowResult.IMPORT_TYPE_INVALID, RowResult.IMPORT_TYPE_ERROR):
            refused_rows.setdefault(self.row_key(row), row_number)
            record_refusal(
                self._meta.model, self.refusal_key(row), kwargs.get("file_name"), row_number
            )
        return row_result

    def before_import_row(self, row, row_number=None, **kwargs):
        key = self.row_key(row)
        seen = getattr(self, "_seen_keys", None)
        if seen is None:
            seen = self._seen_keys = {}
        if key in seen:
            raise ValidationError(
                {
                    self.key_columns()[-1]: _(
                        "Row %(first)s already has %(key)s: each row of a file names a "
                        "different %(model)s."
                    )
                    % {
                        "first": seen[key],
                        "key": " ".join(part for part in key if part),
                        "model": self._meta.model._meta.verbose_name,
                    }
                }
            )
        seen[key] = row_number

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        existing = instance.pk is not None
        before = self.rendered_values(instance, row) if existing else {}
        if not existing:
            missing = [column for column in self.required_columns if column not in row]
            if missing:
                errors[NON_FIELD_ERRORS] = [
                    _(
                        "A new %(model)s needs the column %(missing)s, which the file does "
                        "not have (only the rows that exist can leave columns out)."
                    )
                    % {
                        "model": self._meta.model._meta.verbose_name,
                        "missing": ", ".join(f"“{column}”" for column in missing),
                    }
                ]
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        # Many-to-many lists are saved after the row; check their keys now, with the rest.
        for field in self.get_import_fields():
            if isinstance(field.widget, widgets.ManyToManyWidget) and field.column_name in row:
                try:
                    field.clean(row)
                except ValueError as error:
                    errors[field.attribute] = ValidationError(str(error), code="invalid")
        if not errors:
            try:
                self.derive(instance, row)
            except ValidationError as error:
                errors = error.update_error_dict(errors)
        if errors:
            # Name each error by its column, as the file does.
            columns = {field.attribute: field.column_name for field in self.get_import_fields()}
            raise ValidationError(
                {columns.get(name, name): messages for name, messages in errors.items()}
            )
        if existing:
            self.warn_of_changes(instance, row, before, kwargs.get("row_number"))

    def after_init_instance(self, instance, new, row, **kwargs):
        super().after_init_instance(instance, new, row, **kwargs)
        self._before = None if new else self.compared_values(instance, row, from_row=False)
        self._stored = None if new else stored_values(instance)

    def compared_values(self, instance, row, from_row):
        """The values of the fields ``row`` sets, as ``skip_row`` compares them: a list's by
        the ids of its objects (read from the row, ``from_row``, or from the record)."""
        values = {}
        for field in self.get_import_fields():
            if not field.attribute or field.column_name not in row:
                continue
            if isinstance(field.widget, widgets.ManyToManyWidget):
                objects = field.clean(row) if from_row else field.get_value(instance).all()
                values[field.column_name] = sorted(obj.pk for obj in objects)
                continue
            try:
                values[field.column_name] = field.get_value(instance)
            except ObjectDoesNotExist:
                values[field.column_name] = None
        return values

    def skip_row(self, instance, original, row, import_validation_errors=None):
        """An existing record that the row leaves as it is (compared with the values read
        before the row was applied, with or without the preview's diff)."""
        if import_validation_errors or not self._meta.skip_unchanged or self._before is None:
            return False
        return self.compared_values(instance, row, from_row=True) == self._before

    def derive(self, instance, row):
        """Set what the row's columns imply (a label's parent item, ...): ValidationError
        for what cannot be."""

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        """``full_clean()``'s rules, without a query per row: the related objects that the
        row's keys found are not looked up again, check constraints are read in Python
        (``config.lib.bulk``) and unique values are checked for a batch of rows at once when
        they are written (``write_pending``), and within the file here."""
        if import_validation_errors:
            # The row's own cells are wrong: report those, not what follows from them.
            raise ValidationError(import_validation_errors)
        if not self._meta.clean_model_instances:
            return
        errors = {}
        try:
            instance.clean_fields(exclude=found_relations(instance))
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        try:
            instance.clean()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for name, messages in constraint_errors(instance, exclude=set(errors)).items():
            errors.setdefault(name, []).extend(messages)
        errors = self.unique_in_file(instance, exclude=set(errors), errors=errors)
        if errors:
            raise ValidationError(errors)

    def unique_in_file(self, instance, exclude, errors):
        """``errors`` with those of values that must be unique and that an earlier row of
        the file gives another record."""
        taken = getattr(self, "_unique_taken", None)
        if taken is None:
            taken = self._unique_taken = {}
        for fields in unique_sets(type(instance)):
            if set(fields) & exclude or waits_for(instance):
                continue
            values = unique_values(instance, fields)
            if values is None:
                continue
            owner = taken.setdefault((fields, values), instance)
            if owner is not instance and (owner.pk is None or owner.pk != instance.pk):
                for name, messages in unique_error(instance, fields).items():
                    errors.setdefault(name, []).extend(messages)
        return errors

    # Writing a batch of rows ---------------------------------------------------------------

    def save_instance(self, instance, is_create, row, **kwargs):
        """The row is written with its batch (``write_pending``)."""
        self.before_save_instance(instance, row, **kwargs)
        stored = None if is_create else getattr(self, "_stored", None)
        self._pending.append(PendingRow(instance, is_create, row, kwargs, stored=stored))

    def save_m2m(self, instance, row, **kwargs):
        """Written with the row's batch (``write_many_to_many``)."""

    def after_import_row(self, row, row_result, **kwargs):
        super().after_import_row(row, row_result, **kwargs)
        if self._pending and self._pending[-1].row is row:
            self._pending[-1].result = row_result
        if not kwargs.get("using_transactions") and kwargs.get("dry_run"):
            self._pending = []  # a dry run without a transaction to roll back writes nothing
        elif len(self._pending) >= self.rows_per_write:
            self.write_pending(current=row_result)

    def bulk_create(self, using_transactions, dry_run, raise_errors, batch_size=None, result=None):
        """At the end of the file: the last batch, and the rows its unique values refused."""
        if not using_transactions and dry_run:
            self._pending = []
            return
        try:
            self.write_pending()
        except Exception as error:  # noqa: BLE001 (reported as the file's error, as the library does)
            self.handle_import_error(result, error, raise_errors)
        for number, pending in self._late_refusals:
            result.totals[pending.result.import_type] -= 1
            pending.result.import_type = RowResult.IMPORT_TYPE_INVALID
            result.totals[RowResult.IMPORT_TYPE_INVALID] += 1
            result.append_invalid_row(number, pending.row, pending.result.validation_error)
        self._late_refusals = []

    def bulk_update(self, using_transactions, dry_run, raise_errors, batch_size=None, result=None):
        """Written by ``bulk_create``, with the new rows."""

    def write_pending(self, current=None):
        """Write the rows not written yet: True if there were any. The rows whose unique
        values the database holds for another record are refused (``current``: the row
        being imported, whose result the library has not counted yet)."""
        pending, self._pending = self._pending, []
        if not pending:
            return False
        model = self._meta.model
        clashes = {
            id(instance): fields
            for instance, fields in unique_clashes(model, [p.instance for p in pending])
        }
        kept = []
        for row in pending:
            fields = clashes.get(id(row.instance))
            if fields is None:
                kept.append(row)
            else:
                self.refuse(row, ValidationError(unique_error(row.instance, fields)), current)
        with transaction.atomic():
            # (a row whose many-to-many lists alone change is not saved again)
            changed = [
                row for row in kept if not row.new and stored_values(row.instance) != row.stored
            ]
            write_rows(
                model,
                [row.instance for row in kept if row.new],
                [row.instance for row in changed],
                [row.stored for row in changed],
            )
            self.write_many_to_many(kept)
            for row in kept:
                try:
                    self.after_save_instance(row.instance, row.row, **row.kwargs)
                except ValidationError as error:
                    self.refuse(row, error, current)
            for row, error in self.after_write(kept):
                self.refuse(row, error, current)
        return True

    def refuse(self, pending, error, current):
        """Refuse a row of a batch for ``error`` found as it was written (the import rolls
        back then): ``current`` is the row being imported, whose result the library has not
        counted yet."""
        number = pending.kwargs.get("row_number")
        if pending.result is not None:
            pending.result.validation_error = error
            if pending.result is current:
                pending.result.import_type = RowResult.IMPORT_TYPE_INVALID
            else:
                self._late_refusals.append((number, pending))
        record_refusal(
            self._meta.model, self.refusal_key(pending.row), pending.kwargs.get("file_name"), number
        )

    def write_many_to_many(self, rows):
        """The many-to-many lists of ``rows`` (written), in a few queries for all of them."""
        for field in self.get_import_fields():
            if not isinstance(field.widget, widgets.ManyToManyWidget):
                continue
            wanted = {
                row.instance.pk: {obj.pk for obj in field.clean(row.row)}
                for row in rows
                if field.column_name in row.row
            }
            if wanted:
                set_links(self._meta.model._meta.get_field(field.attribute), wanted)

    def after_write(self, rows):
        """What a resource writes after a batch of its rows (written, with their ids):
        returns [(row, ValidationError)] of the rows it refuses."""
        return []

    # Warnings ------------------------------------------------------------------------------

    def warn(self, kind, row_number, message):
        warnings = getattr(self, "_warnings", None)
        if warnings is None:
            warnings = self._warnings = []
        warnings.append(ImportWarning(kind, row_number, message))

    def changeable_fields(self, row):
        """The fields a row sets: those of its columns that are not keys nor read-only."""
        keys = set(self.get_import_id_fields())
        return [
            field
            for field in self.get_import_fields()
            if field.column_name in row
            and field.attribute
            and not field.readonly
            and self._field_name(field) not in keys
        ]

    def _field_name(self, field):
        return next(name for name, candidate in self.fields.items() if candidate is field)

    def rendered_values(self, instance, row):
        """{column: the value as the file writes it} of the fields ``row`` sets."""
        values = {}
        for field in self.changeable_fields(row):
            try:
                value = field.get_value(instance)
                if isinstance(field.widget, widgets.ManyToManyWidget):
                    value = list(value.all()) if value is not None else []
                values[field.column_name] = _as_text(field.widget.render(value))
            except (ValueError, ObjectDoesNotExist):
                values[field.column_name] = ""
        return values

    def imported_values(self, instance, row):
        """{column: the value as the file writes it} that the row gives each field it sets
        (many-to-many lists are saved after the row: read from the row)."""
        values = {}
        for field in self.changeable_fields(row):
            if isinstance(field.widget, widgets.ManyToManyWidget):
                value = field.clean(row)
            else:
                value = field.get_value(instance)
            values[field.column_name] = _as_text(field.widget.render(value))
        return values

    def warn_of_changes(self, instance, row, before, row_number):
        after = self.imported_values(instance, row)
        what = self._meta.model._meta.verbose_name
        flagged = {self.fields[name].column_name for name in self.flagged_fields}
        for column, old in before.items():
            new = after.get(column, old)
            if old == new:
                continue
            if old.strip() and not new.strip():
                self.warn(
                    ImportWarning.BLANK,
                    row_number,
                    _("empties “%(column)s” of the %(what)s %(key)s, which is %(old)s.")
                    % {
                        "column": column,
                        "what": what,
                        "key": self.refusal_key(row),
                        "old": _quoted(old),
                    },
                )
            elif column in flagged:
                self.warn(
                    ImportWarning.FLAGGED,
                    row_number,
                    _("changes “%(column)s” of the %(what)s %(key)s from %(old)s to %(new)s.")
                    % {
                        "column": column,
                        "what": what,
                        "key": self.refusal_key(row),
                        "old": _quoted(old),
                        "new": _quoted(new),
                    },
                )

    def version_warnings(self, dataset):
        """The ``changed`` warnings of the rows of ``dataset`` whose record, as the database
        holds it now, is not the one they were exported from (their ``version``)."""
        headers = dataset.headers or []
        if VERSION_COLUMN not in headers or self.missing_columns(headers):
            return []  # (a file without its key columns is refused: before_import)
        found = []
        self.read_rows(dataset)
        for number, values in enumerate(dataset, start=1):
            row = dict(zip(dataset.headers, values, strict=False))
            exported = cell_text(row.get(VERSION_COLUMN))
            if not exported:
                continue
            try:
                instance = self.find_instance(row)
            except (KeyError, ValueError, ValidationError, ObjectDoesNotExist):
                continue  # the row's own error will say why
            if instance is None or exported == self.row_version(instance):
                continue
            found.append(
                ImportWarning(
                    ImportWarning.CHANGED,
                    number,
                    _(
                        "the %(what)s %(key)s was changed in the database after this file was "
                        "exported: importing the row replaces those changes with the file's "
                        "values."
                    )
                    % {"what": self._meta.model._meta.verbose_name, "key": self.refusal_key(row)},
                )
            )
        return found

    # Export --------------------------------------------------------------------------------

    def iter_queryset(self, queryset):
        """Every row once, in the queryset's order (the key's, else the primary key's), read
        chunk by chunk through one cursor with the prefetches run per chunk: never pages of
        OFFSET, which sort the whole table again for each page."""
        if not isinstance(queryset, QuerySet):
            yield from queryset
            return
        if not queryset.ordered:
            queryset = queryset.order_by("pk")
        yield from queryset.iterator(chunk_size=settings.WGSESSIONS_REPORT_CHUNK_SIZE)

    def export_rows(self):
        """The export's rows one by one, without holding the table in memory (the header
        row is ``get_export_headers()``)."""
        yield from self.rows_of(self.filter_export(self.get_queryset()))

    def rows_of(self, queryset, selected_fields=None, **kwargs):
        """The export's rows of ``queryset`` (``filter_export`` applied), as
        ``export_resource`` makes them: read from plain values chunk by chunk
        (``config.lib.export_rows``) where the columns allow it, else instance by instance."""
        plan = plan_of(self, queryset, selected_fields, kwargs)
        if plan is not None:
            yield from plan.rows(queryset, version_digest)
            return
        for obj in self.iter_queryset(queryset):
            yield self.export_resource(obj, selected_fields, **kwargs)

    def export(self, queryset=None, **kwargs):
        """As the library's (the admin's export, ``export_all``'s XLSX), its rows made by
        ``rows_of``."""
        self.before_export(queryset, **kwargs)
        if queryset is None:
            queryset = self.get_queryset()
        queryset = self.filter_export(queryset, **kwargs)
        export_fields = kwargs.get("export_fields")
        dataset = tablib.Dataset(headers=self.get_export_headers(selected_fields=export_fields))
        for row in self.rows_of(queryset, export_fields, **kwargs):
            dataset.append(row)
        self.after_export(queryset, dataset, **kwargs)
        return dataset

    def export_plan(self, selected_fields=None):
        """(field, its dehydrate method or None) of each column, found once per export
        rather than once per cell."""
        key = tuple(selected_fields or ())
        plans = self.__dict__.setdefault("_export_plans", {})
        if key not in plans:
            plan = []
            for field in self.get_export_fields(selected_fields):
                method = field.get_dehydrate_method(self._field_name(field))
                plan.append((field, method if callable(method) else getattr(self, method, None)))
            plans[key] = plan
        return plans[key]

    def export_resource(self, instance, selected_fields=None, **kwargs):
        """The row's cells, its ``version`` made from the other cells as they are rendered
        (as ``row_version`` makes it), not by rendering them again."""
        values, version_at = [], None
        for field, method in self.export_plan(selected_fields):
            if field is self.fields[VERSION_COLUMN]:
                version_at = len(values)
                values.append(None)
            else:
                values.append(method(instance) if method else field.export(instance, **kwargs))
        if version_at is not None and (kwargs or selected_fields):
            # Cells of a spreadsheet's own types, or not every column: made as text anew.
            values[version_at] = self.row_version(instance)
        elif version_at is not None:
            values[version_at] = version_digest(
                value for at, value in enumerate(values) if at != version_at
            )
        return values

    def filter_export(self, queryset, **kwargs):
        if hasattr(queryset, "select_related"):
            if self.export_select_related:
                queryset = queryset.select_related(*self.export_select_related)
            if self.export_prefetch_related:
                queryset = queryset.prefetch_related(*self.export_prefetch_related)
        return queryset

    def row_version(self, obj):
        """A short digest of the row as this resource exports it (every column but the
        version, as text): the same in any database that holds the same row, whatever its
        ids, and different as soon as any of the file's columns would read differently."""
        return version_digest(
            self.export_field(self.fields[name], obj)
            for name in self.get_export_order()
            if name != VERSION_COLUMN
        )

    def dehydrate_version(self, obj):
        return self.row_version(obj)


def version_digest(values):
    """A short digest of a row's cells, each as text (``KeyedResource.row_version``): of
    their list as JSON (``json.dumps(texts, ensure_ascii=False)``, written here by the
    encoder's own function for strings, for speed)."""
    texts = [value if value.__class__ is str else _as_text(value) for value in values]
    text = "[" + ", ".join(map(encode_basestring, texts)) + "]"
    return hashlib.blake2b(text.encode(), digest_size=5).hexdigest()


@dataclass
class PendingRow:
    """A row imported and checked, to be written with its batch."""

    instance: object
    new: bool
    row: dict
    kwargs: dict
    result: RowResult = None
    #: An existing row's columns as the database held them (``stored_values``).
    stored: dict = None


def set_links(field, wanted):
    """Set many-to-many links: ``wanted`` is {id of a row: {ids of the objects it links}};
    one query reads the links, one deletes those no longer wanted, one adds the new ones."""
    through = field.remote_field.through
    source = through._meta.get_field(field.m2m_field_name()).attname
    target = through._meta.get_field(field.m2m_reverse_field_name()).attname
    links = through.objects.filter(**{f"{source}__in": list(wanted)})
    in_order = {source_id: sorted(targets) for source_id, targets in wanted.items()}
    stale, missing = changed_children(links.values_list("pk", source, target), in_order)
    if stale:
        through.objects.filter(pk__in=stale).delete()
    added = [through(**{source: source_id, target: target_id}) for source_id, target_id in missing]
    if added:
        through.objects.bulk_create(added)


def changed_children(existing, wanted):
    """What makes the children of some rows (their links, their other symbols ...) those
    ``wanted`` ({id of a row: {the values of its children}}), from the ``existing`` ones
    (``(pk, id of its row, value)`` of each): the pks of those no longer wanted, and the
    ``(id of a row, value)`` of those to add, in the order ``wanted`` gives them."""
    kept = {}
    for pk, owner_id, value in existing:
        kept.setdefault(owner_id, {})[value] = pk
    stale = [
        pk
        for owner_id, values in kept.items()
        for value, pk in values.items()
        if value not in wanted[owner_id]
    ]
    missing = [
        (owner_id, value)
        for owner_id, values in wanted.items()
        for value in values
        if value not in kept.get(owner_id, {})
    ]
    return stale, missing


def error_messages(result, file_name=""):
    """Every error of an import result as lines of text: ``sessions.csv, row 3: ...``."""
    prefix = f"{file_name}, " if file_name else ""
    lines = [f"{prefix}{error.error}" for error in result.base_errors]
    for error_row in result.error_rows:
        for error in error_row.errors:
            values = {"prefix": prefix, "row": error_row.number, "message": error.error}
            lines.append(_("%(prefix)srow %(row)s: %(message)s") % values)
    for invalid in result.invalid_rows:
        for field, messages in invalid.error_dict.items():
            for message in messages:
                values = {"prefix": prefix, "row": invalid.number, "message": message}
                if field == NON_FIELD_ERRORS:
                    lines.append(_("%(prefix)srow %(row)s: %(message)s") % values)
                else:
                    lines.append(
                        _("%(prefix)srow %(row)s, column “%(column)s”: %(message)s")
                        % {**values, "column": field}
                    )
    return lines
