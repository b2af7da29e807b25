"""Writes on sessions that the admin, the import and the commands share: publishing,
returning to draft, and preparing the next session of a body.

Each is a function with keyword arguments that validates and runs in one transaction;
a refusal is a ValidationError whose message says what is missing.

**The next session.** Every provisional agenda opens with item 1, "Organizational matters", and its sub-items
(a) "Opening of the session" (or "of the meeting") and (b) "Adoption of the agenda and
organization of work", and closes with "Adoption of the report". The next session's draft
gets those items, renumbered 1 and 2, so the secretariat only adds the substantive items
between them (and renumbers the adoption of the report last).

Their titles are copied in every language the source has. The standard titles are strings
of the message catalogue (locale/<language>/LC_MESSAGES/django.po), so the languages the
source lacks are filled in from the official wording of each language.

The draft also takes what a body keeps from one session to the next: its dates proposed
from the last one's (the same weekdays, 52 weeks later: 12–14 June 2024, Wednesday to
Friday, gives 11–13 June 2025), the venue, room, format, city, country and opening time,
the resolutions the agenda was prepared under, and the agenda symbol of the new year
(``CAC/COSP/WG.2/2024/1`` gives ``CAC/COSP/WG.2/2025/1``). What it copied and what the
editor should check is its ``preparation`` (a :class:`Preparation`).
"""

import dataclasses
import datetime
import re

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import translation
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext, gettext_noop
from modeltranslation.utils import build_localized_fieldname

from agendas.models import AgendaItem
from config.lib.i18n import language_codes, texts_in_every_language
from documents.models import Document
from documents.services import keep_agenda_document

from .models import ProgrammeEntry, Session
from .signals import session_published


@transaction.atomic
def publish_session(*, session):
    """Publish ``session``: delegates see it from now on. Refused (ValidationError on
    ``status``, naming what is missing) without dates, a city and a country, and an agenda
    item unless it is a session published without an agenda."""
    missing = session.missing_for_publication(agenda_item_count=session.agenda_items.count())
    if missing:
        raise ValidationError({"status": session.publication_refusal(missing)})
    session.status = Session.Status.PUBLISHED
    session.full_clean()
    session.save()
    keep_agenda_document(session=session)
    session_published.send(sender=Session, session=session)
    return session


@transaction.atomic
def return_to_draft(*, session):
    """Hide ``session`` from delegates again (editors still see it)."""
    session.status = Session.Status.DRAFT
    session.full_clean()
    session.save()
    return session


# The standard titles of the standing items, as the message catalogue knows them.
STANDARD_TITLES = (
    gettext_noop("Organizational matters"),
    gettext_noop("Opening of the session"),
    gettext_noop("Opening of the meeting"),
    gettext_noop("Adoption of the agenda and organization of work"),
    gettext_noop("Adoption of the report"),
)


def standing_titles(item):
    """An item's title in every language: its own, or the catalogue's for a standard title."""
    titles = texts_in_every_language(item, "title")
    msgid = next(
        (title for title in STANDARD_TITLES if titles.get("en", "").strip() == title), None
    )
    if msgid is not None:
        for code in language_codes():
            if not titles[code]:
                with translation.override(code):
                    titles[code] = gettext(msgid)
    return titles


def standing_items(session):
    """The session's item 1 with its sub-items, and its last item (the adoption of the report)."""
    top_level = list(session.agenda_items.filter(parent__isnull=True).order_by("position"))
    if not top_level:
        return None, [], None
    first = top_level[0] if top_level[0].number == 1 else None
    last = top_level[-1] if top_level[-1] is not first else None
    sub_items = list(first.sub_items.order_by("position")) if first else []
    return first, sub_items, last


def next_free_ordinal(body):
    highest = Session.objects.filter(body=body).aggregate(highest=Max("ordinal"))["highest"]
    return (highest or 0) + 1


#: A body that meets once a year meets on the same weekdays 52 weeks later.
NEXT_SESSION_INTERVAL = datetime.timedelta(weeks=52)

#: The fields of a session's place copied in every language.
PLACE_FIELDS = ("city", "room")


@dataclasses.dataclass
class Preparation:
    """What preparing a session copied from the last one, and what the editor should check,
    as sentences in the active language."""

    source: Session
    copied: list = dataclasses.field(default_factory=list)
    to_check: list = dataclasses.field(default_factory=list)


def proposed_dates(session):
    """(start, end) of the next session: the same weekdays, 52 weeks later; None without dates."""
    if not (session.start_date and session.end_date):
        return None
    return session.start_date + NEXT_SESSION_INTERVAL, session.end_date + NEXT_SESSION_INTERVAL


def proposed_symbol(session, year):
    """The agenda symbol of ``session``'s body for ``year``, numbered as ``session``'s was
    (``CAC/COSP/WG.2/2024/1`` → ``CAC/COSP/WG.2/2025/1``), or ``<prefix>/<year>/1``."""
    prefix = session.body.symbol_prefix
    pattern = rf"^{re.escape(prefix)}/\d{{4}}/(?P<number>\d+)$"
    match = re.match(pattern, session.agenda_symbol or "")
    return f"{prefix}/{year}/{match['number'] if match else 1}"


def symbol_is_free(symbol):
    return not (
        Session.objects.filter(agenda_symbol=symbol).exists()
        or Document.objects.by_symbol(symbol).exists()
    )


def weekdays(start, end):
    """“Wednesday to Friday”, or “Wednesday” for one day, in the active language."""
    if start == end:
        return date_format(start, "l")
    return gettext("%(first)s to %(last)s") % {
        "first": date_format(start, "l"),
        "last": date_format(end, "l"),
    }


def copy_place(source, draft, preparation):
    """The venue, room, format, city, country and opening time."""
    draft.venue = source.venue
    draft.format = source.format
    draft.country = source.country
    draft.opening_time = source.opening_time
    for name in PLACE_FIELDS:
        for code in language_codes():
            field = build_localized_fieldname(name, code)
            setattr(draft, field, getattr(source, field))
    if source.venue is not None:
        preparation.copied.append(gettext("Venue: %(venue)s") % {"venue": source.venue})
    else:
        preparation.to_check.append(gettext("The last session had no venue: enter one."))
    if source.room:
        preparation.copied.append(gettext("Room: %(room)s") % {"room": source.room})
    preparation.copied.append(
        gettext("Format: %(format)s") % {"format": source.get_format_display()}
    )
    if source.city or source.country:
        preparation.copied.append(
            gettext("City and country: %(place)s")
            % {"place": gettext(", ").join(filter(None, [source.city, source.country_name]))}
        )
    if source.opening_time:
        preparation.copied.append(
            gettext("Opening time: %(time)s") % {"time": time_format(source.opening_time)}
        )


def propose_dates_and_symbol(source, draft, preparation):
    dates = proposed_dates(source)
    if dates is None:
        preparation.to_check.append(
            gettext("The last session had no dates: enter the dates of this one.")
        )
        return
    draft.start_date, draft.end_date = dates
    preparation.copied.append(
        gettext("Dates proposed: %(dates)s (%(weekdays)s, 52 weeks after %(last_dates)s)")
        % {
            "dates": draft.dates_display,
            "weekdays": weekdays(*dates),
            "last_dates": source.dates_display,
        }
    )
    preparation.to_check.append(
        gettext("Check the proposed dates against the calendar of meetings.")
    )
    symbol = proposed_symbol(source, draft.start_date.year)
    if symbol_is_free(symbol):
        draft.agenda_symbol = symbol
        preparation.copied.append(
            gettext("Agenda symbol proposed: %(symbol)s") % {"symbol": symbol}
        )
    else:
        preparation.to_check.append(
            gettext("The agenda symbol %(symbol)s is taken already: enter this session's.")
            % {"symbol": symbol}
        )


@transaction.atomic
def prepare_next_session(*, session):
    """Create and return the draft of the session after ``session`` for the same body.

    The draft has the next free ordinal, the dates proposed from ``session``'s, its place,
    its resolutions, the agenda symbol of the new year, and the standing items: item 1 with
    its sub-items, and the source's last item as item 2. ``draft.preparation`` says what was
    copied and what to check.
    """
    preparation = Preparation(source=session)
    draft = Session(
        body=session.body,
        ordinal=next_free_ordinal(session.body),
        status=Session.Status.DRAFT,
        original_language=session.original_language,
        distribution=session.distribution,
        programme_style=session.programme_style,
    )
    propose_dates_and_symbol(session, draft, preparation)
    copy_place(session, draft, preparation)
    draft.full_clean()
    draft.save()

    resolutions = list(session.resolutions.order_by("session_number", "sequence"))
    draft.resolutions.set(resolutions)
    if resolutions:
        preparation.copied.append(
            gettext("Resolutions the agenda is prepared under: %(resolutions)s")
            % {"resolutions": gettext(", ").join(r.short_label for r in resolutions)}
        )
        preparation.to_check.append(
            gettext("Add the resolutions adopted since the last session, if any.")
        )

    first, sub_items, last = standing_items(session)

    def copy(item, **numbering):
        titles = standing_titles(item)
        return AgendaItem.objects.create(
            session=draft,
            **numbering,
            **{build_localized_fieldname("title", code): text for code, text in titles.items()},
        )

    number = 1
    if first is not None:
        new_first = copy(first, number=number)
        for sub_item in sub_items:
            copy(sub_item, parent=new_first, letter=sub_item.letter)
        number += 1
    if last is not None:
        copy(last, number=number)
    labels = list(draft.agenda_items.order_by("position").values_list("label", flat=True))
    if labels:
        preparation.copied.append(
            gettext("Standing agenda items: %(labels)s") % {"labels": gettext(", ").join(labels)}
        )
        preparation.to_check.append(
            gettext(
                "Add the substantive agenda items before the adoption of the report, "
                "and number the adoption of the report last."
            )
        )
    if session.title:
        preparation.to_check.append(
            gettext("Enter the session's title in each language (the last one's: “%(title)s”).")
            % {"title": session.title}
        )
    draft.preparation = preparation
    return draft


# --- The programme of work ----------------------------------------------------------------


@transaction.atomic
def set_slot_items(*, slot, items):
    """``slot`` takes up ``items`` (agenda items of its session), in that order: the entries
    of items it keeps keep their own wording, the others are removed, new ones added.
    Whether each entry continues an item of an earlier slot is derived (``derive_continued``)."""
    foreign = [item for item in items if item.session_id != slot.session_id]
    if foreign:
        raise ValidationError(gettext("The agenda item must belong to the slot's session."))
    entries = {entry.agenda_item_id: entry for entry in slot.entries.all()}
    slot.entries.exclude(agenda_item__in=[item.pk for item in items]).delete()
    for position, item in enumerate(items):
        entry = entries.get(item.pk) or ProgrammeEntry(slot=slot, agenda_item=item)
        if entry.pk is None or entry.position != position:
            entry.position = position
            entry.save()
    derive_continued(session=slot.session)


@transaction.atomic
def derive_continued(*, session):
    """Mark as continued each programme entry whose item an earlier slot of ``session``
    already takes up, and only those."""
    seen = set()
    entries = ProgrammeEntry.objects.filter(slot__session=session).order_by(
        "slot__date", "slot__start_time", "position", "pk"
    )
    slot_id, earlier = None, set()
    for entry in entries:
        if entry.slot_id != slot_id:
            slot_id, earlier = entry.slot_id, set(seen)
        continued = entry.agenda_item_id in earlier
        seen.add(entry.agenda_item_id)
        if entry.continued != continued:
            entry.continued = continued
            entry.save(update_fields=["continued", "modified"])
