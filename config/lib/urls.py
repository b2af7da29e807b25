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

#: How many URLs a worker remembers (about 0.6 KB each with its key: some 10 MB): the pages
#: of 2,700 sessions, bodies, resolutions or documents in the six languages; past that the
#: least recently used are reversed again.
REMEMBERED = 16384


def reverse_once(viewname, **kwargs):
    """``reverse(viewname, kwargs=kwargs)``, remembered for the URL configuration, the
    script prefix and the language it was made under (``i18n_patterns`` prefixes the
    language)."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    # Each value with its type: True and 1 are equal keys but not the same URL.
    values = tuple((name, value.__class__, value) for name, value in kwargs.items())
    key = (urlconf, get_script_prefix(), get_language(), viewname, values)
    try:
        return _reversed(key)
    except TypeError:  # a value that cannot be a key (a list): reversed each time
        return reverse(viewname, kwargs=kwargs)


@functools.lru_cache(maxsize=REMEMBERED)
def _reversed(key):
    _urlconf, _prefix, _language, viewname, values = key
    return reverse(viewname, kwargs={name: value for name, _type, value in values})


@receiver(setting_changed)
def forget_urls(*, setting, **_kwargs):
    """A new URL configuration (a test's ``override_settings``) forgets every URL."""
    if setting in ("ROOT_URLCONF", "LANGUAGES", "LANGUAGE_CODE", "FORCE_SCRIPT_NAME"):
        _reversed.cache_clear()
