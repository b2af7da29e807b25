"""What a session's provisional agenda is read from: its items with what the document shows
of each (agendas/rendition.py lays the document out), and the pages its annotations link to.

Everything is read in a fixed number of queries whatever the number of items.
"""

from django.db.models import Prefetch, Q

from config.lib.i18n import in_every_language
from documents.keys import reference
from documents.models import Document

from .annotation import symbols_in
from .models import AgendaItem, AgendaItemDocument, JointMeetingItem, PanelDiscussion

ANNOTATION_COLUMNS = ("annotation", *in_every_language("annotation"))


def session_items(session):
    """The session's items in agenda order, with what the page shows of each prefetched;
    each item's session and parent are the objects already read (no query to reach them)."""
    # Each prefetch in its own order within its item: the models' default orderings begin
    # with the parent row ("agenda_item", "session"), which joins the parent's own ordering
    # tables (sessions, bodies) into every query for nothing.
    # A partner item is named by its label and its session (the joint-meeting sentence):
    # its annotations, the longest texts, in six languages, are not read.
    partners = (
        JointMeetingItem.objects.select_related("agenda_item__session__body", "footnote")
        .defer(*(f"agenda_item__{column}" for column in ANNOTATION_COLUMNS))
        .order_by("position", "pk")
    )
    # A sub-item's parent is one of the items read (set below): not joined again.
    items = list(
        AgendaItem.objects.filter(session=session)
        .select_related("joint_membership__joint_meeting")
        .prefetch_related(
            "resolutions",
            Prefetch(
                "panel_discussions", queryset=PanelDiscussion.objects.order_by("position", "pk")
            ),
            Prefetch(
                "document_links",
                queryset=AgendaItemDocument.objects.select_related("document").order_by(
                    "position", "pk"
                ),
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
