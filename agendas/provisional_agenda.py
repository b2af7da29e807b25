"""A session's provisional agenda and annotations, as the official document lays it out:
the agenda (items with their sub-items), the annotations with their links and footnotes,
the joint-meeting sentences, and the proposed programme of work (the annex).

Everything is read in a fixed number of queries whatever the number of items.
"""

from dataclasses import dataclass

from django.db.models import Prefetch, Q

from config.lib.i18n import translated
from documents.keys import reference
from documents.models import Document
from sessions.models import ProgrammeEntry, ProgrammeSlot
from sessions.programme import programme_of_work

from .annotation import annotation_paragraphs, symbols_in
from .joint import joint_note
from .models import AgendaItem, AgendaItemDocument, JointMeetingItem
from .translation_status import document_status


@dataclass
class ProvisionalAgenda:
    agenda_items: list  # top-level items, each with ``children`` (its sub-items)
    footnotes: list
    resolutions: list  # the resolutions the agenda was prepared under
    adopted_resolutions: list  # the resolutions the session adopted (a Conference session)
    programme_days: list
    joint_marks: list
    original_language: str
    translation_status: object  # the document's TranslationStatus

    def as_context(self):
        return dict(self.__dict__)


def session_items(session):
    """The session's items in agenda order, with what the page shows of each prefetched;
    each item's session and parent are the objects already read (no query to reach them)."""
    partners = JointMeetingItem.objects.select_related("agenda_item__session__body", "footnote")
    items = list(
        AgendaItem.objects.filter(session=session)
        .select_related("parent", "joint_membership__joint_meeting")
        .prefetch_related(
            "resolutions",
            "panel_discussions",
            Prefetch(
                "document_links",
                queryset=AgendaItemDocument.objects.select_related("document"),
            ),
            Prefetch("joint_membership__joint_meeting__memberships", queryset=partners),
        )
        .order_by("position")
    )
    by_pk = {item.pk: item for item in items}
    for item in items:
        item.session = session
        if item.parent_id in by_pk:
            item.parent = by_pk[item.parent_id]
    return items


def link_targets(session_resolutions, items, annotations):
    """The pages that document symbols and resolution numbers written in the annotations
    link to: the documents are looked up all at once."""
    symbols = set()
    for text in annotations:
        symbols |= symbols_in(text.text)
    documents = {}
    found = Document.objects.public().filter(
        Q(symbol__in=symbols) | Q(other_symbols__symbol__in=symbols)
    )
    # One row per (document, other symbol): a symbol written in the text finds its document
    # by any of its symbols, and a draft's documents are not linked.
    for symbol, other in found.values_list("symbol", "other_symbols__symbol"):
        url = Document(symbol=symbol).get_absolute_url()
        for written in (symbol, other):
            if written in symbols:
                documents[written] = url
    resolutions = {reference(r): r.get_absolute_url() for r in session_resolutions}
    for item in items:
        for resolution in item.resolutions.all():
            resolutions[reference(resolution)] = resolution.get_absolute_url()
    return documents, resolutions


def provisional_agenda(session):
    """The whole document of ``session`` (a session read with its header)."""
    items = session_items(session)
    by_pk = {item.pk: item for item in items}
    footnotes = list(session.footnotes.all())
    session_resolutions = list(session.resolutions.all())
    language = session.original_language

    annotations = {item.pk: translated(item, "annotation", language) for item in items}
    documents, resolutions = link_targets(session_resolutions, items, annotations.values())
    footnote_numbers = {footnote.number for footnote in footnotes}

    top_level = []
    for item in items:
        text = annotations[item.pk]
        item.annotation_text = text
        item.annotation_paragraphs = annotation_paragraphs(
            text.text, documents, resolutions, footnote_numbers
        )
        item.children = []
        item.joint_note = joint_note(item, session)
        item.listed_documents = [link.document for link in item.document_links.all() if link.listed]
        if item.parent_id in by_pk:
            by_pk[item.parent_id].children.append(item)
        else:
            top_level.append(item)

    slots = list(
        ProgrammeSlot.objects.filter(session=session).prefetch_related(
            Prefetch("entries", queryset=ProgrammeEntry.objects.order_by("position", "pk"))
        )
    )
    days, marks = programme_of_work(slots, by_pk, language)
    for mark in marks:
        mark.note = by_pk[mark.item.pk].joint_note if mark.item.pk in by_pk else ""

    return ProvisionalAgenda(
        agenda_items=top_level,
        footnotes=footnotes,
        resolutions=session_resolutions,
        adopted_resolutions=list(session.adopted_resolutions.order_by("sequence")),
        programme_days=days,
        joint_marks=marks,
        original_language=language,
        translation_status=document_status(
            session, items, footnotes, [entry for slot in slots for entry in slot.entries.all()]
        ),
    )
