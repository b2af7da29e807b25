"""Annotation text as the public site shows it.

An annotation is plain text: paragraphs separated by a blank line, ``[^1]`` where footnote 1
is referenced, document symbols (``CAC/COSP/2023/14``) and resolution numbers (``10/6``)
written inside the sentences. The site turns footnote references into linked superscripts,
and symbols and resolution numbers it knows into links to their pages.

A number is a resolution or a decision, of the Conference or of another organ, as the words
around it say, in any of the six languages: “decision 7/1”, “General Assembly resolution
58/4”, “résolution 58/4 de l'Assemblée générale”, “大会第58/4号决议”, “第7/1号决定”. A
number without such words (“resolutions 9/2 and 10/6”) is of the same kind as the number
before it in the list; a number alone is the only known text of that number, or else the
Conference's resolution.
"""

import functools
import re
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.html import escape, format_html, format_html_join

from documents.keys import BY_SYMBOL_PREFIX, ResolutionRef
from documents.models import SYMBOL_PATTERN, Resolution

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A footnote reference, a document symbol, or a resolution number such as 10/6 (not part of a
# symbol or of a longer number). Chinese text has no spaces: only ASCII letters and digits
# count as neighbours.
TOKEN = re.compile(
    r"\[\^(?P<footnote>\d{1,3})\]"
    rf"|(?<![A-Za-z0-9/.\-])(?P<symbol>{SYMBOL_PATTERN})"
    r"|(?<![A-Za-z0-9/.])(?P<resolution>\d{1,4}/\d{1,4})(?![A-Za-z0-9/])"
)

# The words that say which text a number is, in the six languages.
KINDS = {
    Resolution.Kind.DECISION: r"d[eé]cisi(?:on|ón|ones)s?|решени\w*|المقرر|مقرر|决定",
    Resolution.Kind.RESOLUTION: r"r[eé]solutions?|resoluci(?:ón|ones)|резолюци\w*|القرار|قرار|决议",
}
ORGANS = {
    Resolution.Organ.GENERAL_ASSEMBLY: (
        r"General Assembly|Assemblée générale|Asamblea General|Генеральн\w* Ассамбле\w*"
        r"|الجمعية العامة|大会"
    ),
    Resolution.Organ.ECONOMIC_AND_SOCIAL_COUNCIL: (
        r"Economic and Social Council|Conseil économique et social|Consejo Económico y Social"
        r"|Экономическ\w* и Социальн\w* Совет\w*|المجلس الاقتصادي والاجتماعي|经济及社会理事会"
        r"|经社理事会"
    ),
    Resolution.Organ.CRIME_COMMISSION: (
        r"Commission on Crime Prevention and Criminal Justice"
        r"|Commission pour la prévention du crime et la justice pénale"
        r"|Comisión de Prevención del Delito y Justicia Penal"
        r"|Комисси\w* по предупреждению преступности и уголовному правосудию"
        r"|لجنة منع الجريمة والعدالة الجنائية|预防犯罪和刑事司法委员会"
    ),
    Resolution.Organ.CONFERENCE: (
        r"Conference|Conférence|Conferencia|Конференци\w*|المؤتمر|缔约国会议"
    ),
}
KIND_WORDS = {kind: re.compile(rf"^(?:{words})$", re.IGNORECASE) for kind, words in KINDS.items()}
ORGAN_NAMES = {
    organ: re.compile(rf"^(?:{names})$", re.IGNORECASE) for organ, names in ORGANS.items()
}
ANY_KIND = "|".join(KINDS.values())
ANY_ORGAN = "|".join(ORGANS.values())
# Right before the number: "General Assembly resolution ", "decision ", "قرار الجمعية العامة ",
# "大会第".
BEFORE = re.compile(
    rf"(?:(?P<organ>{ANY_ORGAN})\s*(?:['’]s\s*)?)?"
    rf"(?:(?P<kind>{ANY_KIND})\s*(?:(?P<organ_after_kind>{ANY_ORGAN})\s*)?)?"
    r"(?:第\s*)?$",
    re.IGNORECASE,
)
# Right after it: "号决定" (Chinese), "de l'Assemblée générale", "of the Conference".
AFTER_KIND = re.compile(rf"^\s*号\s*(?P<kind>{ANY_KIND})")
AFTER_ORGAN = re.compile(
    rf"^\s*(?:of\s+the\s+|de\s+l['’]\s*|de\s+la\s+|del\s+|du\s+|de\s+)?(?P<organ>{ANY_ORGAN})",
    re.IGNORECASE,
)
# Between two numbers of one list: "resolutions 9/2 and 10/6", "第 9/2 号和第 10/6 号".
LIST_JOIN = re.compile(r"^\s*(?:号\s*)?(?:,|and|et|y|и|و|和|及|、)\s*(?:第\s*)?$", re.IGNORECASE)


def word_meaning(words, text):
    """The key of ``words`` (KIND_WORDS or ORGAN_NAMES) whose pattern ``text`` is, or None."""
    if not text:
        return None
    return next((key for key, pattern in words.items() if pattern.match(text.strip())), None)


@functools.lru_cache(maxsize=4096)
def said_before(text):
    """``(organ, kind)`` that ``text``, the words right before a number, name (each None where
    they say nothing). BEFORE is tried at every place of the text, the costliest step of
    reading an annotation: the same words are read once, whichever page, language version or
    file of the document reads them again."""
    before = BEFORE.search(text)
    if not before:
        return None, None
    return (
        word_meaning(ORGAN_NAMES, before["organ"] or before["organ_after_kind"]),
        word_meaning(KIND_WORDS, before["kind"]),
    )


def cited_identity(text, start, end, previous):
    """``(organ, kind)`` of the number at ``text[start:end]`` as its neighbours say, each None
    where they say nothing; ``previous`` is the preceding number's ``(end, identity)``."""
    organ, kind_before = said_before(text[max(0, start - 80) : start])
    after = text[end : end + 80]
    kind = None
    if match := AFTER_KIND.match(after):
        kind = word_meaning(KIND_WORDS, match["kind"])
    kind = kind or kind_before
    if organ is None and (match := AFTER_ORGAN.match(after)):
        organ = word_meaning(ORGAN_NAMES, match["organ"])
    if kind is None and organ is None and previous is not None:
        previous_end, identity = previous
        if LIST_JOIN.match(text[previous_end:start]):
            return identity
    return organ, kind


def cited_resolution(number, organ, kind, resolutions):
    """The page of the text cited as ``number`` with ``organ`` and ``kind`` (None: not
    said) among ``resolutions`` ({ResolutionRef: url}), or None."""
    session_number, sequence = (int(part) for part in number.split("/"))
    candidates = [
        ref
        for ref in resolutions
        if (ref.session_number, ref.sequence) == (session_number, sequence)
        and organ in (None, ref.organ)
        and kind in (None, ref.kind)
    ]
    if len(candidates) > 1:
        default = ResolutionRef(
            organ or Resolution.Organ.CONFERENCE,
            kind or Resolution.Kind.RESOLUTION,
            session_number,
            sequence,
        )
        candidates = [ref for ref in candidates if ref == default]
    return resolutions[candidates[0]] if len(candidates) == 1 else None


def resolution_by_symbol(symbol, resolutions):
    """The page of the resolution whose official symbol is ``symbol`` (``A/RES/58/4``)."""
    prefix, _slash, number = symbol.upper().rpartition("/")
    prefix, _slash, session_number = prefix.rpartition("/")
    identity = BY_SYMBOL_PREFIX.get(prefix)
    if identity is None or not (session_number.isdigit() and number.isdigit()):
        return None
    return resolutions.get(ResolutionRef(*identity, int(session_number), int(number)))


SYMBOL = re.compile(rf"(?<![A-Za-z0-9/.\-]){SYMBOL_PATTERN}")


def clean_symbol(candidate):
    """A symbol at the end of a sentence loses the full stop that follows it."""
    return candidate.rstrip(".-")


def symbols_in(text):
    """The candidate document symbols written in ``text``."""
    return {clean_symbol(match) for match in SYMBOL.findall(text or "")}


def paragraphs(text):
    return [part.strip() for part in PARAGRAPH_BREAK.split(text or "") if part.strip()]


def footnote_reference(number):
    """The linked superscript of footnote ``number`` (agendas/partials.html)."""
    return render_to_string("agendas/partials.html#footnote-reference", {"number": number})


def render_inline(text, documents=None, resolutions=None, footnotes=None):
    """One paragraph, escaped, with its footnote references, symbols and resolutions linked
    (the pieces of :func:`inline_spans`).

    This is a parser, so it builds its markup here: the links fall inside running text at
    places only the tokens tell. Every piece of the text goes through ``escape`` and every
    link through ``format_html`` (or the footnote's template), so the joined result is safe.
    """
    out = []
    for span in inline_spans(text, documents, resolutions, footnotes):
        if span.footnote is not None:
            out.append(footnote_reference(span.footnote))
        elif span.url:
            out.append(format_html('<a href="{}">{}</a>', span.url, span.text))
        else:
            out.append(escape(span.text))
    return format_html_join("", "{}", ((part,) for part in out))


def annotation_paragraphs(text, documents=None, resolutions=None, footnotes=None):
    """The annotation's paragraphs, each rendered by :func:`render_inline` (the template puts
    each in its ``<p>``)."""
    return [render_inline(part, documents, resolutions, footnotes) for part in paragraphs(text)]


@dataclass(frozen=True)
class Span:
    """A piece of running text: plain, a link (``url``), or a footnote reference
    (``footnote``: its number, ``text`` the mark a reader sees; ``note``: the footnote's own
    text, for a printed page that sets it at the foot of the page)."""

    text: str
    url: str = ""
    footnote: int | None = None
    note: object = None


def inline_spans(text, documents=None, resolutions=None, footnotes=None):
    """One paragraph as :class:`Span` pieces: the same text for a page, a DOCX or a PDF, each
    of which renders the links and footnote references in its own way.

    ``documents`` maps a symbol to its page, ``resolutions`` a
    :class:`documents.keys.ResolutionRef` to its page; ``footnotes`` is the set of the
    session's footnote numbers. Anything unknown stays text.
    """
    documents = documents or {}
    resolutions = resolutions or {}
    footnotes = footnotes if footnotes is not None else set()
    out = []
    position = 0
    previous = None  # the last resolution number: (where it ends, its identity)
    for match in TOKEN.finditer(text):
        if match.start() > position:
            out.append(Span(text[position : match.start()]))
        position = match.end()
        token = match.group(0)
        if match.group("footnote"):
            number = int(match.group("footnote"))
            out.append(Span(str(number), footnote=number) if number in footnotes else Span(token))
        elif match.group("symbol"):
            symbol = clean_symbol(token)
            url = documents.get(symbol) or resolution_by_symbol(symbol, resolutions) or ""
            out.append(Span(symbol, url=url))
            if token[len(symbol) :]:
                out.append(Span(token[len(symbol) :]))
        else:
            identity = cited_identity(text, match.start(), match.end(), previous)
            previous = (match.end(), identity)
            out.append(Span(token, url=cited_resolution(token, *identity, resolutions) or ""))
    if position < len(text):
        out.append(Span(text[position:]))
    return out
