"""A resource's export read as plain values (``values_list`` through one cursor, chunk by
chunk): the same cells as rendering each model instance through its fields, at a fraction
of the cost. ``KeyedResource.rows_of`` uses it for ``export_all`` and the admin's export.

The plan is derived from the resource's own columns (``get_export_fields``), each by what
its attribute names:

- a value of the row (``title_fr``, ``slot__date``, ``venue__city_en``): read as stored
  (a translated field's column in each language) and rendered by the column's widget (a
  text column of the library's ``CharWidget`` without the call);
- a row of another model named by its key (a ``KeyWidget`` with ``key_fields``, the
  fields its ``to_key`` reads: ``("body__slug", "ordinal", "part")``): those fields joined
  in the same query, the key made by ``to_key`` of an instance that holds them only
  (``InstanceMaker``), once per distinct key of a chunk;
- a list of keys (a many-to-many field, a reverse foreign key, with a list widget): one
  query per chunk of rows for the lists of all of them, in the order of the related model;
- a column that reads more than one value of its row (a ``Field`` with ``export_reads``,
  the fields its ``get_value`` reads) or a list of its own (``export_lists(ids)``, one
  query per chunk; a key widget's ``export_keys(ids)`` likewise);
- the ``version``: the digest of the row's other cells as text.

A resource with a column of any other kind (a ``dehydrate_`` method, a field of its own
without those hooks), or whose export is not a queryset (the bodies, sorted parents
first), is exported instance by instance (``plan_of`` returns None).
"""

import itertools

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models.base import ModelState
from import_export import widgets
from import_export.fields import Field

from .lookups import AnyOf


class NotPlannable(Exception):
    """A column whose cells cannot be read from plain values."""


def as_stored(queryset):
    """``queryset`` reading the columns it names as they are stored: a translated field's
    column in each language (``title_fr``) without modeltranslation's rewriting of names and
    rows (the row's ``title`` in the active language), which costs a dictionary per row."""
    return queryset.rewrite(False) if hasattr(queryset, "rewrite") else queryset


class InstanceMaker:
    """Makes instances of ``model`` that hold the values of ``paths`` only
    (``("ordinal", "part", "body__slug")``: the related objects made likewise), for the
    methods that read them (a key widget's ``to_key``). They are made without ``__init__``
    (its signals and its defaults for every field cost more than the rest of the export's
    row): their other fields are deferred, as in an instance of ``.only()``. The same values
    give the same instance (up to ``remembered`` of them)."""

    remembered = 10000

    def __init__(self, model, paths):
        self.model = model
        self.pk_name = model._meta.pk.attname
        own, related = [], {}
        for at, path in enumerate(paths):
            head, _sep, rest = path.partition("__")
            if rest:
                related.setdefault(head, []).append((at, rest))
            else:
                own.append((at, model._meta.get_field(head).attname))
        self.own = own
        self.related = []
        for head, parts in related.items():
            field = model._meta.get_field(head)
            maker = InstanceMaker(field.related_model, [rest for _at, rest in parts])
            self.related.append((field, [at for at, _rest in parts], maker))
        self.made = {}

    def __call__(self, values):
        """The instance that holds ``values`` (a tuple, in the order of ``paths``)."""
        instance = self.made.get(values)
        if instance is not None:
            return instance
        if len(self.made) >= self.remembered:
            self.made.clear()
        instance = self.model.__new__(self.model)
        instance._state = ModelState()
        instance._state.adding = False
        fields = instance.__dict__
        fields[self.pk_name] = None
        for at, name in self.own:
            fields[name] = values[at]
        for field, places, maker in self.related:
            fields[field.attname] = None
            field.set_cached_value(instance, maker(tuple(values[at] for at in places)))
        self.made[values] = instance
        return instance


def _walk(model, path):
    """The model fields ``path`` goes through, from ``model``; NotPlannable when it is not
    a chain of fields whose only many-valued step is the last."""
    fields = []
    for step, name in enumerate(path.split("__")):
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:  # a property or a method
            raise NotPlannable(path) from None
        last = step == len(path.split("__")) - 1
        if (field.many_to_many or field.one_to_many) and not last:
            raise NotPlannable(path)
        fields.append(field)
        if field.is_relation:
            model = field.related_model
    return fields


class Column:
    """One column's part of the query (``paths``) and of each row (``cell``)."""

    paths = ()
    is_text = False

    def __init__(self, field, render_kwargs):
        self.field = field
        self.render = field.widget.render
        self.kwargs = render_kwargs

    def bind(self, start):
        """``start``: where the column's paths begin in the query's rows."""
        self.start = start


class ValueColumn(Column):
    #: The cell is the stored text itself ("" for NULL): the column is a text and its widget
    #: the library's CharWidget, whose ``render`` gives that (``force_str`` of a text is the
    #: text). The rows are made without calling ``render`` for such cells.
    is_text = False

    def __init__(self, field, model_field, render_kwargs):
        super().__init__(field, render_kwargs)
        self.paths = (field.attribute,)
        widget = field.widget
        self.is_text = (
            isinstance(model_field, (models.CharField, models.TextField))
            and type(widget).render is widgets.CharWidget.render
            and widget.coerce_to_string
        )

    def cell(self, row):
        return self.render(row[self.start], **self.kwargs)

    def text(self, row):
        return self.render(row[self.start])


def id_path(path, relation):
    """The path of the id a relation holds (``agenda_item__session_id``): a path of its own,
    which an ordering by the relation (``order_by("agenda_item")``: by the related model's
    ordering) is not mistaken for."""
    head, _sep, _name = path.rpartition("__")
    return f"{head}__{relation.attname}" if head else relation.attname


class KeyColumn(Column):
    """A related row named by its key: the key fields joined to the row's query."""

    def __init__(self, field, relation, render_kwargs):
        super().__init__(field, render_kwargs)
        self.key_fields = tuple(field.widget.key_fields)
        self.make = InstanceMaker(relation.related_model, self.key_fields)
        self.paths = (
            id_path(field.attribute, relation),
            *(f"{field.attribute}__{name}" for name in self.key_fields),
        )
        self.keys = {}

    def chunk(self, ids, rows):
        self.keys = {}

    def cell(self, row):
        if row[self.start] is None:
            return self.render(None, **self.kwargs)
        values = row[self.start + 1 : self.start + len(self.paths)]
        key = self.keys.get(values)
        if key is None:
            key = self.keys[values] = self.render(self.make(values), **self.kwargs)
        return key

    text = cell


class KeysOfChunkColumn(Column):
    """A related row whose key the widget reads for a chunk at once (``export_keys``)."""

    def __init__(self, field, relation, render_kwargs):
        super().__init__(field, render_kwargs)
        self.paths = (id_path(field.attribute, relation),)
        self.keys = {}

    def chunk(self, ids, rows):
        related = {row[self.start] for row in rows} - {None}
        self.keys = self.field.widget.export_keys(sorted(related)) if related else {}

    def cell(self, row):
        pk = row[self.start]
        return self.render(None) if pk is None else self.keys.get(pk, "")

    text = cell


class ListColumn(Column):
    """A list of related rows (a many-to-many field, the rows of a reverse foreign key),
    each named by its key: one query per chunk, in the order of the related model."""

    def __init__(self, field, relation, render_kwargs):
        super().__init__(field, render_kwargs)
        key_fields = tuple(field.widget.key_widget.key_fields)
        if isinstance(relation, models.ManyToManyField):
            # Through the links' own table: the chunk's ids are compared with the stored
            # ids (not each one made a related object first); an ordering by the relation
            # is by its model's ordering, as the related manager's.
            through = relation.remote_field.through
            target = relation.m2m_reverse_field_name()
            self.links = through._default_manager.order_by(target)
            self.source = through._meta.get_field(relation.m2m_field_name()).attname
            self.key_paths = tuple(f"{target}__{name}" for name in key_fields)
        elif relation.one_to_many:
            self.links = as_stored(relation.related_model._default_manager.all())
            self.source = relation.field.attname
            self.key_paths = key_fields
        else:
            raise NotPlannable(field.column_name)
        self.make = InstanceMaker(field.widget.key_widget.model, key_fields)
        self.lists = {}

    def chunk(self, ids, rows):
        self.lists = {}
        links = self.links.filter(AnyOf(self.source, ids))
        for pk, *values in links.values_list(self.source, *self.key_paths):
            self.lists.setdefault(pk, []).append(self.make(tuple(values)))

    def cell(self, row):
        return self.render(self.lists.get(row[0], []), **self.kwargs)

    text = cell


class ListOfChunkColumn(Column):
    """A column whose field reads its values for a chunk at once (``export_lists``)."""

    def chunk(self, ids, rows):
        self.values = self.field.export_lists(ids)

    def cell(self, row):
        return self.render(self.values.get(row[0]), **self.kwargs)

    text = cell


class ReadsColumn(Column):
    """A field whose value is made from several of the row's own fields (``export_reads``)."""

    def __init__(self, field, model, render_kwargs):
        super().__init__(field, render_kwargs)
        self.paths = tuple(field.export_reads)
        self.make = InstanceMaker(model, self.paths)

    def cell(self, row):
        values = row[self.start : self.start + len(self.paths)]
        return self.field.export(self.make(values), **self.kwargs)

    def text(self, row):
        return self.field.export(self.make(row[self.start : self.start + len(self.paths)]))


def column_of(resource, name, field, render_kwargs):
    """The Column of ``field``; NotPlannable when it has none."""
    model = resource._meta.model
    method = field.get_dehydrate_method(name)
    if callable(method) or getattr(resource, method, None) is not None:
        raise NotPlannable(name)
    if hasattr(field, "export_lists"):
        return ListOfChunkColumn(field, render_kwargs)
    if getattr(field, "export_reads", None):
        return ReadsColumn(field, model, render_kwargs)
    if type(field).get_value is not Field.get_value or type(field).export is not Field.export:
        raise NotPlannable(name)
    if not field.attribute:
        raise NotPlannable(name)
    fields = _walk(model, field.attribute)
    last = fields[-1]
    widget = field.widget
    if last.many_to_many or last.one_to_many:
        key_widget = getattr(widget, "key_widget", None)
        if getattr(key_widget, "key_fields", None) is None:
            raise NotPlannable(name)
        return ListColumn(field, last, render_kwargs)
    if last.is_relation:
        if getattr(widget, "key_fields", None) is not None:
            return KeyColumn(field, last, render_kwargs)
        if hasattr(widget, "export_keys"):
            return KeysOfChunkColumn(field, last, render_kwargs)
        raise NotPlannable(name)
    return ValueColumn(field, last, render_kwargs)


class ExportPlan:
    """The columns of a resource's export read from plain values (see the module)."""

    def __init__(self, resource, selected_fields=None, render_kwargs=None):
        self.resource = resource
        self.render_kwargs = render_kwargs or {}
        version = resource.fields.get("version")
        names = {id(field): name for name, field in resource.fields.items()}
        every = [field for field in resource.get_export_fields() if field is not version]
        self.columns = [
            column_of(resource, names[id(field)], field, self.render_kwargs) for field in every
        ]
        chosen = resource.get_export_fields(selected_fields)
        by_field = {id(column.field): column for column in self.columns}
        #: (Column, or None for the version) of each cell of the file
        self.cells = [None if field is version else by_field[id(field)] for field in chosen]
        self.paths = ["pk"]
        for column in self.columns:
            column.bind(len(self.paths))
            self.paths += column.paths
        #: The columns that read something once per chunk of rows (``chunk(ids, rows)``).
        self.per_chunk = [column for column in self.columns if hasattr(column, "chunk")]
        #: Every column, as text, the version (if any) last: the cells are the text the
        #: version digests, rendered once.
        self.as_text = (
            not self.render_kwargs
            and self.cells[: len(self.columns)] == self.columns
            and self.cells[len(self.columns) :] in ([], [None])
        )

    def rows(self, queryset, digest):
        """The export's rows of ``queryset``, chunk by chunk through one cursor;
        ``digest(texts)`` makes the version of a row from its other cells as text."""
        size = settings.WGSESSIONS_REPORT_CHUNK_SIZE
        values = as_stored(queryset.prefetch_related(None)).values_list(*self.paths)
        for chunk in itertools.batched(values.iterator(chunk_size=size), size):
            ids = [row[0] for row in chunk]
            for column in self.per_chunk:
                column.chunk(ids, chunk)
            yield from self._rows_of(chunk, digest)

    def _rows_of(self, chunk, digest):
        columns, cells = self.columns, self.cells
        if self.as_text:
            # (index of a text column's value, else None; the column's ``text`` otherwise)
            texts = [
                (column.start, None) if column.is_text else (None, column.text)
                for column in columns
            ]
            has_version = len(cells) > len(columns)
            for row in chunk:
                line = [
                    ("" if (value := row[at]) is None else value) if text is None else text(row)
                    for at, text in texts
                ]
                if has_version:
                    line.append(digest(line))
                yield line
            return
        for row in chunk:
            version = None
            if None in cells:
                version = digest([column.text(row) for column in columns])
            yield [version if column is None else column.cell(row) for column in cells]


def plan_of(resource, queryset, selected_fields=None, render_kwargs=None):
    """The ExportPlan of ``resource`` for ``queryset``, or None if it must be exported
    instance by instance."""
    if not hasattr(queryset, "values_list"):
        return None
    try:
        return ExportPlan(resource, selected_fields, render_kwargs)
    except NotPlannable:
        return None
