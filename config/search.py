"""Search over titles and annotations in every language.

Chinese is written without spaces between words, so a word-based index would not find a
Chinese word inside a sentence: each language's column is matched as a substring
(``icontains``), which finds words in every script on SQLite and PostgreSQL alike, in any
case: "техническая" finds "Техническая" on both (on SQLite through ``config.lib.casefold``).
"""

import re
from functools import reduce
from operator import or_

from django.db.models import Q

from agendas.models import AgendaItem
from config.lib.i18n import in_every_language
from documents.keys import resolution_query
from documents.models import Document, DocumentSymbol, Resolution
from sessions.models import Session

MAX_QUERY_LENGTH = 200


def clean_query(text):
    """The query as searched: spaces collapsed, at most MAX_QUERY_LENGTH characters."""
    text = " ".join((text or "").replace("\x00", "").split())
    return text[:MAX_QUERY_LENGTH]


def contains_in_any_language(fields, text):
    """Q matching ``text`` inside any language column of any of ``fields``."""
    return reduce(
        or_, (Q(**{f"{column}__icontains": text}) for column in in_every_language(*fields))
    )


def search_sessions(text):
    """Sessions by their designation in any language, or by their agenda's symbol."""
    return (
        Session.objects.published()
        .with_header()
        .filter(contains_in_any_language(["title"], text) | Q(agenda_symbol__icontains=text))
    )


def search_items(text):
    return AgendaItem.objects.published_newest_first().filter(
        contains_in_any_language(["title", "annotation"], text)
    )


def search_resolutions(text):
    return Resolution.objects.filter(
        contains_in_any_language(["title"], text) | Q(number_text(text))
    )


def number_text(text):
    """A resolution number typed as the query (``7/1``) finds the resolutions and decisions
    of that number; a key (``decision 7/1``, ``A/RES/58/4``) finds that one."""
    return resolution_query(text) or Q(pk__in=[])


def search_documents(text):
    """Public documents by title in any language, or by any of their symbols."""
    other_symbols = DocumentSymbol.objects.filter(symbol__icontains=text).values("document")
    return (
        Document.objects.public()
        .filter(
            contains_in_any_language(["title"], text)
            | Q(symbol__icontains=text)
            | Q(pk__in=other_symbols)
        )
        .select_related("body")
    )


PAGE_NUMBER = re.compile(r"[1-9][0-9]{0,5}")


def page_number(value):
    """``"3"`` → 3; None for anything that is no page number (``abc``, ``0``, ``²``, a
    number of thousands of digits). No value is the first page."""
    if value in (None, ""):
        return 1
    return int(value) if PAGE_NUMBER.fullmatch(value) else None
