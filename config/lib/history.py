"""History of the editors' changes (django-simple-history), one record per real change."""

import simple_history
from django.db import connections, router
from django.utils import timezone
from modeltranslation.translator import translator
from simple_history.models import HistoricalRecords
from simple_history.signals import pre_create_historical_record
from simple_history.utils import get_history_model_for_model


def translation_columns(model):
    """The per-language columns of a model's translated fields: title_en, title_zh_hans, ..."""
    options = translator.get_options_for_model(model)
    return {field.name for fields in options.all_fields.values() for field in fields}


#: {model: its ChangedOnlyHistoricalRecords}
RECORDS = {}


class ChangedOnlyHistoricalRecords(HistoricalRecords):
    """Records a save only when a tracked field changed.

    The admin saves the main object on every submit, even when only an inline row changed,
    and code may save a row unchanged: neither should add an empty entry to the object's
    history. An empty translation is stored as "" or NULL depending on who
    wrote it (a form or code): the history treats both as the same empty text.
    """

    def finalize(self, sender, **kwargs):
        super().finalize(sender, **kwargs)
        RECORDS[sender] = self
        self.blank_columns = translation_columns(sender)
        pre_create_historical_record.connect(
            self.blank_not_null, sender=get_history_model_for_model(sender), weak=False
        )

    def blank_not_null(self, history_instance, **kwargs):
        for name in self.blank_columns:
            if getattr(history_instance, name) is None:
                setattr(history_instance, name, "")

    def comparable(self, name, value):
        return "" if value is None and name in self.blank_columns else value

    def post_save(self, instance, created, using=None, **kwargs):
        if not created and not kwargs.get("raw", False) and self.unchanged(instance, using):
            return
        super().post_save(instance, created, using=using, **kwargs)

    def unchanged(self, instance, using):
        latest = getattr(instance, self.manager_name).using(using).first()
        if latest is None:
            return False
        return all(
            self.comparable(field.attname, getattr(latest, field.attname))
            == self.comparable(field.attname, getattr(instance, field.attname))
            for field in self.fields_included(instance)
        )


def register(model, **options):
    """Track ``model``'s history, translation columns included (call it in translation.py,
    after the model's translation options are registered)."""
    simple_history.register(model, records_class=ChangedOnlyHistoricalRecords, **options)


#: Rows whose history one INSERT ... SELECT copies at most (SQLite allows 999 variables).
COPIED_PER_QUERY = 500


def record_in_bulk(instances, *, created):
    """One history record for each of ``instances`` (saved by ``bulk_create`` or
    ``bulk_update``, which send no ``post_save``), as ``post_save`` records one save. The
    database copies the rows as they are now written into the history table (``INSERT ...
    SELECT``, an empty translation as ""), for each group of instances with the same date,
    user and reason of the change: no record is built in Python. The caller passes only rows
    that changed."""
    instances = list(instances)
    if not instances:
        return
    model = type(instances[0])
    records = RECORDS.get(model)
    if records is None:
        return  # a model without history
    history_type = "+" if created else "~"
    now = timezone.now()
    groups = {}
    for instance in instances:
        user = records.get_history_user(instance)
        reason = records.get_change_reason_for_object(instance, history_type, None)
        date = getattr(instance, "_history_date", now)
        key = (date, getattr(user, "pk", None), reason)
        groups.setdefault(key, []).append(instance.pk)
    fields = records.fields_included(instances[0])
    for (date, user, reason), ids in groups.items():
        change = (date, history_type, user, reason)
        for start in range(0, len(ids), COPIED_PER_QUERY):
            _copy_to_history(model, records, fields, ids[start : start + COPIED_PER_QUERY], change)


def _copy_to_history(model, records, fields, ids, change):
    """INSERT ... SELECT of the rows ``ids`` of ``model`` into its history table, with the
    ``change``'s date, type, user and reason."""
    history_model = get_history_model_for_model(model)
    connection = connections[router.db_for_write(history_model)]
    quote = connection.ops.quote_name
    targets, sources = [], []
    for field in fields:
        targets.append(quote(history_model._meta.get_field(field.name).column))
        source = quote(field.column)
        sources.append(
            f"COALESCE({source}, '')" if field.attname in records.blank_columns else source
        )
    for name in ("history_date", "history_type", "history_user_id", "history_change_reason"):
        targets.append(quote(name))
        sources.append("%s")
    table, key = quote(model._meta.db_table), quote(model._meta.pk.column)
    # Quoted names of the project's own tables and columns; the values are parameters.
    sql = (
        f"INSERT INTO {quote(history_model._meta.db_table)} ({', '.join(targets)}) "  # noqa: S608
        f"SELECT {', '.join(sources)} FROM {table} "
        f"WHERE {key} IN ({', '.join(['%s'] * len(ids))}) ORDER BY {key}"
    )
    date, *values = change
    params = [connection.ops.adapt_datetimefield_value(date), *values, *ids]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
