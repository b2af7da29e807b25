"""Sessions as iCalendar (RFC 5545) calendars, built with the ``icalendar`` library.

Each slot of a session's programme of work is an event (its agenda items, the room and the
venue), in the session's time zone; a session without a programme is one all-day event over
its dates. Texts are in the reader's language, with the public site's fallback.

An event's UID is derived from the row it shows (``slot-12@host``, ``session-3@host``), never
from the language or the times, so that a subscribed calendar updates the event in place when
a slot moves.
"""

import datetime

from django.conf import settings
from django.db.models import Prefetch
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from config.lib.i18n import translated
from sessions.models import ProgrammeEntry, ProgrammeSlot, Session

from .texts import city, designation, short_name

PRODID = "-//wgsessions//Sessions calendar//EN"


def calendar_sessions(sessions):
    """``sessions`` with what their events show, in a fixed number of queries."""
    entries = ProgrammeEntry.objects.select_related("agenda_item").order_by("position", "pk")
    slots = ProgrammeSlot.objects.order_by("date", "start_time").prefetch_related(
        Prefetch("entries", queryset=entries)
    )
    return (
        sessions.select_related("body", "venue")
        .prefetch_related(Prefetch("programme_slots", queryset=slots))
        .order_by("start_date", "body__symbol_prefix", "ordinal", "part")
    )


def location(session):
    parts = [translated(session, "room", session.original_language).text]
    if session.venue is not None:
        parts.append(translated(session.venue, "name").text)
    parts.append(city(session))
    return ", ".join(part for part in parts if part)


def entry_line(entry, session):
    title = translated(entry, "title", session.original_language)
    if not title:
        title = translated(entry.agenda_item, "title", session.original_language)
    line = f"{entry.agenda_item.label}. {title.text}"
    if entry.continued:
        line += " " + _("(continued)")
    return line


def slot_event(slot, session, url, host):
    zone = session.time_zone
    lines = [entry_line(entry, session) for entry in slot.entries.all()]
    event = Event()
    event.add("uid", f"slot-{slot.pk}@{host}")
    event.add("dtstamp", session.modified)
    event.add("last-modified", max(session.modified, slot.modified))
    event.add("dtstart", datetime.datetime.combine(slot.date, slot.start_time, tzinfo=zone))
    event.add("dtend", datetime.datetime.combine(slot.date, slot.end_time, tzinfo=zone))
    summary = short_name(session)
    if lines:
        summary += ": " + "; ".join(lines)
    event.add("summary", summary)
    event.add("description", "\n".join([designation(session), *lines, url]))
    event.add("location", location(session))
    event.add("url", url)
    return event


def session_span_event(session, url, host):
    """The whole session as one all-day event (a session without a programme of work)."""
    event = Event()
    event.add("uid", f"session-{session.pk}@{host}")
    event.add("dtstamp", session.modified)
    event.add("last-modified", session.modified)
    event.add("dtstart", session.start_date)
    # DTEND of an all-day event is the day after the last one (RFC 5545, 3.6.1).
    event.add("dtend", session.end_date + datetime.timedelta(days=1))
    event.add("summary", f"{short_name(session)}: {designation(session)}")
    event.add("description", "\n".join([designation(session), url]))
    event.add("location", location(session))
    event.add("url", url)
    return event


def session_events(session, url, host):
    """The events of ``session`` (read by :func:`calendar_sessions`); none without dates."""
    slots = list(session.programme_slots.all())
    if slots:
        return [slot_event(slot, session, url, host) for slot in slots]
    if session.start_date and session.end_date:
        return [session_span_event(session, url, host)]
    return []


def build_calendar(sessions, *, name, absolute_url, host):
    """The iCalendar file (bytes) of ``sessions``: ``absolute_url(session)`` is the link of
    a session's page, ``host`` names the site in the events' UIDs."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    for session in sessions:
        for event in session_events(session, absolute_url(session), host):
            calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def published_sessions():
    return calendar_sessions(Session.objects.published())
