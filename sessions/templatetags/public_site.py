"""Template tags of the public site: translated fields with their fallback, a session's
designation, dates and URLs, the lines of the lists (a session, an agenda item, a document,
a resolution), the programme's days, times and items, the language switcher.

The lines are made here rather than of template partials: a list shows dozens of them, and
rendering a line through its nested partials cost ten times as much as these functions."""

from django import template
from django.utils import translation
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language, gettext

from agendas.rendition import continued_title, day_heading, item_reference
from config.lib.dates import date_interval, time_interval, time_zone_name
from config.lib.i18n import Translated, language_links, translated
from config.lib.urls import reverse_once
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
    if not value:
        value = Translated(session.designation, get_language(), False)
    elif session.part:
        # The part in the title's own language, so that a fallback reads as one phrase.
        with translation.override(value.lang):
            value = Translated(session.with_part(value.text), value.lang, value.fallback)
    return value.capfirst if capfirst else value


@register.simple_tag
def session_dates(session):
    """``{% session_dates session %}``: ``12–14 June 2024`` in the CLDR's interval form of the
    reader's language; "" for a session without dates."""
    if not session.start_date:
        return ""
    return date_interval(session.start_date, session.end_date)


@register.simple_tag
def session_line(session):
    """``{% session_line session %}``: the session as lists show it: "Eighteenth meeting of the
    Working Group on Asset Recovery — 12–14 June 2024, Vienna, Austria", linked, marked when
    a draft. The designation is the session's own in the reader's language (it names the
    body), the dates the CLDR's interval."""
    dates = ""
    if session.start_date:
        dates = format_html(' — <span class="dates">{}</span>', session_dates(session))
    badge = ""
    if not session.is_published:
        badge = format_html(' <strong class="badge">{}</strong>', gettext("Draft"))
    return format_html(
        '<a href="{}">{}</a>{}{}{}',
        session.get_absolute_url(),
        designation(session, capfirst=True),
        dates,
        session_place(session),
        badge,
    )


@register.simple_tag
def session_place(session):
    """``{% session_place session %}``: ", St. Petersburg, Russia": the city and the country in
    the reader's language ("" for a session with neither)."""
    city = ""
    if session.has_city():
        city = format_html(", {}", translated(session, "city", session.original_language))
    country = format_html(", {}", session.country_name) if session.country else ""
    return format_html("{}{}", city, country)


@register.simple_tag
def session_short_label(session):
    """``{% session_short_label session %}``: "Asset Recovery Working Group 18 (2024)": the
    body's short name, the ordinal (and part), the year."""
    year = f" ({session.start_date.year})" if session.start_date else ""
    return format_html("{} {}{}", translated(session.body, "short_name"), session.numbered, year)


@register.simple_tag
def item_line(item):
    """``{% item_line item %}``: an agenda item as lists show it: "Agenda item 2: title",
    linked, and its session ("Asset Recovery Working Group 18 (2024)"). The item's session
    and body are read with it."""
    session = item.session
    # The sentence as translated (its apostrophes kept), the label escaped in it.
    name = mark_safe(gettext("Agenda item %(label)s") % {"label": escape(item.label)})  # noqa: S308
    return format_html(
        '<a href="{}">{}: {}</a> – {}',
        item.get_absolute_url(),
        name,
        translated(item, "title", session.original_language),
        session_short_label(session),
    )


@register.simple_tag
def document_line(document):
    """``{% document_line document %}``: "CAC/COSP/2023/14: title", linked."""
    return format_html(
        '<a href="{}">{}</a>: {}',
        document.get_absolute_url(),
        document.symbol,
        translated(document, "title"),
    )


@register.simple_tag
def resolution_line(resolution):
    """``{% resolution_line resolution %}``: "Resolution 10/6: title", linked."""
    return format_html(
        '<a href="{}">{}</a>: {}',
        resolution.get_absolute_url(),
        capfirst(resolution.label),
        translated(resolution, "title"),
    )


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
    return reverse_once(name, **{**session.url_kwargs(), **kwargs})


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    path = request.get_full_path() if request is not None else "/"
    return {"languages": language_links(path, get_language())}
