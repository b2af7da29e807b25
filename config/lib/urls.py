"""URLs reversed once per worker: a list reverses the same patterns for each of its rows
(a session's page, a resolution's, a document's), and Django's ``reverse`` matches the
arguments against the pattern again at each call (about 20 microseconds, a tenth of a
session's line in a list)."""

import functools

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language

#: How many URLs a worker remembers (a few megabytes): the pages of every session, body,
#: resolution and document of the corpus in the six languages, and more.
REMEMBERED = 65536


def reverse_once(viewname, **kwargs):
    """``reverse(viewname, kwargs=kwargs)``, remembered for the URL configuration, the
    script prefix and the language it was made under (``i18n_patterns`` prefixes the
    language)."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    key = (urlconf, get_script_prefix(), get_language(), viewname, tuple(kwargs.items()))
    return _reversed(key)


@functools.lru_cache(maxsize=REMEMBERED)
def _reversed(key):
    _urlconf, _prefix, _language, viewname, items = key
    return reverse(viewname, kwargs=dict(items))


@receiver(setting_changed)
def forget_urls(*, setting, **_kwargs):
    """A new URL configuration (a test's ``override_settings``) forgets every URL."""
    if setting in ("ROOT_URLCONF", "LANGUAGES", "LANGUAGE_CODE", "FORCE_SCRIPT_NAME"):
        _reversed.cache_clear()
