"""Which language's text to show when a translation is missing.

The rule of the public pages: the language asked for, then English, then the original
language of the session the text belongs to, then any language that has the text.
"""

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname


def fallback_languages(language, original_language=None):
    """``("zh-hans", "fr")`` → ``["zh-hans", "en", "fr", "ar", "ru", "es"]``: the order in
    which a text's translations are tried."""
    order = [language, "en", original_language, *(code for code, _name in settings.LANGUAGES)]
    seen = []
    for code in order:
        if code and code not in seen:
            seen.append(code)
    return seen


def text_and_language(sources, language, original_language=None):
    """The first non-empty translation among ``sources`` (``(object, field)`` pairs, tried
    in that order for each language) and the language it is written in.

    ``("", None)`` when no source has the text in any language.
    """
    for code in fallback_languages(language, original_language):
        for obj, field in sources:
            if obj is None:
                continue
            value = getattr(obj, build_localized_fieldname(field, code), None)
            if value:
                return value, code
    return "", None


def text_in_language(obj, field, language, original_language=None):
    """``obj.field`` in ``language``, falling back to English, then the original language."""
    return text_and_language([(obj, field)], language, original_language)[0]
