"""History of the editors' changes (django-simple-history), one record per real change."""

import simple_history
from modeltranslation.translator import translator
from simple_history.models import HistoricalRecords
from simple_history.signals import pre_create_historical_record
from simple_history.utils import get_history_model_for_model


def translation_columns(model):
    """The per-language columns of a model's translated fields: title_en, title_zh_hans, ..."""
    options = translator.get_options_for_model(model)
    return {field.name for fields in options.all_fields.values() for field in fields}


class ChangedOnlyHistoricalRecords(HistoricalRecords):
    """Records a save only when a tracked field changed.

    The admin saves the main object on every submit, even when only an inline row changed,
    and code may save a row unchanged: neither should add an empty entry to the object's
    history. An empty translation is stored as "" or NULL depending on who
    wrote it (a form or code): the history treats both as the same empty text.
    """

    def finalize(self, sender, **kwargs):
        super().finalize(sender, **kwargs)
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
