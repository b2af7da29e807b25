"""The public site's translation fallback.

A translated field shows the reader's language when it has a value there; otherwise English,
then the original language of the session it belongs to. Text shown in another language than
the page's is wrapped in an element with its own ``lang`` attribute, so that screen readers
pronounce it and browsers pick fonts for it correctly.
"""

from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

FALLBACK_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def in_every_language(*fields):
    """``("title",)`` → ``["title_ar", "title_zh_hans", "title_en", ...]``: the columns of
    translated fields in every language (admin search fields, import-export columns)."""
    return [
        build_localized_fieldname(field, code) for field in fields for code, _ in settings.LANGUAGES
    ]


class Translated(str):
    """A field's text as shown, and the language it is in.

    It is the text itself (a ``str``), so that it prints, compares and joins as one; in a
    template, however it is printed (``{% tr %}``, ``{{ value }}`` after ``as``, a
    ``blocktranslate`` variable, ``format_html``), escaping goes through ``__html__`` and a
    fallback keeps its own ``lang``.
    """

    def __new__(cls, text, lang, fallback):
        value = super().__new__(cls, text)
        value.lang = lang
        value.fallback = fallback
        return value

    @property
    def text(self):
        """The plain text (for a ``<title>``, an attribute, a CSV cell)."""
        return str.__str__(self)

    @property
    def capfirst(self):
        """The same text with its first letter capitalized (a designation used as a heading)."""
        return Translated(self[:1].upper() + self[1:], self.lang, self.fallback)

    def __html__(self):
        """The text, escaped, inside ``<span lang="..">`` when it is a fallback."""
        if self.fallback and self:
            return format_html('<span lang="{}">{}</span>', self.lang, self.text)
        return format_html("{}", self.text)


def fallback_languages(language, original_language=None):
    """The languages to try, in order: the reader's, English, the original language."""
    order = [language, FALLBACK_LANGUAGE]
    if original_language:
        order.append(original_language)
    seen = []
    for code in order:
        if code and code not in seen:
            seen.append(code)
    return seen


def first_translation(sources, language, original_language=None):
    """The first text among ``sources`` (``(object, field)`` pairs, all tried in one language
    before the next language is tried) in the fallback order, with its language.

    An empty :class:`Translated` when no source has the text in any of those languages.
    """
    for code in fallback_languages(language, original_language):
        for obj, field in sources:
            if obj is None:
                continue
            value = getattr(obj, build_localized_fieldname(field, code), None)
            if value is not None and str(value).strip():
                return Translated(str(value), code, code != language)
    return Translated("", language, False)


def translated(obj, field, original_language=None, language=None):
    """The value of a translated ``field`` of ``obj`` for the reader, with its language."""
    language = language or get_language() or FALLBACK_LANGUAGE
    return first_translation([(obj, field)], language, original_language)


# Each language named in itself, as the United Nations names them.
LOCAL_NAMES = {
    "ar": "العربية",
    "zh-hans": "中文",
    "en": "English",
    "fr": "Français",
    "ru": "Русский",
    "es": "Español",
}


def language_links(path, current):
    """The language switcher's links: the same page (path and query) in every language."""
    return [
        {
            "code": code,
            "name": LOCAL_NAMES.get(code, code),
            "url": translate_url(path, code),
            "current": code == current,
        }
        for code, _name in settings.LANGUAGES
    ]
