"""Dates and times as the public pages show them, in the CLDR's interval forms (Babel):
``12–14 June 2024``, ``2024年6月12日 – 14日``, ``12–14 يونيو 2024``; ``10:00–13:00``.

Most languages have CLDR intervals of abbreviated months only (``yMMMd``: ``12–14 Jun
2024``); the CLDR asks a program that wants the month written out, as the long date of the
language writes it, to widen the month of that nearest pattern (``MMM`` → ``MMMM``), which
Babel's ``format_interval`` does not do: done here. A language whose long date has no month
name (Chinese: ``2024年6月12日``) keeps the pattern as it is.
"""

import datetime
import re
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_interval, get_timezone, get_timezone_name
from babel.dates import parse_pattern as parse_date_pattern
from django.utils.translation import get_language, to_locale

#: The CLDR locale of a site language where it is not the language's own: United Nations
#: English writes the day first, as international English does ("12–14 June 2024", not the
#: American "June 12 – 14, 2024"; en_GB's intervals have spaces around the dash).
LOCALES = {"en": "en_001", "zh-hans": "zh_Hans_CN"}

#: The interval of days with the month written out, and the nearest one every language has.
SKELETON = "yMMMMd"
NEAREST_SKELETON = "yMMMd"
ABBREVIATED_MONTH = re.compile(r"(?<![ML])([ML])\1\1(?![ML])")


@cache
def babel_locale(language):
    """The Babel locale of a Django language code (``zh-hans`` → ``zh_Hans_CN``)."""
    try:
        return Locale.parse(LOCALES.get(language) or to_locale(language))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(LOCALES["en"])


def widened(pattern):
    """``d–d MMM y`` → ``d–d MMMM y``: the month written out."""
    return ABBREVIATED_MONTH.sub(lambda match: match[1] * 4, pattern)


def interval_patterns(locale, greatest):
    """The two halves of the language's interval of days that differ in ``greatest``
    (``y``, ``M`` or ``d``), with the month as its long date writes it."""
    formats = locale.interval_formats
    if SKELETON in formats:
        return formats[SKELETON][greatest]
    patterns = formats[NEAREST_SKELETON][greatest]
    if "MMMM" not in locale.date_formats["long"].pattern:
        return patterns
    return [widened(pattern) for pattern in patterns]


def greatest_difference(start, end):
    if start.year != end.year:
        return "y"
    return "M" if start.month != end.month else "d"


def date_interval(start, end, language=None):
    """The days from ``start`` to ``end`` in ``language`` (the active one by default), in
    the CLDR's interval form: ``12–14 June 2024``; one day alone: ``12 June 2024``."""
    locale = babel_locale(language or get_language() or "en")
    if end is None or start == end:
        return format_date(start, "long", locale=locale)
    first, second = interval_patterns(locale, greatest_difference(start, end))
    return parse_date_pattern(first).apply(start, locale) + parse_date_pattern(second).apply(
        end, locale
    )


def time_interval(start, end, language=None):
    """``10:00–13:00`` (a 24-hour clock) in the form of ``language``."""
    locale = babel_locale(language or get_language() or "en")
    return format_interval(start, end, "Hm", locale=locale)


def time_zone_name(zone, day, language=None):
    """The zone's name on ``day`` in ``language``: ``Central European Summer Time``,
    ``中欧夏令时间``, for a zone's IANA name (``Europe/Vienna``)."""
    locale = babel_locale(language or get_language() or "en")
    moment = datetime.datetime.combine(day, datetime.time(12), tzinfo=get_timezone(zone))
    return get_timezone_name(moment, width="long", locale=locale)
