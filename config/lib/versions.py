"""The version of what an admin page edits: an object and the rows edited with it (its
inlines), as they are in the database, to tell whether any of it changed since the page was
opened (optimistic concurrency: config.lib.admin refuses such a save).

A version is, for each row, a short digest of each column and of each many-to-many relation
(its link rows); the token that the page carries is the version and the time it was taken,
signed. Comparing two versions names the rows added, deleted or changed, and the fields
changed; a model with history (django-simple-history) also says who changed them and when.
"""

import datetime
import hashlib
import json
import time
from collections import defaultdict
from dataclasses import dataclass, field

from django.core import signing
from modeltranslation.translator import NotRegistered, translator
from simple_history.exceptions import NotHistoricalModelError
from simple_history.utils import get_history_model_for_model

SALT = "config.lib.versions"


class BadToken(Exception):
    """A token that was not made here (missing, altered, or signed with another key)."""


def _digest(value):
    # NULL and "" are the same empty text: a form stores "", code may store NULL.
    text = json.dumps("" if value is None else value, default=str, sort_keys=True)
    return hashlib.blake2b(text.encode(), digest_size=5).hexdigest()


def _translated_originals(model):
    """The fields modeltranslation stands in for (``title`` of ``title_en`` ...): their
    value is one of the language columns, which the version covers."""
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


def versioned_fields(model, skip_through=()):
    """The columns (all but the primary key) and the many-to-many relations of a row's
    version; ``skip_through``: link models whose rows are versioned on their own."""
    originals = _translated_originals(model)
    # A timestamp that every save sets (``auto_now``) is no edit of anyone's.
    columns = [
        f
        for f in model._meta.concrete_fields
        if not f.primary_key and f.name not in originals and not getattr(f, "auto_now", False)
    ]
    relations = [f for f in model._meta.many_to_many if f.remote_field.through not in skip_through]
    return columns, relations


def row_key(model, pk):
    return f"{model._meta.label_lower}:{pk}"


def rows_version(model, lookup, *, lock=False, skip_through=()):
    """{row key: {field name: digest}} of the rows of ``model`` matching ``lookup``, read in
    one query and one per many-to-many relation; ``lock``: locked until the transaction
    ends (PostgreSQL), so that two saves of the same page are checked one after the other."""
    columns, relations = versioned_fields(model, skip_through)
    queryset = model._base_manager.filter(**lookup).order_by()
    if lock:
        queryset = queryset.select_for_update()
    pk_name = model._meta.pk.attname
    rows = {
        row[pk_name]: {f.name: _digest(row[f.attname]) for f in columns}
        for row in queryset.values(pk_name, *[f.attname for f in columns])
    }
    for relation in relations:
        through = relation.remote_field.through
        source = through._meta.get_field(relation.m2m_field_name()).attname
        link_columns = [
            f.attname
            for f in through._meta.concrete_fields
            if not f.primary_key and f.attname != source
        ]
        links = defaultdict(list)
        for link in (
            through._base_manager.filter(**{f"{source}__in": list(rows)})
            .order_by()
            .values(source, *link_columns)
        ):
            links[link.pop(source)].append(json.dumps(link, default=str, sort_keys=True))
        for pk, fields in rows.items():
            fields[relation.name] = _digest(sorted(links[pk]))
    return {row_key(model, pk): fields for pk, fields in rows.items()}


def page_version(obj, inlines, *, lock=False):
    """The version of ``obj`` and of its inline rows: ``inlines`` lists (model, name of its
    foreign key to obj) of each inline. ``lock`` locks obj's row (see ``rows_version``)."""
    inline_models = {model for model, _fk in inlines}
    version = rows_version(type(obj), {"pk": obj.pk}, lock=lock, skip_through=inline_models)
    for model, fk_name in inlines:
        version.update(rows_version(model, {fk_name: obj.pk}))
    return version


def make_token(version):
    return signing.dumps({"at": time.time(), "rows": version}, salt=SALT, compress=True)


@dataclass
class Opened:
    """What a page's token says: when it was opened and the version it showed."""

    at: datetime.datetime
    rows: dict


def read_token(token):
    try:
        data = signing.loads(token or "", salt=SALT)
        at = datetime.datetime.fromtimestamp(float(data["at"]), tz=datetime.UTC)
        rows = data["rows"]
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise BadToken from error
    if not isinstance(rows, dict):
        raise BadToken
    return Opened(at=at, rows=rows)


@dataclass
class Change:
    """A row added, deleted or changed since a page was opened; ``fields``: the names of the
    fields changed; ``who`` and ``when``: from its history, where the model keeps one."""

    model: type
    pk: str
    kind: str  # "added", "deleted" or "changed"
    fields: list = field(default_factory=list)
    who: list = field(default_factory=list)
    when: datetime.datetime | None = None
    label: str = ""  # empty: a deleted row of a model without history


def changes(opened, current, models):
    """The rows that differ between the version ``opened`` and ``current``, in the order of
    ``current`` (deleted rows last); ``models``: {label_lower: model} of the page's rows."""
    found = []
    for key, fields in current.items():
        label, pk = key.split(":", 1)
        before = opened.get(key)
        if before is None:
            found.append(Change(models[label], pk, "added"))
        elif before != fields:
            names = [name for name in fields if before.get(name) != fields[name]]
            names += [name for name in before if name not in fields]
            found.append(Change(models[label], pk, "changed", fields=names))
    for key in opened:
        label, pk = key.split(":", 1)
        if key not in current and label in models:
            found.append(Change(models[label], pk, "deleted"))
    return found


def _history_model(model):
    try:
        return get_history_model_for_model(model)
    except NotHistoricalModelError:
        return None


def describe(found, since):
    """Fill in each change's label (the row as it is now, or as its history last knew it)
    and, for models with history, who changed it after ``since`` and when."""
    by_model = defaultdict(list)
    for change in found:
        by_model[change.model].append(change)
    for model, model_changes in by_model.items():
        pks = [model._meta.pk.to_python(change.pk) for change in model_changes]
        rows = model._base_manager.in_bulk(pks)
        history = _history_model(model)
        records = defaultdict(list)
        if history is not None:
            pk_name = model._meta.pk.attname
            for record in (
                history.objects.filter(**{f"{pk_name}__in": pks, "history_date__gt": since})
                .select_related("history_user")
                .order_by("history_date")
            ):
                records[getattr(record, pk_name)].append(record)
        for change, pk in zip(model_changes, pks, strict=True):
            own = records.get(pk, [])
            if own:
                change.when = own[-1].history_date
                change.who = list(dict.fromkeys(_user_name(r.history_user) for r in own))
            row = rows.get(pk)
            if row is None and own:
                row = own[-1].instance
            change.label = str(row) if row is not None else ""
    return found


def _user_name(user):
    if user is None:
        return None
    return user.get_full_name() or user.get_username()
