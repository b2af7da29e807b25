"""The numbered revisions of a session's document, and the changelog between them.

Publishing a session freezes revision 1 of its provisional agenda and annotations: the
document in every language (the page's article, the page for print that the PDF is made
from, and the DOCX file) and a snapshot of what the changelog compares. The public page shows
the current revision. An editor's later change to a published session is not public until
the editor reviews the changes (:func:`pending_changes`) and publishes the next revision
(:func:`publish_revision`), with the UN's mark (``Rev.1``, ``Corr.1``) when it needs one.
Earlier revisions stay readable at their own addresses.

The changelog compares two snapshots: items added, removed, renumbered and retitled,
annotations revised, meetings of the programme added, removed, moved or given other items,
joint meetings and documents added or removed, and the session's dates and place. Each change
is told in the reader's language, with the titles in it (or the fallback's).
"""

import contextvars
import dataclasses
import datetime
import hashlib

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Prefetch
from django.utils import translation
from django.utils.translation import gettext as _

from agendas.files import page_html, print_html, render_docx
from agendas.models import AgendaItem, JointMeetingItem
from agendas.rendition import day_heading, render, session_dates, slot_times
from config.lib import pagecache
from config.lib.i18n import fallback_languages, language_codes, texts_in_every_language
from sessions.keys import session_key
from sessions.models import ProgrammeEntry, ProgrammeSlot, Session
from sessions.services import publish_session

from .models import Revision, RevisionDocument


def fingerprint(text):
    return hashlib.sha256(text.encode()).hexdigest()[:16] if text else ""


# --- What a revision froze --------------------------------------------------------------------


def snapshot(session):
    """What the changelog compares of ``session``, as plain JSON data."""
    items = list(
        AgendaItem.objects.filter(session=session)
        .order_by("position", "pk")
        .prefetch_related(
            Prefetch(
                "joint_membership__joint_meeting__memberships",
                queryset=JointMeetingItem.objects.select_related(
                    "agenda_item__session__body"
                ).order_by("position", "pk"),
            )
        )
    )
    labels = {item.pk: item.label for item in items}
    entries = ProgrammeEntry.objects.order_by("position", "pk")
    slots = (
        ProgrammeSlot.objects.filter(session=session)
        .order_by("date", "start_time", "pk")
        .prefetch_related(Prefetch("entries", queryset=entries))
    )
    joint_meetings = {}
    for item in items:
        membership = getattr(item, "joint_membership", None)
        if membership is None:
            continue
        partners = [
            other.agenda_item.label
            if other.agenda_item.session_id == session.pk
            else f"{session_key(other.agenda_item.session)}/{other.agenda_item.label}"
            for other in membership.joint_meeting.memberships.all()
        ]
        joint_meetings[str(membership.joint_meeting_id)] = partners
    return {
        "session": {
            "start": session.start_date.isoformat() if session.start_date else "",
            "end": session.end_date.isoformat() if session.end_date else "",
            "city": texts_in_every_language(session, "city"),
            "symbol": session.agenda_symbol or "",
        },
        "items": [
            {
                "id": item.pk,
                "label": item.label,
                "title": texts_in_every_language(item, "title"),
                "annotation": {
                    code: fingerprint(text)
                    for code, text in texts_in_every_language(item, "annotation").items()
                },
            }
            for item in items
        ],
        "footnotes": fingerprint(
            "\n".join(
                f"{footnote.number} {texts_in_every_language(footnote, 'text')}"
                for footnote in session.footnotes.order_by("number")
            )
        ),
        "slots": [
            {
                "id": slot.pk,
                "date": slot.date.isoformat(),
                "start": slot.start_time.strftime("%H:%M"),
                "end": slot.end_time.strftime("%H:%M"),
                "items": [
                    labels.get(entry.agenda_item_id, "?") + ("+" if entry.continued else "")
                    for entry in slot.entries.all()
                ],
            }
            for slot in slots
        ],
        "joint_meetings": joint_meetings,
        "documents": sorted(session.documents.values_list("symbol", flat=True)),
    }


def freeze(revision, session):
    """Write the revision's document in every language."""
    documents = []
    for code in language_codes():
        rendition = render(session, code)
        if revision.symbol_suffix.startswith("Rev.") and rendition.symbol:
            rendition = dataclasses.replace(
                rendition, symbol=f"{rendition.symbol}/{revision.symbol_suffix}"
            )
        share = rendition.translation_status.language(code).share()
        documents.append(
            RevisionDocument(
                revision=revision,
                language=code,
                texts_needed=share.needed,
                texts_filled=share.filled,
                page=page_html(rendition),
                print_page=print_html(rendition),
                docx=render_docx(rendition),
                filename_stem=f"{rendition.filename_stem}-revision-{revision.number}",
            )
        )
    RevisionDocument.objects.bulk_create(documents)


def current_revision(session):
    return session.revisions.current()


def pending_changes(session):
    """The changes to ``session`` since its current revision (every item for a first one)."""
    current = current_revision(session)
    before = current.snapshot if current is not None else empty_snapshot()
    return changes(before, snapshot(session))


def empty_snapshot():
    return {
        "session": {},
        "items": [],
        "footnotes": "",
        "slots": [],
        "joint_meetings": {},
        "documents": [],
    }


# Set while publish_revision publishes a session, which freezes the revision itself.
publishing_revision = contextvars.ContextVar("publishing_revision", default=False)


@transaction.atomic
def publish_revision(*, session, symbol_suffix=""):
    """Publish ``session`` (refused as :func:`sessions.services.publish_session` refuses it)
    and freeze its next revision; refused when nothing changed since the current one."""
    session = Session.objects.with_header().select_for_update(of=("self",)).get(pk=session.pk)
    current = current_revision(session)
    now = snapshot(session)
    if current is not None and not changes(current.snapshot, now) and session.is_published:
        raise ValidationError(
            _("Nothing has changed since revision %(number)d: there is nothing to publish.")
            % {"number": current.number}
        )
    if not session.is_published:
        token = publishing_revision.set(True)
        try:
            publish_session(session=session)
        finally:
            publishing_revision.reset(token)
    return record_revision(session, now, symbol_suffix)


def record_revision(session, now, symbol_suffix=""):
    number = (session.revisions.aggregate(last=Max("number"))["last"] or 0) + 1
    revision = Revision(session=session, number=number, symbol_suffix=symbol_suffix, snapshot=now)
    revision.full_clean()
    revision.save()
    freeze(revision, session)
    # The session changed for its feeds and for the API's modified_since.
    Session.objects.filter(pk=session.pk).update(modified=revision.published_at)
    pagecache.bump_content_version()
    return revision


def session_published(sender, session, **kwargs):
    """A session published by the admin's action or form freezes its first revision, and
    the next one when it changed while it was a draft."""
    if publishing_revision.get():
        return
    session = Session.objects.with_header().get(pk=session.pk)
    current = current_revision(session)
    now = snapshot(session)
    if current is None or changes(current.snapshot, now):
        record_revision(session, now)


# --- What changed -----------------------------------------------------------------------------


def in_language(texts, language):
    """The text of a field's ``{code: text}`` in ``language``, else its fallback's."""
    for code in fallback_languages(language):
        if texts.get(code):
            return texts[code]
    return next((text for text in texts.values() if text), "")


@dataclasses.dataclass
class Change:
    """One change between two revisions; :meth:`text` tells it in the active language."""

    kind: str
    label: str = ""
    old_label: str = ""
    title: dict = dataclasses.field(default_factory=dict)
    old_title: dict = dataclasses.field(default_factory=dict)
    slot: dict = dataclasses.field(default_factory=dict)
    old_slot: dict = dataclasses.field(default_factory=dict)
    names: str = ""
    old_names: str = ""
    dates: dict = dataclasses.field(default_factory=dict)
    old_dates: dict = dataclasses.field(default_factory=dict)

    def text(self):
        language = translation.get_language()
        title = in_language(self.title, language)
        old_title = in_language(self.old_title, language)
        texts = {
            "item-added": _("Item %(label)s added: %(title)s"),
            "item-removed": _("Item %(label)s removed: %(title)s"),
            "item-renumbered": _("Item %(old_label)s is now item %(label)s: %(title)s"),
            "item-retitled": _("Item %(label)s retitled: “%(old_title)s” is now “%(title)s”"),
            "annotation-revised": _("Annotation of item %(label)s revised"),
            "footnotes-revised": _("Footnotes revised"),
            "slot-added": _("Meeting added: %(slot)s (items %(names)s)"),
            "slot-removed": _("Meeting removed: %(old_slot)s"),
            "slot-moved": _("Meeting moved from %(old_slot)s to %(slot)s"),
            "slot-items": _("Items of the meeting of %(slot)s: %(old_names)s are now %(names)s"),
            "joint-added": _("Joint meeting added: items %(names)s"),
            "joint-removed": _("Joint meeting removed: items %(old_names)s"),
            "document-added": _("Document %(names)s added"),
            "document-removed": _("Document %(old_names)s removed"),
            "dates-changed": _("Dates changed: %(old_dates)s are now %(dates)s"),
            "place-changed": _("Place changed: %(old_title)s is now %(title)s"),
        }
        return texts[self.kind] % {
            "label": self.label,
            "old_label": self.old_label,
            "title": title,
            "old_title": old_title,
            "slot": slot_text(self.slot, language),
            "old_slot": slot_text(self.old_slot, language),
            "names": self.names,
            "old_names": self.old_names,
            "dates": dates_text(self.dates, language),
            "old_dates": dates_text(self.old_dates, language),
        }


def slot_text(slot, language):
    if not slot:
        return ""
    day = day_heading(date_of(slot["date"]), language, capitalized=False)
    times = slot_times(time_of(slot["start"]), time_of(slot["end"]), language)
    # The comma is the language's: "2025年6月2日，星期一，上午 10 时至下午 1 时".
    return _("%(day)s, %(times)s") % {"day": day, "times": times}


def date_of(text):
    return datetime.date.fromisoformat(text)


def time_of(text):
    return datetime.time.fromisoformat(text)


def dates_text(dates, language):
    start, end = dates.get("start"), dates.get("end")
    if not start or not end:
        return "–"
    return session_dates(date_of(start), date_of(end), language)


def joined(labels):
    return ", ".join(labels) if labels else "–"


def changes(before, after):
    """The changes from snapshot ``before`` to snapshot ``after``, in the agenda's order."""
    found = []
    found += session_changes(before.get("session", {}), after.get("session", {}))
    found += item_changes(before.get("items", []), after.get("items", []))
    if before.get("footnotes", "") != after.get("footnotes", "") and before.get("items"):
        found.append(Change("footnotes-revised"))
    found += slot_changes(before.get("slots", []), after.get("slots", []))
    found += joint_meeting_changes(
        before.get("joint_meetings", {}), after.get("joint_meetings", {})
    )
    old_documents, new_documents = set(before.get("documents", [])), set(after.get("documents", []))
    found += [
        Change("document-added", names=symbol) for symbol in sorted(new_documents - old_documents)
    ]
    found += [
        Change("document-removed", old_names=symbol)
        for symbol in sorted(old_documents - new_documents)
    ]
    return found


def session_changes(before, after):
    if not before:
        return []
    found = []
    old_dates = {key: before.get(key) for key in ("start", "end")}
    new_dates = {key: after.get(key) for key in ("start", "end")}
    if old_dates != new_dates:
        found.append(Change("dates-changed", old_dates=old_dates, dates=new_dates))
    if before.get("city") != after.get("city"):
        found.append(
            Change("place-changed", old_title=before.get("city", {}), title=after.get("city", {}))
        )
    return found


def paired(before, after):
    """Each entry of ``after`` with the entry of the same id in ``before`` (None: it is new),
    then each entry of ``before`` that ``after`` no longer has, with None."""
    old = {entry["id"]: entry for entry in before}
    kept = {entry["id"] for entry in after}
    for entry in after:
        yield old.get(entry["id"]), entry
    for entry in before:
        if entry["id"] not in kept:
            yield entry, None


def item_changes(before, after):
    found = []
    for old, item in paired(before, after):
        if item is None:
            found.append(Change("item-removed", label=old["label"], title=old["title"]))
            continue
        if old is None:
            found.append(Change("item-added", label=item["label"], title=item["title"]))
            continue
        if old["label"] != item["label"]:
            found.append(
                Change(
                    "item-renumbered",
                    label=item["label"],
                    old_label=old["label"],
                    title=item["title"],
                )
            )
        if old["title"] != item["title"]:
            found.append(
                Change(
                    "item-retitled",
                    label=item["label"],
                    title=item["title"],
                    old_title=old["title"],
                )
            )
        if old["annotation"] != item["annotation"]:
            found.append(Change("annotation-revised", label=item["label"]))
    return found


def slot_changes(before, after):
    found = []
    for old, slot in paired(before, after):
        if slot is None:
            found.append(Change("slot-removed", old_slot=old))
            continue
        if old is None:
            found.append(Change("slot-added", slot=slot, names=joined(slot["items"])))
            continue
        if (old["date"], old["start"], old["end"]) != (slot["date"], slot["start"], slot["end"]):
            found.append(Change("slot-moved", slot=slot, old_slot=old))
        if old["items"] != slot["items"]:
            found.append(
                Change(
                    "slot-items",
                    slot=slot,
                    names=joined(slot["items"]),
                    old_names=joined(old["items"]),
                )
            )
    return found


def joint_meeting_changes(before, after):
    found = [
        Change("joint-added", names=joined(labels))
        for key, labels in after.items()
        if before.get(key) != labels
    ]
    found += [
        Change("joint-removed", old_names=joined(labels))
        for key, labels in before.items()
        if after.get(key) != labels
    ]
    return found
