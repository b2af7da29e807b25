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
        # Connecting the signals needs the apps loaded.
        from sessions.signals import session_published  # noqa: PLC0415

        from . import deletions, revisions  # noqa: PLC0415

        deletions.connect()
        session_published.connect(
            revisions.session_published, dispatch_uid="publishing-revision-on-publish"
        )
