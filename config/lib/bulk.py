"""Rows by the thousand: what an import needs to read, check and write many rows in a fixed
number of queries.

- :func:`fetch_by_filters` finds the objects that many ORM filter dicts name (one for each
  row of a file) in a few queries, as a map from each dict's :func:`signature`;
- :func:`constraint_errors` checks a model's ``CheckConstraint`` conditions on an instance in
  Python, as the database would (a comparison with NULL passes), where Django asks the
  database once per row; a condition it cannot read is asked of the database as before;
- :func:`unique_sets` and :func:`unique_clashes` check the model's unique fields and
  constraints for a batch of rows in one query per constraint;
- :func:`write_rows` writes a batch of rows as ``save()`` would, with their history, in a
  few queries (:func:`waits_for`: a row that names a row not written yet comes after it);
- :func:`new_instance` makes a new row's instance as a copy, without asking each translated
  column for its default anew.
"""

import copy
import functools
import operator
from collections import defaultdict

from django.core.exceptions import NON_FIELD_ERRORS, FieldDoesNotExist, ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.signals import pre_save
from django.utils import timezone

from .history import record_in_bulk
from .pagecache import bump_content_version

#: ORM filters read in one query at most this many at a time (SQLite allows 999 variables).
FILTERS_PER_QUERY = 200

_NOT_HASHABLE = object()


def _plain(value):
    """A filter's value as a map key: a model instance by its primary key."""
    if isinstance(value, models.Model):
        return ("pk", value.pk)
    if isinstance(value, (models.QuerySet, Q, F, list, dict, set)):
        return _NOT_HASHABLE
    try:
        hash(value)
    except TypeError:
        return _NOT_HASHABLE
    return value


def signature(filters):
    """``filters`` (``{"body__slug": "irg", "ordinal": 6}``) as a map key, or None when a
    value cannot be one (a subquery) or a lookup is not a plain equality."""
    items = []
    for name, value in filters.items():
        if name.split("__")[-1] in LOOKUPS:
            return None
        plain = _plain(value)
        if plain is _NOT_HASHABLE:
            return None
        items.append((name, plain))
    return tuple(sorted(items))


def _related_paths(names):
    """The select_related paths that reading ``names`` (``session__body__slug``) needs."""
    paths = set()
    for name in names:
        parts = name.split("__")
        if len(parts) > 1:
            paths.add("__".join(parts[:-1]))
    return paths


def value_at(obj, path):
    """The value that the filter ``path`` compares on ``obj`` (``session__body__slug``):
    a relation by its id."""
    parts = path.split("__")
    for part in parts[:-1]:
        obj = getattr(obj, part)
        if obj is None:
            return None
    last = parts[-1]
    if last == "pk":
        return obj.pk
    field = obj._meta.get_field(last)
    value = getattr(obj, field.attname)
    return ("pk", value) if field.is_relation and value is not None else value


def _is_pk(value):
    return isinstance(value, tuple) and len(value) == 2 and value[0] == "pk"


def any_of(keys, names):
    """A condition that holds for every row whose values of ``names`` (ORM paths) are one of
    ``keys`` (tuples of values in the order of ``names``; a model instance as
    ``("pk", id)``): each name's values in one ``IN`` (or ``IS NULL``), which the database
    reads at once where an OR of one condition per key is read (and built by Django) key by
    key. It may hold for more rows (the other combinations of the same values): the caller
    keeps those whose values are a key."""
    condition = Q()
    for at, name in enumerate(names):
        values = {key[at] for key in keys}
        plain = [value[1] if _is_pk(value) else value for value in values]
        present = [value for value in plain if value is not None]
        part = Q(**{f"{name}__in": present})
        if len(present) < len(plain):
            part |= Q(**{f"{name}__isnull": True})
        condition &= part
    return condition


def fetch_by_filters(queryset, filters_list):
    """{signature: object} of the objects of ``queryset`` that the filter dicts name, read
    in one query for each ``FILTERS_PER_QUERY`` dicts of the same names (:func:`any_of`);
    dicts that :func:`signature` cannot key are left out (the caller asks for those one by
    one)."""
    groups = defaultdict(set)
    for filters in filters_list:
        key = signature(filters)
        if key is not None:
            groups[tuple(name for name, _value in key)].add(key)
    found = {}
    for names, keys in groups.items():
        wanted = sorted(keys, key=repr)  # (similar keys together: fewer extra rows)
        paths = _related_paths(names)
        for start in range(0, len(wanted), FILTERS_PER_QUERY):
            chunk = wanted[start : start + FILTERS_PER_QUERY]
            rows = queryset.filter(any_of([[v for _n, v in key] for key in chunk], names))
            if paths:
                rows = rows.select_related(*paths)
            for obj in rows:
                key = tuple(sorted((name, value_at(obj, name)) for name in names))
                if key in keys:
                    found[key] = obj
    return found


@functools.cache
def _blank(model):
    """An unsaved instance of ``model`` with its defaults, or None when a field's default is
    made anew for each instance (a callable)."""
    for field in model._meta.concrete_fields:
        if field.default is not models.NOT_PROVIDED and callable(field.default):
            return None
    return model()


def new_instance(model):
    """``model()``: a copy of an instance made once with the model's defaults (its translated
    columns' defaults found by modeltranslation in their own languages, each switching the
    active language twice, cost more than the rest of the instance)."""
    blank = _blank(model)
    return model() if blank is None else copy.copy(blank)


# --- check constraints --------------------------------------------------------------------

LOOKUPS = {
    "exact": operator.eq,
    "gt": operator.gt,
    "gte": operator.ge,
    "lt": operator.lt,
    "lte": operator.le,
    "isnull": None,
    "in": None,
}


class Unreadable(Exception):
    """A condition that :func:`condition_holds` does not evaluate."""


def _field_value(instance, name):
    if name == "pk":
        return instance.pk
    try:
        field = instance._meta.get_field(name)
    except FieldDoesNotExist:
        raise Unreadable(name) from None
    if field.is_relation:
        if not field.many_to_one and not field.one_to_one:
            raise Unreadable(name)
        value = getattr(instance, field.attname)
        if value is None and field.is_cached(instance):
            related = field.get_cached_value(instance)
            # An object not written yet (an item earlier in the same file) is a value.
            return related if related is not None else None
        return value
    return getattr(instance, field.attname)


def _comparison(instance, name, value):
    """True, False, or None (unknown: a comparison with NULL) for one ``name=value``."""
    parts = name.split("__")
    lookup = parts.pop() if len(parts) > 1 and parts[-1] in LOOKUPS else "exact"
    if len(parts) != 1:
        raise Unreadable(name)
    left = _field_value(instance, parts[0])
    if lookup == "isnull":
        return (left is None) == bool(value)
    if lookup == "exact" and value is None:
        return left is None  # (the ORM's own reading of ``=None``: IS NULL)
    if isinstance(value, F):
        value = _field_value(instance, value.name)
    elif hasattr(value, "resolve_expression"):
        raise Unreadable(name)
    if left is None or value is None:
        return None
    if isinstance(left, models.Model) or isinstance(value, models.Model):
        if lookup != "exact":
            raise Unreadable(name)
        left = left.pk if isinstance(left, models.Model) else left
        value = value.pk if isinstance(value, models.Model) else value
        if left is None or value is None:
            return None
    if lookup == "in":
        return left in value
    return LOOKUPS[lookup](left, value)


def _evaluate(condition, instance):
    results = []
    for child in condition.children:
        if isinstance(child, Q):
            results.append(_evaluate(child, instance))
        else:
            results.append(_comparison(instance, *child))
    if condition.connector == Q.AND:
        outcome = False if False in results else (None if None in results else True)
    else:
        outcome = True if True in results else (None if None in results else False)
    if condition.negated and outcome is not None:
        outcome = not outcome
    return outcome


def condition_holds(condition, instance):
    """Whether ``instance`` meets a CheckConstraint's ``condition`` as the database judges
    it (a condition unknown for a NULL passes). Raises :class:`Unreadable` for a condition
    of other lookups or expressions."""
    return _evaluate(condition, instance) is not False


def _referenced_fields(condition):
    names = set()
    for child in condition.children:
        if isinstance(child, Q):
            names |= _referenced_fields(child)
        else:
            name, value = child
            names.add(name.split("__")[0])
            if isinstance(value, F):
                names.add(value.name.split("__")[0])
    return names


def constraint_errors(instance, exclude=()):
    """{NON_FIELD_ERRORS: [messages]} of the model's constraints that ``instance`` breaks,
    as ``Model.validate_constraints`` finds them, without asking the database for check
    constraints that :func:`condition_holds` reads, nor for unique ones without a
    condition or expressions (those are for :func:`unique_clashes`, a batch at a time)."""
    model = type(instance)
    errors = []
    excluded = set(exclude)
    for constraint in model._meta.constraints:
        if isinstance(constraint, models.UniqueConstraint) and _plain_unique(constraint):
            continue
        if isinstance(constraint, models.CheckConstraint):
            fields = _referenced_fields(constraint.condition)
            if fields & excluded:
                continue
            try:
                if condition_holds(constraint.condition, instance):
                    continue
                errors.append(
                    ValidationError(
                        constraint.get_violation_error_message(),
                        code=constraint.violation_error_code,
                    )
                )
                continue
            except Unreadable:
                pass
        try:
            constraint.validate(model, instance, exclude=excluded)
        except ValidationError as error:
            errors.append(error)
    return ValidationError(errors).update_error_dict({}) if errors else {}


# --- unique fields and constraints ----------------------------------------------------------


def _plain_unique(constraint):
    return bool(constraint.fields) and constraint.condition is None and not constraint.expressions


def unique_sets(model):
    """The field names that must be unique together (a unique field alone, unique_together,
    a UniqueConstraint of plain fields without a condition)."""
    sets = [
        (field.name,)
        for field in model._meta.local_fields
        if field.unique and not field.primary_key
    ]
    sets += [tuple(fields) for fields in model._meta.unique_together]
    sets += [
        tuple(constraint.fields)
        for constraint in model._meta.constraints
        if isinstance(constraint, models.UniqueConstraint) and _plain_unique(constraint)
    ]
    return list(dict.fromkeys(sets))


def unique_values(instance, fields):
    """The values ``fields`` of ``instance`` hold, as the database compares them, or None
    when one is NULL (never a clash) or an object not written yet."""
    values = []
    for name in fields:
        field = instance._meta.get_field(name)
        value = getattr(instance, field.attname)
        if value is None:
            return None
        values.append(value)
    return tuple(values)


def unique_error(instance, fields):
    """The error Django's own check gives: “... with this Symbol already exists.”"""
    message = instance.unique_error_message(type(instance), fields)
    return {fields[0] if len(fields) == 1 else NON_FIELD_ERRORS: [message]}


def unique_clashes(model, instances):
    """[(instance, field names)] of ``instances`` whose unique values another row of the
    database holds already: one query per unique set."""
    clashes, seen = [], set()
    for fields in unique_sets(model):
        attnames = [model._meta.get_field(name).attname for name in fields]
        by_values = {}
        for instance in instances:
            values = unique_values(instance, fields)
            if values is not None:
                by_values[values] = instance
        keys = sorted(by_values, key=repr)
        for start in range(0, len(keys), FILTERS_PER_QUERY):
            condition = any_of(keys[start : start + FILTERS_PER_QUERY], attnames)
            for row in model._default_manager.filter(condition).values("pk", *attnames):
                values = tuple(row[attname] for attname in attnames)
                instance = by_values.get(values)
                if instance is not None and instance.pk != row["pk"] and id(instance) not in seen:
                    seen.add(id(instance))
                    clashes.append((instance, fields))
    return clashes


def found_relations(instance):
    """The names of ``instance``'s foreign keys that hold an object read from the database
    (a key's): ``clean_fields`` need not ask again whether it exists."""
    names = []
    for field in instance._meta.concrete_fields:
        if field.is_relation and field.is_cached(instance):
            related = field.get_cached_value(instance)
            if related is not None and related.pk is not None:
                names.append(field.name)
    return names


def waits_for(instance):
    """Whether ``instance`` refers to an object that is not written yet."""
    for field in instance._meta.concrete_fields:
        if field.is_relation and field.is_cached(instance):
            related = field.get_cached_value(instance)
            if related is not None and related.pk is None:
                return True
    return False


def stored_values(instance):
    """{column: value} of the instance's own columns (as they were read, before a row
    changes them: compared with ``stored_values`` after, by ``write_rows``)."""
    return {
        field.attname: getattr(instance, field.attname) for field in instance._meta.concrete_fields
    }


def write_rows(model, created, changed, stored=None):
    """INSERT the ``created`` instances (one that names an instance not written yet after
    it) and UPDATE the ``changed`` ones, a batch at a time, as ``save()`` would write them
    (``pre_save``, ``auto_now``), with one history record each; the public pages' cache is
    told once. ``stored``: the ``stored_values`` of the ``changed`` instances before their
    change, in their order (only the columns that changed are written), or None (all)."""
    if not created and not changed:
        return
    for instance in [*created, *changed]:
        pre_save.send(
            sender=model, instance=instance, raw=False, using=model.objects.db, update_fields=None
        )
    waiting = list(created)
    while waiting:
        ready = [instance for instance in waiting if not waits_for(instance)]
        if not ready:
            raise ValueError("rows that name each other cannot be written")
        model.objects.bulk_create(ready)
        waiting = [instance for instance in waiting if instance.pk is None]
    if changed:
        now = timezone.now()
        fields = [field for field in model._meta.concrete_fields if not field.primary_key]
        if stored is not None:
            differ = {
                attname
                for instance, before in zip(changed, stored, strict=True)
                for attname, value in before.items()
                if getattr(instance, attname) != value
            }
            fields = [f for f in fields if f.attname in differ or getattr(f, "auto_now", False)]
        for field in fields:
            if getattr(field, "auto_now", False):
                for instance in changed:
                    setattr(instance, field.attname, now)
        model.objects.bulk_update(changed, [field.name for field in fields], batch_size=200)
    record_in_bulk(created, created=True)
    record_in_bulk(changed, created=False)
    bump_content_version()
