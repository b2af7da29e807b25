from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    """Bodies, their sessions, venues and programmes of work.

    The folder is ``sessions``; the label is ``meetings`` because
    ``django.contrib.sessions`` owns the label ``sessions``.
    """

    name = "sessions"
    label = "meetings"
    verbose_name = _("Bodies and sessions")
    default_auto_field = "django.db.models.BigAutoField"
