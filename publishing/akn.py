"""A session's provisional agenda and annotations as Akoma Ntoso 3.0 XML, in the United
Nations' AKN4UN profile: a ``<doc name="agenda">`` with its FRBR identification (the
symbol and the language), the agenda as an ``<item>`` hierarchy (``num`` and ``heading``,
the sub-items in a list inside their item), the annotations of each item as ``<paragraph>``s,
the footnotes as notes, and the resolutions and documents the agenda refers to in
``<references>``. One file per language.

The tree is built with lxml, element by element: the text is never spliced into markup.
"""

from django.utils import timezone
from django.utils.translation import gettext as _
from lxml import etree

from agendas.annotation import TOKEN, clean_symbol, paragraphs
from agendas.provisional_agenda import session_items
from config.lib.i18n import translated
from documents.keys import ResolutionKey
from sessions.keys import session_key

from .texts import city, designation

NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
# FRBRlanguage takes the ISO 639-2 code of the expression's language.
ISO_639_2 = {"ar": "ara", "zh-hans": "zho", "en": "eng", "fr": "fra", "ru": "rus", "es": "spa"}
SOURCE = "#wgsessions"


def element(parent, tag, text=None, **attributes):
    node = etree.SubElement(
        parent, f"{{{NAMESPACE}}}{tag}", {k: str(v) for k, v in attributes.items()}
    )
    if text is not None:
        node.text = text
    return node


def eid_part(text):
    """An eId fragment from a label or key: letters, digits and underscores."""
    return "".join(char if char.isalnum() else "_" for char in str(text)).strip("_").lower()


def work_uri(session):
    """The work's FRBR URI: ``/akn/un/doc/agenda/wg-asset-recovery/2024-06-12/18``."""
    date = session.start_date.isoformat() if session.start_date else "undated"
    number = f"{session.ordinal}-{session.part_key}" if session.part else f"{session.ordinal}"
    return f"/akn/un/doc/agenda/{session.body.slug}/{date}/{number}"


def work_date(session):
    return session.distribution_date or session.start_date or timezone.localdate()


class AgendaDocument:
    """The AKN document of ``session`` in ``language`` (the active one when rendered);
    ``absolute_url(path)`` makes the links to the site's pages absolute."""

    def __init__(self, session, *, language, absolute_url):
        self.session = session
        self.language = language
        self.absolute_url = absolute_url
        self.items = session_items(session)
        self.footnotes = list(session.footnotes.all())
        self.session_resolutions = list(session.resolutions.all())
        self.cited_resolutions = self.resolutions()
        self.cited_documents = self.documents()

    def text(self, obj, field):
        return translated(obj, field, self.session.original_language, self.language).text

    # --- references ------------------------------------------------------------------

    def resolutions(self):
        found = {}
        for resolution in self.session_resolutions:
            found[resolution.pk] = resolution
        for item in self.items:
            for resolution in item.resolutions.all():
                found.setdefault(resolution.pk, resolution)
        return sorted(found.values(), key=lambda r: (r.session_number, r.sequence))

    def documents(self):
        found = {}
        for item in self.items:
            for link in item.document_links.all():
                found.setdefault(link.document.pk, link.document)
        return sorted(found.values(), key=lambda document: document.symbol)

    def resolution_eid(self, resolution):
        return f"ref_{eid_part(ResolutionKey().to_key(resolution))}"

    def document_eid(self, document):
        return f"ref_document_{eid_part(document.symbol)}"

    # --- the tree ----------------------------------------------------------------------

    def build(self):
        root = etree.Element(f"{{{NAMESPACE}}}akomaNtoso", nsmap={None: NAMESPACE})
        doc = element(root, "doc", name="agenda")
        self.meta(element(doc, "meta"))
        self.preface(element(doc, "preface"))
        body = element(doc, "mainBody")
        top_level = [item for item in self.items if not item.parent_id]
        children = {}
        for item in self.items:
            if item.parent_id:
                children.setdefault(item.parent_id, []).append(item)
        self.agenda(body, top_level, children)
        self.annotations(body, top_level, children)
        return root

    def meta(self, meta):
        session = self.session
        language = ISO_639_2.get(self.language, "eng")
        uri = work_uri(session)
        date = work_date(session).isoformat()
        body_eid = f"body_{eid_part(session.body.slug)}"

        identification = element(meta, "identification", source=SOURCE)
        work = element(identification, "FRBRWork")
        element(work, "FRBRthis", value=f"{uri}/!main")
        element(work, "FRBRuri", value=uri)
        if session.agenda_symbol:
            element(work, "FRBRalias", value=session.agenda_symbol, name="symbol")
        element(work, "FRBRalias", value=session_key(session), name="session")
        element(work, "FRBRdate", date=date, name="distribution")
        element(work, "FRBRauthor", href=f"#{body_eid}")
        element(work, "FRBRcountry", value="un")
        element(work, "FRBRsubtype", value="agenda")
        element(work, "FRBRnumber", value=session.numbered)
        element(work, "FRBRname", value="provisional agenda and annotations")

        expression = element(identification, "FRBRExpression")
        element(expression, "FRBRthis", value=f"{uri}/{language}@/!main")
        element(expression, "FRBRuri", value=f"{uri}/{language}@")
        element(expression, "FRBRdate", date=date, name="distribution")
        element(expression, "FRBRauthor", href=f"#{body_eid}")
        if self.language == session.original_language:
            element(expression, "FRBRauthoritative", value="true")
        element(expression, "FRBRlanguage", language=language)

        manifestation = element(identification, "FRBRManifestation")
        element(manifestation, "FRBRthis", value=f"{uri}/{language}@/!main.xml")
        element(manifestation, "FRBRuri", value=f"{uri}/{language}@.akn")
        element(manifestation, "FRBRdate", date=timezone.localdate().isoformat(), name="generation")
        element(manifestation, "FRBRauthor", href=SOURCE)

        references = element(meta, "references", source=SOURCE)
        for resolution in self.cited_resolutions:
            element(
                references,
                "activeRef",
                eId=self.resolution_eid(resolution),
                href=self.absolute_url(resolution.get_absolute_url()),
                showAs=resolution.label,
            )
        for document in self.cited_documents:
            element(
                references,
                "activeRef",
                eId=self.document_eid(document),
                href=self.absolute_url(document.get_absolute_url()),
                showAs=document.symbol,
            )
        element(
            references,
            "TLCOrganization",
            eId=body_eid,
            href=f"/ontology/organization/un/{session.body.slug}",
            showAs=self.text(session.body, "name"),
        )
        if session.venue is not None:
            element(
                references,
                "TLCLocation",
                eId=f"venue_{session.venue.pk}",
                href=f"/ontology/location/un/venue-{session.venue.pk}",
                showAs=self.text(session.venue, "name"),
            )
        element(
            references,
            "TLCOrganization",
            eId="wgsessions",
            href="/ontology/organization/un/wgsessions",
            showAs="wgsessions",
        )

        if self.footnotes:
            notes = element(meta, "notes", source=SOURCE)
            for footnote in self.footnotes:
                note = element(notes, "note", eId=f"fn_{footnote.number}", marker=footnote.number)
                self.inline(element(note, "p"), self.text(footnote, "text"))

    def preface(self, preface):
        session = self.session
        if session.agenda_symbol:
            element(element(preface, "p"), "docNumber", session.agenda_symbol)
        element(element(preface, "p"), "docProponent", self.text(session.body, "name"))
        element(element(preface, "p"), "docTitle", designation(session))
        if session.start_date:
            place = city(session)
            line = element(preface, "p")
            if place and session.venue is not None:
                element(line, "location", place, refersTo=f"#venue_{session.venue.pk}").tail = ", "
            elif place:
                line.text = f"{place}, "
            element(line, "docDate", session.dates_display, date=session.start_date.isoformat())
        element(element(preface, "p"), "docType", _("Provisional agenda and annotations"))

    def agenda(self, body, top_level, children):
        """The agenda: a list of the items (``num``, ``heading``), sub-items in a list of
        their own. A block must follow an item's heading: a sub-item list, or an empty one."""
        container = element(body, "hcontainer", eId="agenda", name="agenda")
        element(container, "heading", _("Provisional agenda"))
        if not top_level:
            return
        items = element(element(container, "content"), "blockList", eId="agenda__list")
        for item in top_level:
            node = self.list_item(items, item, "agenda__list__")
            sub_items = children.get(item.pk, [])
            if sub_items:
                sub_list = element(node, "blockList", eId=f"{node.get('eId')}__list")
                for sub_item in sub_items:
                    element(self.list_item(sub_list, sub_item, f"{node.get('eId')}__list__"), "p")
            else:
                element(node, "p")

    def list_item(self, parent, item, prefix):
        node = element(parent, "item", eId=f"{prefix}item_{self.item_part(item)}")
        element(node, "num", self.num(item))
        element(node, "heading", self.text(item, "title"))
        return node

    def annotations(self, body, top_level, children):
        """The annotations: each item (``num``, ``heading``) with its text as paragraphs
        and its sub-items inside it."""
        container = element(body, "hcontainer", eId="annotations", name="annotations")
        element(container, "heading", _("Annotations"))
        for item in top_level:
            self.annotated_item(container, item, children.get(item.pk, []), "annotations__")

    def annotated_item(self, parent, item, sub_items, prefix):
        eid = f"{prefix}item_{self.item_part(item)}"
        node = element(parent, "hcontainer", eId=eid, name="item")
        element(node, "num", self.num(item))
        element(node, "heading", self.text(item, "title"))
        for index, text in enumerate(paragraphs(self.text(item, "annotation")), start=1):
            paragraph = element(node, "paragraph", eId=f"{eid}__para_{index}")
            self.inline(element(element(paragraph, "content"), "p"), text)
        for sub_item in sub_items:
            self.annotated_item(node, sub_item, [], prefix=f"{eid}__")

    def item_part(self, item):
        return eid_part(item.letter or item.number)

    def num(self, item):
        return f"({item.letter})" if item.letter else f"{item.number}."

    def inline(self, p, text):
        """``text`` inside ``p``: footnote references as ``noteRef``, known documents and
        resolutions as ``ref`` to their pages, the rest as text."""
        documents = {document.symbol: document for document in self.cited_documents}
        # The annotations write a resolution by its number (10/6), as the session page reads them.
        resolutions = {}
        for resolution in self.cited_resolutions:
            resolutions.setdefault(resolution.number, resolution)
        numbers = {footnote.number for footnote in self.footnotes}
        last = None
        position = 0

        def add_text(chunk):
            if not chunk:
                return
            if last is None:
                p.text = (p.text or "") + chunk
            else:
                last.tail = (last.tail or "") + chunk

        for match in TOKEN.finditer(text):
            add_text(text[position : match.start()])
            position = match.end()
            if match.group("footnote") and int(match.group("footnote")) in numbers:
                number = int(match.group("footnote"))
                last = element(p, "noteRef", href=f"#fn_{number}", marker=number)
            elif match.group("symbol") and clean_symbol(match.group("symbol")) in documents:
                symbol = clean_symbol(match.group("symbol"))
                last = element(p, "ref", symbol, href=f"#{self.document_eid(documents[symbol])}")
                add_text(match.group("symbol")[len(symbol) :])
            elif match.group("resolution") and match.group("resolution") in resolutions:
                number = match.group("resolution")
                last = element(
                    p, "ref", number, href=f"#{self.resolution_eid(resolutions[number])}"
                )
            else:
                add_text(match.group(0))
        add_text(text[position:])

    def to_bytes(self):
        return etree.tostring(
            self.build(), xml_declaration=True, encoding="UTF-8", pretty_print=True
        )
