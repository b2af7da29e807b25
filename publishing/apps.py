from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublishingConfig(AppConfig):
    """What the public site publishes for other systems: calendars, feeds, the JSON API and
    Akoma Ntoso. It reads the three domain apps; none of them reads it."""

    name = "publishing"
    label = "publishing"
    verbose_name = _("Publishing")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import deletions  # noqa: PLC0415 (connects the signals: the apps must be loaded)

        deletions.connect()
