"""Annotation text as the public site shows it.

An annotation is plain text: paragraphs separated by a blank line, ``[^1]`` where footnote 1
is referenced, document symbols (``CAC/COSP/2023/14``) and resolution numbers (``10/6``)
written inside the sentences. The site turns footnote references into linked superscripts,
and symbols and resolution numbers it knows into links to their pages.
"""

import re
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.html import escape, format_html, format_html_join

from documents.models import SYMBOL_PATTERN

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A footnote reference, a document symbol, or a resolution number such as 10/6 (not part of a
# symbol or of a longer number). Chinese text has no spaces: only ASCII letters and digits
# count as neighbours.
TOKEN = re.compile(
    r"\[\^(?P<footnote>\d{1,3})\]"
    rf"|(?<![A-Za-z0-9/.\-])(?P<symbol>{SYMBOL_PATTERN})"
    r"|(?<![A-Za-z0-9/.])(?P<resolution>\d{1,3}/\d{1,3})(?![A-Za-z0-9/])"
)
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
    """One paragraph, escaped, with its footnote references, symbols and resolutions linked.

    ``documents`` maps a symbol to its page, ``resolutions`` a number (``"10/6"``) to its page;
    ``footnotes`` is the set of the session's footnote numbers. Anything unknown stays text.

    This is a parser, so it builds its markup here: the links fall inside running text at
    places only the tokens tell. Every piece of the text goes through ``escape`` and every
    link through ``format_html`` (or the footnote's template), so the joined result is safe.
    """
    documents = documents or {}
    resolutions = resolutions or {}
    footnotes = footnotes if footnotes is not None else set()
    out = []
    position = 0
    for match in TOKEN.finditer(text):
        out.append(escape(text[position : match.start()]))
        position = match.end()
        token = match.group(0)
        if match.group("footnote"):
            number = int(match.group("footnote"))
            out.append(footnote_reference(number) if number in footnotes else escape(token))
        elif match.group("symbol"):
            symbol = clean_symbol(token)
            rest = token[len(symbol) :]
            if symbol in documents:
                out.append(format_html('<a href="{}">{}</a>{}', documents[symbol], symbol, rest))
            else:
                out.append(escape(token))
        else:
            number = re.sub(r"\s", "", token)
            if number in resolutions:
                out.append(format_html('<a href="{}">{}</a>', resolutions[number], token))
            else:
                out.append(escape(token))
    out.append(escape(text[position:]))
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
    """One paragraph as :class:`Span` pieces, tokenized as :func:`render_inline` does: the
    same text for a page, a DOCX or a PDF, each of which renders the links and footnote
    references in its own way."""
    documents = documents or {}
    resolutions = resolutions or {}
    footnotes = footnotes if footnotes is not None else set()
    out = []
    position = 0
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
            out.append(Span(symbol, url=documents.get(symbol, "")))
            if token[len(symbol) :]:
                out.append(Span(token[len(symbol) :]))
        else:
            out.append(Span(token, url=resolutions.get(re.sub(r"\s", "", token), "")))
    if position < len(text):
        out.append(Span(text[position:]))
    return out
