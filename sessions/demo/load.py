"""Load the demo sessions of ``data.py`` into the database, idempotently.

Every record is found by its natural key (a body's slug, a session's body and ordinal,
an item's label, a document's symbol, a resolution's number) and updated in place, so
loading twice leaves the database as loading once.
"""

import datetime

from django.db import transaction

from agendas.models import (
    AgendaItem,
    AgendaItemDocument,
    Footnote,
    JointMeeting,
    JointMeetingItem,
    PanelDiscussion,
)
from documents.models import Document, Mandate, Resolution, parse_resolution_number
from sessions.models import Body, ProgrammeEntry, ProgrammeSlot, Session, Venue

from . import data

LANGUAGE_SUFFIXES = ("ar", "zh_hans", "en", "fr", "ru", "es")


def translated(field, texts):
    """{"en": "x", "zh_hans": "y"} → {"field_en": "x", "field_zh_hans": "y", ...}."""
    texts = texts or {}
    return {f"{field}_{suffix}": texts.get(suffix) or "" for suffix in LANGUAGE_SUFFIXES}


def as_date(value):
    return datetime.date.fromisoformat(value) if value else None


def as_time(value):
    return datetime.time.fromisoformat(value) if value else None


class DemoLoader:
    def __init__(self):
        self.bodies = {}
        self.venues = {}
        self.sessions = {}
        self.resolutions = {}
        self.documents = {}
        self.items = {}

    def session(self, key):
        body, ordinal = key
        return self.sessions[(body, ordinal)]

    def resolution(self, number):
        return self.resolutions[parse_resolution_number(number)]

    @transaction.atomic
    def load(self):
        self.load_bodies()
        self.load_venues()
        self.load_sessions()
        self.load_resolutions()
        self.load_documents()
        for entry in data.SESSIONS:
            self.load_agenda(entry)
        for entry in data.SESSIONS:
            self.load_programme(entry)
        self.load_mandates()
        self.load_joint_meetings()

    def load_bodies(self):
        pending = list(data.BODIES)
        while pending:
            entry = pending.pop(0)
            if entry["parent"] and entry["parent"] not in self.bodies:
                pending.append(entry)
                continue
            body, _ = Body.objects.update_or_create(
                slug=entry["slug"],
                defaults={
                    "kind": entry["kind"],
                    "symbol_prefix": entry["symbol_prefix"],
                    "parent": self.bodies.get(entry["parent"]),
                    **translated("name", entry["name"]),
                    **translated("short_name", entry["short_name"]),
                },
            )
            self.bodies[entry["slug"]] = body

    def load_venues(self):
        for entry in data.VENUES:
            venue, _ = Venue.objects.update_or_create(
                name_en=entry["name"]["en"],
                city_en=entry["city"]["en"],
                defaults={
                    "country": entry["country"],
                    **translated("name", entry["name"]),
                    **translated("city", entry["city"]),
                },
            )
            self.venues[entry["key"]] = venue

    def load_sessions(self):
        for entry in data.SESSIONS:
            session, _ = Session.objects.update_or_create(
                body=self.bodies[entry["body"]],
                ordinal=entry["ordinal"],
                defaults={
                    "start_date": as_date(entry.get("start_date")),
                    "end_date": as_date(entry.get("end_date")),
                    "venue": self.venues.get(entry.get("venue")),
                    "format": entry.get("format") or Session.Format.IN_PERSON,
                    "opening_time": as_time(entry.get("opening_time")),
                    "agenda_symbol": entry.get("agenda_symbol"),
                    "distribution": entry.get("distribution") or "",
                    "distribution_date": as_date(entry.get("distribution_date")),
                    "original_language": entry.get("original_language") or "en",
                    "status": entry.get("status") or Session.Status.PUBLISHED,
                    **translated("title", entry.get("title")),
                    **translated("room", entry.get("room")),
                    **translated("resources_note", entry.get("resources_note")),
                },
            )
            self.sessions[(entry["body"], entry["ordinal"])] = session

    def load_resolutions(self):
        for entry in data.RESOLUTIONS:
            session_number, sequence = parse_resolution_number(entry["number"])
            resolution, _ = Resolution.objects.update_or_create(
                session_number=session_number,
                sequence=sequence,
                defaults={
                    "adopted_at": self.session(entry["adopted_at"])
                    if entry.get("adopted_at")
                    else None,
                    "date": as_date(entry.get("date")),
                    **translated("title", entry["title"]),
                },
            )
            self.resolutions[(session_number, sequence)] = resolution
        for entry in data.SESSIONS:
            session = self.session((entry["body"], entry["ordinal"]))
            session.resolutions.set([self.resolution(n) for n in entry.get("resolutions", [])])

    def load_documents(self):
        for entry in data.DOCUMENTS:
            document, _ = Document.objects.update_or_create(
                symbol=entry["symbol"],
                defaults={
                    "kind": entry["kind"],
                    "body": self.bodies.get(entry.get("body")),
                    "session": self.session(entry["session"]) if entry.get("session") else None,
                    "date": as_date(entry.get("date")),
                    **translated("title", entry["title"]),
                },
            )
            self.documents[entry["symbol"]] = document

    def load_agenda(self, entry):
        session = self.session((entry["body"], entry["ordinal"]))
        footnotes = []
        for note in entry.get("footnotes", []):
            footnote, _ = Footnote.objects.update_or_create(
                session=session, number=note["number"], defaults=translated("text", note["text"])
            )
            footnotes.append(footnote.pk)
        session.footnotes.exclude(pk__in=footnotes).delete()

        kept = []
        for item_entry in entry.get("items", []):
            item = self.save_item(session, item_entry, parent=None)
            kept.append(item.pk)
            for sub_entry in item_entry.get("items", []):
                kept.append(self.save_item(session, sub_entry, parent=item).pk)
        session.agenda_items.exclude(pk__in=kept).delete()

    def save_item(self, session, entry, parent):
        if parent is None:
            item, _ = AgendaItem.objects.update_or_create(
                session=session,
                parent=None,
                number=entry["number"],
                defaults={
                    "letter": "",
                    **translated("title", entry["title"]),
                    **translated("annotation", entry.get("annotation")),
                },
            )
        else:
            item, _ = AgendaItem.objects.update_or_create(
                session=session,
                parent=parent,
                letter=entry["letter"],
                defaults={
                    "number": None,
                    **translated("title", entry["title"]),
                    **translated("annotation", entry.get("annotation")),
                },
            )
        self.items[(session.body.slug, session.ordinal, item.label)] = item
        item.resolutions.set([self.resolution(n) for n in entry.get("resolutions", [])])

        links = []
        for position, link in enumerate(entry.get("documents", [])):
            document_link, _ = AgendaItemDocument.objects.update_or_create(
                agenda_item=item,
                document=self.documents[link["symbol"]],
                defaults={"listed": link.get("listed", False), "position": position},
            )
            links.append(document_link.pk)
        item.document_links.exclude(pk__in=links).delete()

        panels = []
        for position, panel in enumerate(entry.get("panels", [])):
            discussion, _ = PanelDiscussion.objects.update_or_create(
                agenda_item=item, position=position, defaults=translated("title", panel["title"])
            )
            panels.append(discussion.pk)
        item.panel_discussions.exclude(pk__in=panels).delete()
        return item

    def load_programme(self, entry):
        session = self.session((entry["body"], entry["ordinal"]))
        slots = []
        for slot_entry in entry.get("programme", []):
            slot, _ = ProgrammeSlot.objects.update_or_create(
                session=session,
                date=as_date(slot_entry["date"]),
                start_time=as_time(slot_entry["start"]),
                defaults={"end_time": as_time(slot_entry["end"])},
            )
            slots.append(slot.pk)
            entries = []
            for position, row in enumerate(slot_entry["entries"]):
                programme_entry, _ = ProgrammeEntry.objects.update_or_create(
                    slot=slot,
                    position=position,
                    defaults={
                        "agenda_item": self.items[(entry["body"], entry["ordinal"], row["item"])],
                        "continued": row.get("continued", False),
                        **translated("title", row.get("title")),
                    },
                )
                entries.append(programme_entry.pk)
            slot.entries.exclude(pk__in=entries).delete()
        session.programme_slots.exclude(pk__in=slots).delete()

    def load_mandates(self):
        for position, entry in enumerate(data.MANDATES):
            Mandate.objects.update_or_create(
                resolution=self.resolution(entry["resolution"]),
                body=self.bodies[entry["body"]],
                letter=entry.get("letter", ""),
                position=position,
                defaults=translated("text", entry["text"]),
            )

    def load_joint_meetings(self):
        for entry in data.JOINT_MEETINGS:
            members = []
            for member in entry["items"]:
                body, ordinal = member["session"]
                item = self.items.get((body, ordinal, member["label"]))
                if item is None:
                    item = AgendaItem.objects.get(
                        session=self.session(member["session"]), label=member["label"]
                    )
                footnote = None
                if member.get("footnote"):
                    note_body, note_ordinal, number = member["footnote"]
                    footnote = Footnote.objects.get(
                        session=self.session((note_body, note_ordinal)), number=number
                    )
                members.append((item, footnote))
            existing = JointMeetingItem.objects.filter(
                agenda_item__in=[item for item, _ in members]
            ).first()
            joint_meeting = existing.joint_meeting if existing else JointMeeting.objects.create()
            for position, (item, footnote) in enumerate(members):
                JointMeetingItem.objects.update_or_create(
                    agenda_item=item,
                    defaults={
                        "joint_meeting": joint_meeting,
                        "position": position,
                        "footnote": footnote,
                    },
                )


def load_demo():
    DemoLoader().load()
