"""History of the editors' changes (django-simple-history), one record per real change."""

import simple_history
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


def record_in_bulk(instances, *, created):
    """One history record for each of ``instances`` (saved by ``bulk_create`` or
    ``bulk_update``, which send no ``post_save``), as ``post_save`` records one save, in
    one INSERT. The caller passes only rows that changed."""
    instances = list(instances)
    if not instances:
        return
    model = type(instances[0])
    records = RECORDS.get(model)
    if records is None:
        return  # a model without history
    history_model = get_history_model_for_model(model)
    now = timezone.now()
    rows = []
    for instance in instances:
        history_type = "+" if created else "~"
        row = history_model(
            history_date=getattr(instance, "_history_date", now),
            history_type=history_type,
            history_user=records.get_history_user(instance),
            history_change_reason=records.get_change_reason_for_object(
                instance, history_type, None
            ),
            **{
                field.attname: getattr(instance, field.attname)
                for field in records.fields_included(instance)
            },
        )
        records.blank_not_null(row)
        rows.append(row)
    history_model.objects.bulk_create(rows)
