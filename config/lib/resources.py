"""What every import-export resource of the project shares: human-readable keys instead of
database ids, one column per language, strict widgets whose errors say what is wrong, and
imports that report each bad row and write nothing.

Each app names its rows by its own keys (``<app>/keys.py``: a body by its slug, a session
by ``body-slug/ordinal``, a document by its symbol ...), built on :class:`KeyWidget`.

Lists (many-to-many columns) separate keys with commas: ``1/4, 10/6``.
"""

import datetime
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ObjectDoesNotExist, ValidationError
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from import_export import resources, widgets
from import_export.instance_loaders import ModelInstanceLoader

LIST_SEPARATOR = ","


def cell_text(value):
    """A cell as text, whatever the file format made of it: XLSX gives 18 or 18.0 for
    ``18``; surrounding spaces are dropped."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


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
    ValueError for a key that cannot be one); messages name the model by its verbose name.
    """

    model = None
    select_related = ()

    def __init__(self, **kwargs):
        # (ForeignKeyWidget's own __init__ stores the model; here it is a class property.)
        self.field = "pk"
        self.key_is_id = False
        self.use_natural_foreign_keys = False
        widgets.Widget.__init__(self, **kwargs)

    def to_key(self, obj):
        raise NotImplementedError

    def lookup(self, key, row):
        raise NotImplementedError

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else self.to_key(value)

    def clean(self, value, row=None, **kwargs):
        key = cell_text(value)
        if not key:
            return None
        filters = self.lookup(key, row or {})
        queryset = self.model.objects.all()
        if self.select_related:
            queryset = queryset.select_related(*self.select_related)
        try:
            return queryset.get(**filters)
        except self.model.DoesNotExist:
            raise ValueError(self.not_found(key, row or {})) from None

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
        keys = [key for key in (cell_text(part) for part in cell_text(value).split(",")) if key]
        found, unknown = [], []
        for key in keys:
            try:
                found.append(self.key_widget.clean(key, row))
            except ValueError:
                unknown.append(key)
        if unknown:
            raise ValueError(
                _("Unknown %(what)s: %(keys)s.")
                % {"what": self.key_widget.describe, "keys": ", ".join(unknown)}
            )
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

    #: Columns every row needs besides the key columns (fields the model requires).
    required_columns = ()
    #: What the export fetches with each row.
    export_select_related = ()
    export_prefetch_related = ()

    class Meta:
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        use_transactions = True
        instance_loader_class = NaturalKeyLoader

    # Keys ----------------------------------------------------------------------------------

    def key_columns(self):
        return [self.fields[name].column_name for name in self.get_import_id_fields()]

    @classmethod
    def expected_columns(cls):
        return [field.column_name for field in cls().get_import_fields()]

    @classmethod
    def missing_columns(cls, headers):
        """The columns a file must have that ``headers`` lacks."""
        resource = cls()
        present = {cell_text(header) for header in headers or []}
        needed = [*resource.key_columns(), *cls.required_columns]
        return [column for column in dict.fromkeys(needed) if column not in present]

    @classmethod
    def missing_columns_message(cls, headers):
        """What to tell the person whose file lacks a column every row needs, or None."""
        missing = cls.missing_columns(headers)
        if not missing:
            return None
        return _(
            "The file has no column %(missing)s, which every row needs. "
            "A file of this kind has the columns: %(expected)s."
        ) % {
            "missing": ", ".join(f"“{column}”" for column in missing),
            "expected": ", ".join(cls.expected_columns()),
        }

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
        try:
            return self.get_queryset().get(**lookup)
        except self._meta.model.DoesNotExist:
            return None

    def row_key(self, row):
        """What makes two rows of a file the same object: their key cells."""
        return tuple(cell_text(row.get(column)) for column in self.key_columns())

    # Import --------------------------------------------------------------------------------

    def before_import(self, dataset, **kwargs):
        self._seen_keys = {}
        message = self.missing_columns_message(dataset.headers)
        if message:
            raise ValueError(message)

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

    def derive(self, instance, row):
        """Set what the row's columns imply (a label's parent item, ...): ValidationError
        for what cannot be."""

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        if import_validation_errors:
            # The row's own cells are wrong: report those, not what follows from them.
            raise ValidationError(import_validation_errors)
        super().validate_instance(instance, import_validation_errors, validate_unique)

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
        queryset = self.filter_export(self.get_queryset())
        for obj in self.iter_queryset(queryset):
            yield self.export_resource(obj)

    def filter_export(self, queryset, **kwargs):
        if hasattr(queryset, "select_related"):
            if self.export_select_related:
                queryset = queryset.select_related(*self.export_select_related)
            if self.export_prefetch_related:
                queryset = queryset.prefetch_related(*self.export_prefetch_related)
        return queryset


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
