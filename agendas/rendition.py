"""A session's provisional agenda and annotations as the United Nations issues it, in one of
the six languages: the text of the document, laid out in plain data that the session page,
the DOCX and the PDF each print in their own way (agendas/files.py, the templates under
templates/agendas/).

What the document says in each language follows that language's conventions:

- the masthead is kept as issued, in English in every version (``Distr.: General``,
  ``22 March 2024``, the language of the version, ``Original: English``);
- the title is the session's own (``document_title``), else the usual one of the language;
- dates, weekdays, month names and times come from the CLDR (Babel); what the CLDR does not
  know of UN usage is in the tables below: the range sign of Chinese dates (至), "和"/"and"
  between two consecutive days, the English "a.m."/"p.m.", the spaces around numerals in
  Chinese time expressions;
- the agenda list's punctuation (``:`` ``;`` ``.``, Chinese ``：`` ``；`` ``。``) and sub-item
  letters (``(a)``; Spanish and French ``a)``; Arabic ``(أ)``);
- the Documents entries ("Note by the Secretariat entitled “…” (symbol)") are sentences of
  the message catalogues, by kind of document.

What the site adds to the document (the facts list, the resolutions an item cites, its panel
discussions, downloads) is kept apart in :class:`SiteNotes`, so that the page can set it
outside the document's text. Everything is read in a fixed number of queries.
"""

import datetime
import re
from dataclasses import dataclass, field, replace

from babel import Locale
from babel.dates import format_date, format_interval, format_skeleton
from django.conf import settings
from django.db.models import Prefetch
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext, pgettext

from config.lib.i18n import Translated, fallback_block_label, text_direction, translated
from documents.models import Document
from sessions.models import ProgrammeEntry, ProgrammeSlot, ProgrammeStyle, Session
from sessions.programme import programme_of_work

from .annotation import Span, inline_spans, paragraphs
from .joint import joint_partners
from .models import PanelDiscussion
from .provisional_agenda import link_targets, session_items
from .translation_status import document_status


@dataclass(frozen=True)
class Conventions:
    """How a language's UN documents punctuate the agenda and letter its sub-items."""

    colon: str = ":"
    semicolon: str = ";"
    full_stop: str = "."
    letter: str = "({})"  # a sub-item: "(a)"
    reference: str = "{}({})"  # a sub-item named in a sentence or the annex: "3(a)"
    letters: str = "abcdefghijklmnopqrstuvwxyz"
    symbol: str = " ({})"  # a document's symbol after its title
    range_sign: str = "–"  # between the first and last day of a session
    two_days: str = " and "  # between two consecutive days
    early_continued: str = ""  # the "(continued)" of early documents, where it differs
    babel_locale: str = ""


# UN Arabic letters its sub-items in the abjad order (Babel has no such list).
ABJAD = ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن"]

CONVENTIONS = {
    "en": Conventions(babel_locale="en_GB"),  # "12 June 2024", not the American "June 12"
    "zh-hans": Conventions(
        colon="：",
        semicolon="；",
        full_stop="。",
        symbol="（{}）",
        range_sign="至",
        two_days="和",
        early_continued=" (续)",
        babel_locale="zh_Hans_CN",
    ),
    "fr": Conventions(
        colon="\u00a0:",
        semicolon="\u00a0;",
        letter="{})",
        reference="{} {})",
        two_days=" et ",
        babel_locale="fr",
    ),
    "es": Conventions(letter="{})", reference="{} {})", two_days=" y ", babel_locale="es"),
    "ru": Conventions(two_days=" и ", babel_locale="ru"),
    "ar": Conventions(semicolon="؛", letters=ABJAD, two_days=" و", babel_locale="ar"),
}

ENDING_PUNCTUATION = ":：;；.。؛ \u00a0"


def conventions(language):
    return CONVENTIONS.get(language, CONVENTIONS[settings.LANGUAGE_CODE])


def babel_locale(language):
    return Locale.parse(conventions(language).babel_locale)


def shown_letter(letter, language):
    """``a`` as the language writes it: ``a``, or ``أ`` in Arabic."""
    letters = conventions(language).letters
    index = 0
    for char in letter:
        index = index * 26 + (ord(char) - ord("a") + 1)
    return letters[index - 1] if 0 < index <= len(letters) else letter


def sub_item_letter(letter, language):
    """``a`` → ``(a)``, ``a)`` or ``(أ)``."""
    return conventions(language).letter.format(shown_letter(letter, language))


SUB_ITEM_LABEL = re.compile(r"(\d+)\(([a-z]{1,2})\)")


def item_reference(item, language):
    """``3`` or ``3(a)`` (``3 a)``, ``3(أ)``) as a sentence or the annex names the item."""
    match = SUB_ITEM_LABEL.fullmatch(item.label)
    if not match:
        return item.label
    return conventions(language).reference.format(match[1], shown_letter(match[2], language))


# --- Dates and times --------------------------------------------------------------------------


RANGE_SEPARATORS = " \u2009\u202f\u00a0–—-至"


def session_dates(start, end, language):
    """``12–14 June 2024``, ``12–14 de junio de 2024``, ``2024年6月12日至14日``,
    ``14 and 15 May 2009``, ``2009年5月14日和15日``: the CLDR's dates with the UN's signs.

    The first day gives what differs from the last (the day, the day and month, or the
    whole date), the last day its whole date in the CLDR's long form; Chinese, which writes
    the year first, takes the CLDR's interval pattern instead."""
    locale = babel_locale(language)
    if start == end:
        return format_date(start, "long", locale=locale)
    rules = conventions(language)
    sign = rules.two_days if end - start == datetime.timedelta(days=1) else rules.range_sign
    if language == "zh-hans":
        greatest = "d" if (start.year, start.month) == (end.year, end.month) else "M"
        greatest = "y" if start.year != end.year else greatest
        first, second = locale.interval_formats["yMMMd"][greatest]
        head = format_date(start, first, locale=locale).rstrip(RANGE_SEPARATORS)
        return head + sign + format_date(end, second, locale=locale)
    if start.year != end.year:
        head = format_date(start, "long", locale=locale)
    elif start.month != end.month:
        head = format_skeleton("MMMMd", start, locale=locale)
    else:
        head = format_skeleton("d", start, locale=locale)
    return head + sign + format_date(end, "long", locale=locale)


CJK_DIGIT = re.compile(r"(?<=[\u4e00-\u9fff])(?=\d)|(?<=\d)(?=[\u4e00-\u9fff])")


def slot_times(start, end, language):
    """``10 a.m.–1 p.m.``, ``3–6 p.m.``, ``上午 10 时至下午 1 时``, ``10:00–13:00``."""
    locale = babel_locale(language)
    on_the_hour = start.minute == 0 and end.minute == 0
    if language == "zh-hans":
        text = format_interval(start, end, "h" if on_the_hour else "hm", locale=locale)
        return CJK_DIGIT.sub(" ", text)
    if language == "en":
        text = format_interval(start, end, "h" if on_the_hour else "hm", locale=locale)
        text = text.replace("\u202f", " ").replace("\u2009", "").replace(" – ", "–")
        return text.replace("am", "a.m.").replace("pm", "p.m.").replace(":", ".")
    text = format_interval(start, end, "Hm", locale=locale)
    return text.replace("\u2009", "").replace(" – ", "–").replace(" — ", "–")


def day_heading(day, language, with_year=True, capitalized=True):
    """``Wednesday, 12 June 2024``, ``2024年6月12日，星期三``; ``Thursday, 14 May`` without
    the year; not ``capitalized``, the day as a sentence names it (``lundi 2 juin 2025``)."""
    locale = babel_locale(language)
    date = (
        format_date(day, "long", locale=locale)
        if with_year
        else format_skeleton("MMMMd", day, locale=locale)
    )
    weekday = format_date(day, "EEEE", locale=locale)
    text = gettext("%(weekday)s, %(date)s") % {"weekday": weekday, "date": date}
    return capfirst(text) if capitalized else text


def english_date(day):
    return format_date(day, "d MMMM y", locale="en_GB")


def english_language_name(code):
    """``zh-hans`` → ``Chinese``: the masthead names a language in English."""
    return Locale.parse(code.split("-")[0]).get_language_name("en")


# --- The document -----------------------------------------------------------------------------


@dataclass
class Paragraph:
    """A paragraph of running text as :class:`Span` pieces; ``lang`` is set when the text is
    another language's (a fallback)."""

    spans: list
    lang: str = ""

    @property
    def text(self):
        return "".join(span.text for span in self.spans)

    @property
    def dir(self):
        return text_direction(self.lang) if self.lang else ""


def with_notes(spans, notes):
    """The spans with each footnote reference carrying its footnote (``notes``: by number)."""
    return [
        replace(span, note=notes[span.footnote]) if span.footnote in notes else span
        for span in spans
    ]


@dataclass
class AgendaLine:
    """A line of the agenda list: ``1.`` ``Organizational matters:``, with its sub-items."""

    label: str
    title: Translated
    item: object
    children: list = field(default_factory=list)


@dataclass
class AnnotatedItem:
    label: str
    title: Translated
    item: object
    paragraphs: list
    children: list = field(default_factory=list)
    joint_note: Paragraph | None = None
    fallback_label: str = ""  # "Text in English" above an annotation in another language
    lang: str = ""  # the annotation's language when it is a fallback

    @property
    def dir(self):
        return text_direction(self.lang) if self.lang else ""

    documents: list = field(default_factory=list)  # Paragraphs: the Documents entries


@dataclass
class AnnexRow:
    time: str
    reference: str
    title: str
    mark: str
    item: object


@dataclass
class AnnexDay:
    date: datetime.date
    heading: str
    rows: list


@dataclass
class Footnote:
    number: int
    paragraph: Paragraph


@dataclass
class SiteNotes:
    """What the site shows beside the document, never inside it: by item, the resolutions
    it cites and its panel discussions; the session's resolutions and adopted ones."""

    items: list  # (item, its label, cited resolutions, panel titles)
    resolutions: list
    adopted_resolutions: list


@dataclass
class Rendition:
    session: Session
    language: str
    direction: str
    symbol: str
    organ: Translated
    distribution: str  # "Distr.: General"
    distribution_date: str  # "22 March 2024"
    version_language: str  # "Chinese"
    original: str  # "Original: English"
    body_name: Translated
    place_and_dates: str
    title: str
    agenda: list
    annotations: list
    footnotes: list
    annex_days: list
    annex_notes: list  # (letter, Paragraph)
    headings: dict
    site: SiteNotes
    translation_status: object  # the document's TranslationStatus (agendas.translation_status)

    @property
    def filename_stem(self):
        parts = [*self.session.url_kwargs().values(), self.language]
        return "-".join(str(part) for part in parts)


def document_title(session, language):
    """The session's own title of the document in ``language``, else the usual one."""
    own = translated(session, "document_title", language=language)
    if own and not own.fallback:
        return own.text
    return gettext("Annotated provisional agenda")


def place_and_dates(session, language):
    """``12–14 June 2024, Vienna``, ``2024年6月12日至14日，维也纳``: the session's city."""
    city = translated(session, "city", session.original_language, language).text
    if not session.start_date:
        return city
    dates = session_dates(session.start_date, session.end_date, language)
    if not city:
        return dates
    return gettext("%(dates)s, %(city)s") % {"dates": dates, "city": city}


def agenda_title(item, language, original_language, ending):
    title = translated(item, "title", original_language, language)
    text = title.text.rstrip(ENDING_PUNCTUATION) + ending
    return Translated(text, title.lang, title.fallback)


def agenda_lines(top_level, language, original_language):
    """The agenda list, punctuated: an item with sub-items ends with a colon, a sub-item with
    a semicolon, the last sub-item of an item and an item without sub-items with a full stop."""
    rules = conventions(language)
    lines = []
    for item in top_level:
        ending = rules.colon if item.children else rules.full_stop
        line = AgendaLine(
            f"{item.number}.", agenda_title(item, language, original_language, ending), item
        )
        for index, child in enumerate(item.children):
            last = index == len(item.children) - 1
            line.children.append(
                AgendaLine(
                    sub_item_letter(child.letter, language),
                    agenda_title(
                        child,
                        language,
                        original_language,
                        rules.full_stop if last else rules.semicolon,
                    ),
                    child,
                )
            )
        lines.append(line)
    return lines


DOCUMENT_ENTRIES = {
    Document.Kind.NOTE_BY_SECRETARIAT: lambda: pgettext(
        "documents entry", "Note by the Secretariat entitled “%(title)s”%(symbol)s"
    ),
    Document.Kind.THEMATIC_REPORT: lambda: pgettext(
        "documents entry",
        "Thematic report prepared by the Secretariat entitled “%(title)s”%(symbol)s",
    ),
    Document.Kind.BACKGROUND_PAPER: lambda: pgettext(
        "documents entry", "%(title)s, prepared by the Secretariat%(symbol)s"
    ),
}


def document_entry(document, language):
    """``Note by the Secretariat entitled “…” (CAC/COSP/WG.2/2024/2)``,
    ``秘书处题为“…”的说明（CAC/COSP/WG.2/2024/2）``, as a paragraph with the symbol linked."""
    title = translated(document, "title", language=language)
    pattern = DOCUMENT_ENTRIES.get(document.kind, lambda: "%(title)s%(symbol)s")()
    text = pattern % {"title": title.text, "symbol": "\x00"}
    before, _, after = text.partition("\x00")
    opening, closing = conventions(language).symbol.split("{}")
    return Paragraph(
        [
            Span(before + opening),
            Span(document.symbol, url=document.get_absolute_url()),
            Span(closing + after),
        ],
        lang=title.lang if title.fallback else "",
    )


def session_designation(session, language):
    value = translated(session, "title", session.original_language, language)
    return value.text or session.designation


def joint_paragraph(item, session, language, notes=None):
    """ "Agenda item 2 will be discussed in joint meetings with agenda item 4(a) of the
    fifteenth session of ...", each other item linked, with the footnote of this session's
    document that marks one of them (``notes``: the footnotes by number; the annex's notes,
    given none, leave it out)."""
    partners = joint_partners(item)
    if not partners:
        return None
    pieces = []
    for membership in partners:
        other = membership.agenda_item
        name = gettext("agenda item %(label)s of the %(session)s") % {
            "label": item_reference(other, language),
            "session": session_designation(other.session, language),
        }
        piece = [Span(name, url=other.get_absolute_url())]
        mark = membership.footnote
        if notes and mark is not None and mark.number in notes and mark.session_id == session.pk:
            piece.append(Span(str(mark.number), footnote=mark.number, note=notes[mark.number]))
        pieces.append(piece)
    # The catalogue's sentence with a placeholder for each partner, then the pieces put in.
    placeholders = [f"\x00{index}\x00" for index in range(len(pieces))]
    if len(placeholders) == 1:
        joined = placeholders[0]
    else:
        joined = gettext("%(first)s and %(last)s") % {
            "first": gettext(", ").join(placeholders[:-1]),
            "last": placeholders[-1],
        }
    sentence = gettext(
        "Agenda item %(label)s will be discussed in joint meetings with %(partners)s."
    ) % {
        "label": item_reference(item, language),
        "partners": joined,
    }
    spans = []
    for index, part in enumerate(re.split(r"\x00(\d+)\x00", sentence)):
        if index % 2:
            spans.extend(pieces[int(part)])
        elif part:
            spans.append(Span(part))
    return Paragraph(spans)


def continued_title(title, continued, language, style):
    """The annex's title with the "(continued)" mark: ``（续）`` in Chinese documents issued
    today, `` (续)`` in early ones."""
    if not continued:
        return title
    mark = gettext("(continued)")
    early = conventions(language).early_continued
    if style == ProgrammeStyle.EARLY and early:
        text = title.text + early
    else:
        text = title.text + ("" if mark[:1] == "（" else " ") + mark
    return Translated(text, title.lang, title.fallback)


def headings():
    return {
        "agenda": gettext("Provisional agenda"),
        "annotations": gettext("Annotations"),
        "documents": gettext("Documentation"),
        "annex": gettext("Annex"),
        "programme": gettext("Proposed programme of work"),
        "date_and_time": gettext("Date and time"),
        "agenda_item": gettext("Agenda item"),
        "title": gettext("Title or description"),
        "notes": gettext("Notes"),
    }


def annotated(item, language, original_language, targets, notes, session):
    documents, resolutions = targets
    text = translated(item, "annotation", original_language, language)
    lang = text.lang if text.fallback else ""
    label = f"{item.number}." if not item.parent_id else sub_item_letter(item.letter, language)
    return AnnotatedItem(
        label=label,
        title=translated(item, "title", original_language, language),
        item=item,
        paragraphs=[
            Paragraph(
                with_notes(inline_spans(part, documents, resolutions, set(notes)), notes), lang
            )
            for part in paragraphs(text.text)
        ],
        joint_note=None if item.parent_id else joint_paragraph(item, session, language, notes),
        fallback_label=fallback_block_label(lang) if lang and paragraphs(text.text) else "",
        lang=lang,
        documents=[
            document_entry(link.document, language)
            for link in item.document_links.all()
            if link.listed
        ],
    )


def render(session, language):
    """The document of ``session`` (read with its header: ``Session.objects.with_header()``)
    in ``language``."""
    with translation.override(language):
        return _render(session, language)


def _render(session, language):
    original_language = session.original_language
    items = session_items(session)
    by_pk = {item.pk: item for item in items}
    footnotes = list(session.footnotes.all())
    footnote_numbers = {footnote.number for footnote in footnotes}
    session_resolutions = list(session.resolutions.all())
    annotation_texts = [translated(item, "annotation", original_language) for item in items]
    footnote_texts = [translated(note, "text", original_language) for note in footnotes]
    targets = link_targets(session_resolutions, items, [*annotation_texts, *footnote_texts])
    notes = {
        note.number: Paragraph(
            inline_spans(text.text, *targets, footnote_numbers), text.lang if text.fallback else ""
        )
        for note, text in zip(footnotes, footnote_texts, strict=True)
    }

    top_level = []
    annotations = []
    annotated_by_pk = {}
    for item in items:
        item.children = []
        entry = annotated(item, language, original_language, targets, notes, session)
        annotated_by_pk[item.pk] = entry
        if item.parent_id in by_pk:
            by_pk[item.parent_id].children.append(item)
            annotated_by_pk[item.parent_id].children.append(entry)
        else:
            top_level.append(item)
            annotations.append(entry)

    resources = translated(session, "resources_note", original_language)
    if resources and annotations:
        # The meeting services available are a paragraph of the organization of work: the
        # last sub-item of the organizational matters (item 1(b)), as UN documents print it.
        organization = annotations[0].children[-1] if annotations[0].children else annotations[0]
        organization.paragraphs += [
            Paragraph([Span(part)], resources.lang if resources.fallback else "")
            for part in paragraphs(resources.text)
        ]

    slots = list(
        ProgrammeSlot.objects.filter(session=session).prefetch_related(
            Prefetch("entries", queryset=ProgrammeEntry.objects.order_by("position", "pk"))
        )
    )
    days, marks = programme_of_work(slots, by_pk, original_language)
    annex_days = []
    for day in days:
        rows = []
        for slot, slot_rows in day.slots:
            for row in slot_rows:
                rows.append(
                    AnnexRow(
                        time=slot_times(slot.start_time, slot.end_time, language)
                        if row.first_of_slot
                        else "",
                        reference=item_reference(row.item, language),
                        title=continued_title(
                            row.title, row.entry.continued, language, session.programme_style
                        ),
                        mark=row.mark,
                        item=row.item,
                    )
                )
        heading = day_heading(day.date, language, session.programme_style == ProgrammeStyle.CURRENT)
        annex_days.append(AnnexDay(day.date, heading, rows))
    annex_notes = []
    for mark in marks:
        note = joint_paragraph(by_pk[mark.item.pk], session, language)
        if note is not None:
            annex_notes.append((mark.letter, note))

    with translation.override("en"):
        distribution = (
            f"{gettext('Distr.:')} {session.get_distribution_display()}"
            if session.distribution
            else ""
        )
        original = f"{gettext('Original:')} {english_language_name(original_language)}"
    body = session.body
    return Rendition(
        session=session,
        language=language,
        direction="rtl" if language in settings.LANGUAGES_BIDI else "ltr",
        symbol=session.agenda_symbol or "",
        organ=translated(body.parent or body, "name", language=language),
        distribution=distribution,
        distribution_date=english_date(session.distribution_date)
        if session.distribution_date
        else "",
        version_language=english_language_name(language),
        original=original,
        body_name=translated(body, "name", language=language),
        place_and_dates=place_and_dates(session, language),
        title=document_title(session, language),
        agenda=agenda_lines(top_level, language, original_language),
        annotations=annotations,
        footnotes=[Footnote(number, paragraph) for number, paragraph in notes.items()],
        annex_days=annex_days,
        annex_notes=annex_notes,
        headings=headings(),
        translation_status=document_status(
            session, items, footnotes, [entry for slot in slots for entry in slot.entries.all()]
        ),
        site=site_notes(session, items, session_resolutions, language),
    )


def site_notes(session, items, session_resolutions, language):
    """The :class:`SiteNotes` of ``session`` from its ``items`` (in agenda order, their
    resolutions and panel discussions prefetched) and its resolutions."""
    return SiteNotes(
        items=[
            (
                item,
                item_reference(item, language),
                list(item.resolutions.all()),
                [
                    translated(panel, "title", session.original_language)
                    for panel in item.panel_discussions.all()
                ],
            )
            for item in items
            if item.resolutions.all() or item.panel_discussions.all()
        ],
        resolutions=session_resolutions,
        # Only the Conference adopts resolutions (Resolution.clean): no query for the others.
        adopted_resolutions=[]
        if session.body.parent_id
        else list(session.adopted_resolutions.order_by("sequence")),
    )


def page_items(session):
    """The items of ``session`` in agenda order as :func:`site_notes` needs them beside a
    frozen document: their labels, resolutions and panel discussions, not their texts."""
    return list(
        session.agenda_items.only("session_id", "label", "position")
        .prefetch_related(
            "resolutions",
            Prefetch(
                "panel_discussions", queryset=PanelDiscussion.objects.order_by("position", "pk")
            ),
        )
        .order_by("position")
    )
