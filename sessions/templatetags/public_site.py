"""Template tags of the public site: translated fields with their fallback, a session's
designation, dates and URLs, the programme's days, times and items, the language switcher."""

from django import template
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language

from agendas.rendition import continued_title, day_heading, item_reference
from config.lib.dates import date_interval, time_interval, time_zone_name
from config.lib.i18n import Translated, language_links, translated
from sessions.models import ProgrammeStyle

register = template.Library()


@register.simple_tag
def tr(obj, field, original_language=None):
    """``{% tr item "title" session.original_language %}``: the field in the reader's language,
    or its fallback (English, then the original language) inside ``<span lang="..">``.

    ``{% tr item "annotation" as text %}`` gives the value itself: ``text.text``,
    ``text.lang``, ``text.fallback``.
    """
    if obj is None:
        return ""
    return translated(obj, field, original_language)


@register.simple_tag
def designation(session, capfirst=False):
    """``{% designation session capfirst=True %}``: the session's title in the reader's language
    or its fallback, else the designation derived from its body and ordinal ("session 3 of
    the ..."), capitalized for a heading."""
    value = translated(session, "title", session.original_language)
    if value:
        # The part in the title's own language, so that a fallback reads as one phrase.
        with translation.override(value.lang):
            value = Translated(session.with_part(value.text), value.lang, value.fallback)
    else:
        value = Translated(session.designation, get_language(), False)
    return value.capfirst if capfirst else value


@register.simple_tag
def session_dates(session):
    """``{% session_dates session %}``: ``12–14 June 2024`` in the CLDR's interval form of the
    reader's language; "" for a session without dates."""
    if not session.start_date:
        return ""
    return date_interval(session.start_date, session.end_date)


@register.simple_tag
def slot_time(slot):
    """``{% slot_time slot %}``: ``10:00–13:00`` in the form of the reader's language."""
    return time_interval(slot.start_time, slot.end_time)


@register.simple_tag
def programme_day(day):
    """``{% programme_day day %}``: ``Wednesday, 12 June 2024`` (``2024年6月12日，星期三``)."""
    return day_heading(day, get_language())


@register.simple_tag
def programme_item(row):
    """``{% programme_item row as item %}``: a programme row's item as the language names it
    (``3(a)``, ``3 a)``, ``3(أ)``) and its title, with “(continued)” where it carries over."""
    language = get_language()
    return {
        "reference": item_reference(row.item, language),
        "title": continued_title(row.title, row.entry.continued, language, ProgrammeStyle.CURRENT),
    }


@register.simple_tag
def zone_name(zone, day):
    """``{% zone_name "Europe/Vienna" session.start_date %}``: Central European Summer Time."""
    return time_zone_name(zone, day, get_language())


@register.simple_tag
def session_url(session, name, **kwargs):
    """``{% session_url session "meetings:session-agenda-report" file_format="csv" %}``: a
    URL of the session's own, with its part when it is a resumed part."""
    return reverse(name, kwargs={**session.url_kwargs(), **kwargs})


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    path = request.get_full_path() if request is not None else "/"
    return {"languages": language_links(path, get_language())}
