"""The site's translation fallback: one rule for what a reader sees of a translated field.

A translated field shows the reader's language when it has a value there; otherwise English,
then the original language of the document it belongs to, then any language that has text
(in the order of ``settings.LANGUAGES``). Content may exist in one language only, and not
necessarily English: a field needs text in at least one language (:func:`require_text`).

Text shown in another language than the page's is isolated and marked: an inline value is a
``<bdi>`` with its own ``lang`` and ``dir`` followed by a small translated marker naming its
language ("(English)"); a block (an annotation) carries ``lang`` and ``dir`` on its element
and a "Text in English" line (``Translated.block_label``). Screen readers pronounce it in its
language, browsers pick fonts for it, and in a right-to-left page the punctuation of an
English sentence stays at its end.
"""

import functools

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Case, F, Func, IntegerField, Q, TextField, Value, When
from django.db.models.functions import Coalesce
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_bidi, get_language_info, gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

FALLBACK_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def in_every_language(*fields):
    """``("title",)`` → ``["title_ar", "title_zh_hans", "title_en", ...]``: the columns of
    translated fields in every language (admin search fields, import-export columns)."""
    return [
        build_localized_fieldname(field, code) for field in fields for code, _ in settings.LANGUAGES
    ]


class EveryLanguage(Func):
    """Every language column of a translated field as one text, in the order of
    ``settings.LANGUAGES``, a line break between two (an empty column as ""):
    ``COALESCE(title_ar, '') || '\n' || COALESCE(title_zh_hans, '') || ...`` on every
    database. Written flat, with its line breaks in the SQL (no parameter), so that an index
    of it (the search's, on PostgreSQL) matches the very same expression in a query."""

    template = "(%(expressions)s)"
    arg_joiner = " || '\n' || "
    output_field = TextField()

    def __init__(self, field):
        super().__init__(
            *(
                Coalesce(F(column), Value(""), output_field=TextField())
                for column in in_every_language(field)
            )
        )


def choice_label(choices, value):
    """The label of ``value`` among ``choices`` (a ``TextChoices``) in the active language, as
    ``get_<field>_display()`` gives it (the value itself when it is no choice). Only that
    label is translated: ``get_<field>_display()`` translates every choice's label at each
    call, which a list of fifty rows pays fifty times."""
    try:
        return str(choices(value).label)
    except ValueError:
        return value


def language_codes():
    """The codes of the site's languages, in the order of ``settings.LANGUAGES``."""
    return [code for code, _name in settings.LANGUAGES]


def texts_in_every_language(obj, field):
    """``{"ar": ..., "zh-hans": ..., "en": ..., ...}``: the text of a translated field in each
    language ("" where none is entered)."""
    return {
        code: getattr(obj, build_localized_fieldname(field, code)) or ""
        for code in language_codes()
    }


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

    @property
    def dir(self):
        """``rtl`` for Arabic text, else ``ltr``."""
        return text_direction(self.lang)

    @property
    def language_name(self):
        """The text's language named in the page's language ("English", "anglais")."""
        return language_name(self.lang)

    @property
    def block_label(self):
        """The line above a fallback block: "Text in English"."""
        return fallback_block_label(self.lang)

    @property
    def isolated(self):
        """True when the text must be isolated from the page's text: a fallback, or text
        whose direction is not the page's."""
        return bool(self) and (self.fallback or self.dir != page_direction())

    def __html__(self):
        """The text, escaped; a fallback inside ``<bdi lang=".." dir="..">`` followed by
        its marker, ``(English)``."""
        if not self.isolated:
            return format_html("{}", self.text)
        text = format_html('<bdi lang="{}" dir="{}">{}</bdi>', self.lang, self.dir, self.text)
        if not self.fallback:
            return text
        return format_html(
            '{}<span class="fallback-language"> {}</span>', text, fallback_marker(self.lang)
        )


def text_direction(code):
    """``rtl`` for a right-to-left language, else ``ltr``."""
    return "rtl" if code in settings.LANGUAGES_BIDI else "ltr"


def page_direction():
    return "rtl" if get_language_bidi() else "ltr"


def language_name(code):
    """A language named in the active language, as ``settings.LANGUAGES`` names it:
    "English", "anglais", "الإنكليزية"."""
    names = dict(settings.LANGUAGES)
    return str(names[code]) if code in names else get_language_info(code)["name_translated"]


def fallback_marker(code):
    """The marker after an inline fallback: ``(English)``, ``（英文）``."""
    return gettext("(%(language)s)") % {"language": language_name(code)}


def fallback_block_label(code):
    """The line above a block of text in another language: "Text in English"."""
    return gettext("Text in %(language)s") % {"language": language_name(code)}


def fallback_languages(language, original_language=None):
    """The languages to try, in order: the reader's, English, the original language, then
    every other language in the order of ``settings.LANGUAGES``."""
    every = (code for code, _name in settings.LANGUAGES)
    order = [language, FALLBACK_LANGUAGE, original_language, *every]
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
            if is_text(value):
                return Translated(str(value), code, code != language)
    return Translated("", language, False)


def translated(obj, field, original_language=None, language=None):
    """The value of a translated ``field`` of ``obj`` for the reader, with its language."""
    language = language or get_language() or FALLBACK_LANGUAGE
    return first_translation([(obj, field)], language, original_language)


def has_text(obj, field, code):
    """True when ``field`` of ``obj`` has text (not only spaces) in language ``code``."""
    return is_text(getattr(obj, build_localized_fieldname(field, code), None))


def is_text(value):
    """True for a column's value that is text (not None, not only spaces)."""
    return value is not None and bool(str(value).strip())


#: The characters ``str.strip()`` takes off a text's ends: those of ``str.isspace()``
#: (tests/lib/test_i18n.py checks the list against it).
SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def column_has_text(column):
    """The condition that ``column`` has text (:func:`is_text`): a character outside
    :data:`SPACES`, found by the database."""
    return Q(**{f"{column}__regex": f"[^{SPACES}]"})


class LanguagesWithText(Func):
    """The languages in which a translated field has text (:func:`is_text`), worked out by
    the database as one number: bit ``i`` is set when the ``i``-th language of
    ``settings.LANGUAGES`` has text (a character outside :data:`SPACES`). Reading it is
    cheaper than reading the texts; :func:`codes_of_languages` turns it into codes."""

    template = "(%(expressions)s)"
    arg_joiner = " + "
    output_field = IntegerField()
    # The database gives an integer already: no conversion of each row's number.
    convert_value = staticmethod(Func._convert_value_noop)

    def __init__(self, field):
        super().__init__(
            *(
                Case(When(column_has_text(column), then=Value(1 << at)), default=0)
                for at, column in enumerate(in_every_language(field))
            )
        )


def first_with_text(field, language, original_language):
    """The public pages' fallback (:func:`fallback_languages`) over a translated ``field``,
    worked out by the database: the expressions of its first text (a character outside
    :data:`SPACES`) in the order of ``language``, English, the row's original language (the
    path ``original_language``), then every other language, and of that text's language
    code; ``""`` and ``language`` when no language has text. The same as
    :class:`config.lib.reporting.Fallback` gives from the texts, without reading them all."""
    codes = language_codes()
    columns = dict(localized_columns(field, tuple(codes)))
    first = [code for code in dict.fromkeys((language, FALLBACK_LANGUAGE)) if code in columns]
    others = [code for code in codes if code not in first]
    steps = [(column_has_text(columns[code]), code) for code in first]
    steps += [
        (Q(**{original_language: code}) & column_has_text(columns[code]), code) for code in others
    ]
    steps += [(column_has_text(columns[code]), code) for code in others]
    text = Case(
        *(When(condition, then=F(columns[code])) for condition, code in steps),
        default=Value(""),
        output_field=TextField(),
    )
    code = Case(
        *(When(condition, then=Value(code)) for condition, code in steps),
        default=Value(language),
        output_field=TextField(),
    )
    return text, code


def codes_of_languages(number, codes=None):
    """The codes of the languages of a :class:`LanguagesWithText` number, in the order of
    ``settings.LANGUAGES``: ``5`` → ``("ar", "en")``. ``codes``: the site's codes as a tuple,
    when the caller reads many numbers (made once rather than for each)."""
    return codes_in(number, codes or tuple(language_codes()))


@functools.cache
def codes_in(number, codes):
    return tuple(code for at, code in enumerate(codes) if number & (1 << at))


def languages_with_text(obj, field):
    """The codes of the languages in which ``field`` of ``obj`` has text."""
    return [
        code
        for code, column in localized_columns(field, tuple(language_codes()))
        if is_text(getattr(obj, column, None))
    ]


@functools.cache
def localized_columns(field, codes):
    """``[(code, column), ...]`` of a translated field in the languages ``codes``."""
    return [(code, build_localized_fieldname(field, code)) for code in codes]


def require_text(obj, *fields):
    """The errors of ``obj``'s translated ``fields`` that have text in no language, keyed by
    each field's column in the default language (``title_en``: the column every form and
    import file has): ``{}`` when every field has text somewhere. For a model's clean()."""
    errors = {}
    for field in fields:
        if not languages_with_text(obj, field):
            verbose = obj._meta.get_field(field).verbose_name
            errors[build_localized_fieldname(field, FALLBACK_LANGUAGE)] = ValidationError(
                _(
                    "Enter the %(field)s in at least one language: it may be in any of the "
                    "six, not necessarily English."
                ),
                code="no_language",
                params={"field": verbose},
            )
    return errors


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
