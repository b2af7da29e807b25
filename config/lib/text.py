"""Text as it is stored: paragraphs separated by ``\\n`` whatever sent them.

Browsers send a textarea's line breaks as ``\\r\\n``: stored as they come, an annotation
saved unchanged from the admin would differ from the same annotation imported from a file,
and every save would record a change that nobody made.
"""

from django.db import models
from django.db.models.signals import pre_save


def unix_newlines(text):
    """``"a\\r\\nb\\rc"`` → ``"a\\nb\\nc"``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def store_unix_newlines(sender, instance, **kwargs):
    """Before a row is saved: its text columns with ``\\n`` line breaks only."""
    for field in sender._meta.concrete_fields:
        if isinstance(field, models.TextField):
            value = getattr(instance, field.attname)
            if isinstance(value, str) and "\r" in value:
                setattr(instance, field.attname, unix_newlines(value))


def install(app_configs):
    """Store ``\\n`` line breaks in every text column of the models of ``app_configs``."""
    for app_config in app_configs:
        for model in app_config.get_models():
            pre_save.connect(
                store_unix_newlines, sender=model, dispatch_uid=f"unix-newlines-{model._meta}"
            )
