"""A reading of a provisional agenda (agendas/reading/parser.py) written into a draft session.

:func:`link_reading` says, without writing, what the reading names as the database knows
it: the session a second language version fills, the venue, the documents and resolutions
cited (known or new), the other bodies' items of the joint meetings. :func:`draft_session`
writes it in one transaction: a new draft session with its agenda, annotations, footnotes,
citations, joint meetings and programme of work; or, for a second language version of a
session already read, that language's fields of the same session. A refusal is a
ValidationError and writes nothing.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

from documents.models import Document, Resolution, symbol_validator
from sessions.models import Body, ProgrammeEntry, ProgrammeSlot, Session, SessionPart, Venue
from sessions.services import next_free_ordinal

from ..models import (
    AgendaItem,
    AgendaItemDocument,
    Footnote,
    JointMeeting,
    JointMeetingItem,
    validate_joint_items,
)
from .languages import english_city, phrases


@dataclass
class JointLink:
    item: str
    partners: list = field(default_factory=list)  # [(label, body, agenda item, footnote)]


@dataclass
class Links:
    """What a reading names, as the database knows it."""

    session: Session | None = None  # the session a second language version fills
    ordinal: int | None = None
    venue: Venue | None = None
    documents: dict = field(default_factory=dict)  # symbol → Document or None (new)
    resolutions: dict = field(default_factory=dict)  # number → Resolution or None
    joint: list = field(default_factory=list)  # [JointLink]
    problems: list = field(default_factory=list)  # what cannot be linked, for the reader

    @property
    def new_documents(self):
        return [symbol for symbol, document in self.documents.items() if document is None]

    @property
    def unknown_resolutions(self):
        return [number for number, resolution in self.resolutions.items() if resolution is None]


def localized(name, language):
    return build_localized_fieldname(name, language)


def find_resolution(number):
    session_number, sequence = (int(part) for part in number.split("/"))
    return (
        Resolution.objects.filter(session_number=session_number, sequence=sequence)
        .order_by("pk")
        .first()
    )


def existing_session(reading, body, ordinal):
    """The session a reading fills: by the agenda's symbol, the ordinal asked for, or the
    body's session on the same dates."""
    if reading.symbol:
        found = Session.objects.filter(agenda_symbol=reading.symbol).first()
        if found is not None:
            return found
    if ordinal:
        return Session.objects.filter(body=body, ordinal=ordinal, part=SessionPart.SESSION).first()
    if reading.start_date:
        return Session.objects.filter(body=body, start_date=reading.start_date).first()
    return None


def find_venue(reading):
    if not reading.city:
        return None
    english = english_city(reading.city, reading.language) or reading.city
    city = Q(**{f"{localized('city', reading.language)}__iexact": reading.city}) | Q(
        city_en__iexact=english
    )
    venues = list(Venue.objects.filter(city))
    opening = reading.item("1(a)")
    text = " ".join(opening.paragraphs) if opening else ""
    for venue in venues:
        name = getattr(venue, localized("name", reading.language)) or venue.name_en
        if name and name in text:
            return venue
    return venues[0] if len(venues) == 1 else None


ARABIC_PREFIXES = ("بال", "لل", "ال", "ل", "ب")


def stems(text):
    """The words of ``text`` as the joint-meeting sentence is compared with bodies' names:
    their first four letters, lower case, Arabic prefixes (و, ال, ل, ب) taken off; short words
    left out. “Группы по обзору” and “Группа по обзору” give the same stems."""
    found = []
    for word in re.findall(r"\w+", text.casefold()):
        if word.startswith("و") and len(word) > 4:
            word = word[1:]
        for prefix in ARABIC_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) > 3:
                word = word[len(prefix) :]
                break
        if len(word) >= 4:
            found.append(word[:4])
    return found


def name_position(name, sentence, language):
    """Where ``sentence`` names a body called ``name``, or None: the name itself in a language
    written without spaces; elsewhere 80% of its words' stems, in any grammatical case, the
    position being that of the first of them."""
    if phrases(language).joins_without_space:
        position = sentence.casefold().find(name.casefold())
        return position if position >= 0 and len(name) > 2 else None
    words, name_stems = stems(sentence), stems(name)
    if not name_stems:
        return None
    present = [stem for stem in name_stems if stem in words]
    if len(set(present)) < 0.8 * len(set(name_stems)):
        return None
    return words.index(present[0])


def body_positions(sentence, language, own_body):
    """[(position, body)] of the bodies a sentence names, in the order it names them."""
    found = []
    for body in Body.objects.exclude(pk=own_body.pk):
        names = {getattr(body, localized("name", language)) or "", body.name_en or ""}
        positions = [name_position(name, sentence, language) for name in names if name]
        positions = [position for position in positions if position is not None]
        if positions:
            found.append((min(positions), body))
    return sorted(found, key=lambda pair: pair[0])


def link_joint(reading, body, links):
    for item in reading.items:
        sentence = item.joint
        if sentence is None:
            continue
        link = JointLink(item=item.label)
        bodies = body_positions(sentence.text, reading.language, body)
        if len(bodies) != len(sentence.partners):
            links.problems.append(
                _(
                    "Item %(label)s: the joint-meeting sentence names %(items)s items of other "
                    "bodies and %(bodies)s bodies the database knows."
                )
                % {"label": item.label, "items": len(sentence.partners), "bodies": len(bodies)}
            )
        for (label, footnote), (_position, partner_body) in zip(
            sentence.partners, bodies, strict=False
        ):
            partner_session = (
                Session.objects.filter(
                    body=partner_body,
                    start_date__lte=reading.end_date or datetime.date.max,
                    end_date__gte=reading.start_date or datetime.date.min,
                ).first()
                if reading.start_date
                else None
            )
            partner_item = (
                partner_session.agenda_items.filter(label=label).first()
                if partner_session
                else None
            )
            if partner_item is None:
                links.problems.append(
                    _(
                        "Item %(label)s: no item %(partner)s of a session of %(body)s on the same "
                        "dates; that part of the joint meeting is left out."
                    )
                    % {"label": item.label, "partner": label, "body": partner_body}
                )
                continue
            link.partners.append((label, partner_body, partner_item, footnote))
        if link.partners:
            links.joint.append(link)


def link_reading(*, reading, body, ordinal=None):
    """What ``reading`` names, as the database knows it (nothing is written)."""
    links = Links()
    links.session = existing_session(reading, body, ordinal)
    if links.session is not None:
        links.ordinal = links.session.ordinal
    else:
        links.ordinal = ordinal or reading.ordinal or next_free_ordinal(body)
    links.venue = links.session.venue if links.session else find_venue(reading)
    named = getattr(body, localized("name", reading.language)) or ""
    if (
        reading.body_name
        and named
        and not (
            name_position(named, reading.body_name, reading.language) is not None
            or name_position(reading.body_name, named, reading.language) is not None
        )
    ):
        links.problems.append(
            _("The document is of “%(named)s”, not of %(body)s as chosen.")
            % {"named": reading.body_name, "body": body}
        )
    if reading.city and links.venue is None and links.session is None:
        links.problems.append(
            _("No venue in %(city)s is known: choose the venue on the session's page.")
            % {"city": reading.city}
        )
    for item in reading.items:
        for symbol in [*item.cited, *(document.symbol for document in item.listed)]:
            if symbol not in links.documents:
                links.documents[symbol] = Document.objects.filter(symbol=symbol).first()
        for number in item.resolutions:
            if number not in links.resolutions:
                links.resolutions[number] = find_resolution(number)
    for number in reading.session_resolutions:
        if number not in links.resolutions:
            links.resolutions[number] = find_resolution(number)
    link_joint(reading, body, links)
    return links


@transaction.atomic
def draft_session(*, reading, body, ordinal=None):
    """Write ``reading`` (of a document of ``body``): returns ``(session, created)``.

    A new draft session, or the same session's fields in the reading's language when it was
    read already in another language. Refused (ValidationError, nothing written) when that
    session is published, when the two versions' agendas differ, or when the new session's
    ordinal or symbol is taken."""
    links = link_reading(reading=reading, body=body, ordinal=ordinal)
    if links.session is not None:
        return fill_language(reading, links.session), False
    return create_session(reading, body, links), True


def create_session(reading, body, links):
    language = reading.language
    if Session.objects.filter(body=body, ordinal=links.ordinal, part=SessionPart.SESSION).exists():
        raise ValidationError(
            _(
                "%(body)s already has a session %(ordinal)s with other dates: enter the ordinal "
                "of the session this document is for."
            )
            % {"body": body, "ordinal": links.ordinal}
        )
    if reading.symbol and Session.objects.filter(agenda_symbol=reading.symbol).exists():
        raise ValidationError(
            _("Another session already has the agenda symbol %(symbol)s.")
            % {"symbol": reading.symbol}
        )
    session = Session(
        body=body,
        ordinal=links.ordinal,
        status=Session.Status.DRAFT,
        start_date=reading.start_date,
        end_date=reading.end_date,
        venue=links.venue,
        opening_time=reading.opening_time,
        agenda_symbol=reading.symbol or None,
        distribution=reading.distribution,
        distribution_date=reading.distribution_date,
        original_language=reading.original_language or language,
    )
    setattr(session, localized("resources_note", language), reading.resources_note)
    session.save()
    session.resolutions.set(
        [links.resolutions[n] for n in reading.session_resolutions if links.resolutions.get(n)]
    )
    footnotes = {}
    for number, text in sorted(reading.footnotes.items()):
        footnotes[number] = Footnote.objects.create(
            session=session, number=number, **{localized("text", language): text}
        )
    items = {}
    for read in reading.items:
        item = AgendaItem(session=session)
        if read.letter:
            item.parent = items[str(read.number)]
            item.letter = read.letter
        else:
            item.number = read.number
        setattr(item, localized("title", language), read.title)
        setattr(item, localized("annotation", language), read.annotation)
        item.save()
        items[read.label] = item
        item.resolutions.set(
            [links.resolutions[n] for n in read.resolutions if links.resolutions.get(n)]
        )
        link_documents(item, read, links, language, body)
    for joint in links.joint:
        write_joint_meeting(items[joint.item], joint, footnotes, links)
    write_programme(session, reading, items, links)
    return session


def link_documents(item, read, links, language, body):
    listed_titles = {document.symbol: document.title for document in read.listed}
    symbols = list(dict.fromkeys([*read.cited, *listed_titles]))
    for position, symbol in enumerate(symbols):
        document = links.documents.get(symbol)
        if document is None:
            document = new_document(symbol, listed_titles.get(symbol) or symbol, language)
            links.documents[symbol] = document
        AgendaItemDocument.objects.create(
            agenda_item=item, document=document, listed=symbol in listed_titles, position=position
        )


def new_document(symbol, title, language):
    """A document the database did not know, with the title the agenda gives it."""
    try:
        symbol_validator(symbol)
    except ValidationError:
        raise ValidationError(
            _("“%(symbol)s” is not a document symbol.") % {"symbol": symbol}
        ) from None
    issuer = max(
        (body for body in Body.objects.all() if symbol.startswith(body.symbol_prefix + "/")),
        key=lambda body: len(body.symbol_prefix),
        default=None,
    )
    document = Document(symbol=symbol, body=issuer, kind=Document.Kind.OTHER)
    setattr(document, localized("title", language), title[:1000])
    if language != "en":
        document.title_en = document.title_en or symbol
    document.save()
    return document


def write_joint_meeting(item, joint, footnotes, links):
    partner_items = [partner_item for _label, _body, partner_item, _note in joint.partners]
    try:
        validate_joint_items([item, *partner_items])
    except ValidationError as error:
        links.problems.extend(error.messages)
        return
    meetings = {
        membership.joint_meeting_id
        for membership in JointMeetingItem.objects.filter(agenda_item__in=partner_items)
    }
    if len(meetings) > 1:
        links.problems.append(
            _("Item %(label)s: its partners already meet in different joint meetings.")
            % {"label": item.label}
        )
        return
    meeting = (
        JointMeeting.objects.get(pk=meetings.pop()) if meetings else JointMeeting.objects.create()
    )
    JointMeetingItem.objects.create(joint_meeting=meeting, agenda_item=item, position=0)
    for position, (_label, _body, partner_item, note) in enumerate(joint.partners, start=1):
        membership, _created = JointMeetingItem.objects.get_or_create(
            agenda_item=partner_item,
            defaults={"joint_meeting": meeting, "position": position},
        )
        if note in footnotes and membership.footnote_id is None:
            membership.footnote = footnotes[note]
            membership.save(update_fields=["footnote"])


def slot_end(slot):
    if slot.end is not None:
        return slot.end
    start = datetime.datetime.combine(datetime.date.min, slot.start)
    return min(start + datetime.timedelta(hours=3), start.replace(hour=23, minute=59)).time()


def write_programme(session, reading, items, links):
    language = reading.language
    for read in reading.slots:
        slot, _created = ProgrammeSlot.objects.get_or_create(
            session=session,
            date=read.date,
            start_time=read.start,
            defaults={"end_time": slot_end(read)},
        )
        for position, entry in enumerate(read.entries):
            item = items.get(entry.label)
            if item is None:
                links.problems.append(
                    _("The programme names item %(label)s, which the agenda does not have.")
                    % {"label": entry.label}
                )
                continue
            ProgrammeEntry.objects.create(
                slot=slot,
                agenda_item=item,
                position=position,
                continued=entry.continued,
                **{localized("title", language): entry.title},
            )


def fill_language(reading, session):
    """The reading's language in ``session``, read already in another language."""
    language = reading.language
    if session.is_published:
        raise ValidationError(
            _(
                "%(session)s is published: return it to draft before reading another language "
                "version into it."
            )
            % {"session": session}
        )
    items = {item.label: item for item in session.agenda_items.all()}
    read_labels = [item.label for item in reading.items]
    if set(read_labels) != set(items):
        raise ValidationError(
            _(
                "This version's agenda (items %(read)s) is not the agenda of %(session)s "
                "(items %(known)s)."
            )
            % {
                "read": ", ".join(read_labels),
                "session": session,
                "known": ", ".join(sorted(items, key=lambda label: items[label].position)),
            }
        )
    for read in reading.items:
        item = items[read.label]
        setattr(item, localized("title", language), read.title)
        setattr(item, localized("annotation", language), read.annotation)
        item.save()
    for number, text in reading.footnotes.items():
        Footnote.objects.update_or_create(
            session=session, number=number, defaults={localized("text", language): text}
        )
    if reading.resources_note:
        setattr(session, localized("resources_note", language), reading.resources_note)
        session.save()
    slots = {(slot.date, slot.start_time): slot for slot in session.programme_slots.all()}
    for read in reading.slots:
        slot = slots.get((read.date, read.start))
        if slot is None:
            continue
        entries = list(slot.entries.order_by("position", "pk"))
        for entry, read_entry in zip(entries, read.entries, strict=False):
            setattr(entry, localized("title", language), read_entry.title)
            entry.save()
    return session
