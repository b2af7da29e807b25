"""Countries by their ISO 3166 two-letter code, named in any language from the Unicode CLDR
data that Babel carries: ``country_name("RU", "zh-hans")`` → ``俄罗斯``."""

from functools import cache

from babel import Locale, UnknownLocaleError
from django.utils.translation import get_language, to_locale

#: Codes CLDR names that are regions or groupings, not countries.
NOT_COUNTRIES = {"EU", "EZ", "QO", "UN", "ZZ"}


@cache
def names_in(language):
    """{code: name} of every country, in ``language`` (a Django language code)."""
    try:
        locale = Locale.parse(to_locale(language))
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse("en")
    return {
        code: name
        for code, name in locale.territories.items()
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES
    }


def is_country(code):
    return code in names_in("en")


def country_name(code, language=None):
    """The country's name in ``language`` (the active one by default); the code itself when
    CLDR does not know it, "" for no code."""
    if not code:
        return ""
    return names_in(language or get_language() or "en").get(code, code)


def country_choices(language=None):
    """(code, name) of every country, sorted by name in ``language``: a form's choices."""
    names = names_in(language or get_language() or "en")
    return sorted(names.items(), key=lambda pair: pair[1].casefold())
