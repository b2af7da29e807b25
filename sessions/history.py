"""History of the editors' changes (django-simple-history), one record per real change."""

import simple_history
from simple_history.models import HistoricalRecords


class ChangedOnlyHistoricalRecords(HistoricalRecords):
    """Records a save only when a tracked field changed.

    The admin saves the main object on every submit, even when only an inline row changed,
    and `load_demo` saves every row again on each run: neither should add an empty entry
    to the object's history.
    """

    def post_save(self, instance, created, using=None, **kwargs):
        if not created and not kwargs.get("raw", False) and self.unchanged(instance, using):
            return
        super().post_save(instance, created, using=using, **kwargs)

    def unchanged(self, instance, using):
        latest = getattr(instance, self.manager_name).using(using).first()
        if latest is None:
            return False
        return all(
            getattr(latest, field.attname) == getattr(instance, field.attname)
            for field in self.fields_included(instance)
        )


def register(model, **options):
    """Track ``model``'s history, translation columns included (call it in translation.py)."""
    simple_history.register(model, records_class=ChangedOnlyHistoricalRecords, **options)
