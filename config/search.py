"""Search over titles and annotations in every language, ranked, with a snippet of each match.

Chinese is written without spaces between words, so a word-based index would not find a
Chinese word inside a sentence: each language's column is matched as a substring
(``icontains``), which finds words in every script on SQLite and PostgreSQL alike, in any
case: "техническая" finds "Техническая" on both (on SQLite through ``config.lib.casefold``).
A field's six language columns are matched as one text (``EveryLanguage``: a line break,
which no query holds, between two, so that no match spans two languages): one condition,
which on PostgreSQL a trigram index of that very expression answers (``pg_trgm``,
``config.lib.searchindex``, created by each app's migration), and whose statistics tell the
planner how many rows a word finds: a common word's first rows are read from the table, a
rare word's from the index.

A query also finds the synonyms editors declared (``SearchSynonym``: 实益所有权 finds
受益所有权). Within each group, results are ranked: an exact symbol or number first, then a
match in a title, then one in an annotation, each rank in the lists' usual order.

A common word matches tens of thousands of rows: ranking and counting them all costs
seconds. So a group reads at most ``MOST_RESULTS`` of them, the best ranks first (each
rank's rows, unordered, up to the limit, so that the database stops reading there, with
their rank: one query), counts them, then reads the page's rows among them, ordered (a
second query, which names their keys).
A group with more says so ("more than 200") instead of counting them; its pages reach its
first ``MOST_RESULTS``.
"""

import re
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Case, IntegerField, Q, TextField, Value, When
from django.utils.translation import get_language

from agendas.models import AgendaItem
from config.lib.i18n import EveryLanguage, fallback_languages, translated
from config.lib.lookups import AnyOf
from config.models import SearchSynonym
from documents.keys import resolution_query
from documents.models import Document, DocumentSymbol, Resolution
from sessions.models import Session

MAX_QUERY_LENGTH = 200
#: Characters of text shown on either side of a match in a snippet.
SNIPPET_CONTEXT = 60

EXACT, TITLE, OTHER = 0, 1, 2

#: The most results of a group that are ranked and listed; a group with more says so.
MOST_RESULTS = 200


def clean_query(text):
    """The query as searched: spaces collapsed, at most MAX_QUERY_LENGTH characters."""
    text = " ".join((text or "").replace("\x00", "").split())
    return text[:MAX_QUERY_LENGTH]


def contains_in_any_language(fields, texts):
    """Q matching any of ``texts`` inside any language column of any of ``fields``: one
    condition on each field's text in every language (``EveryLanguage``), which an index
    answers, and the planner estimates, as one (where an OR of six columns takes six index
    scans and an estimate of each)."""
    icontains = TextField().get_lookup("icontains")
    return reduce(
        or_, (Q(icontains(EveryLanguage(field), text)) for text in texts for field in fields)
    )


def number_text(text):
    """A resolution number typed as the query (``7/1``) finds the resolutions and decisions
    of that number; a key (``decision 7/1``, ``A/RES/58/4``) finds that one."""
    return resolution_query(text) or Q(pk__in=[])


def other_symbol(lookup, texts):
    """Q of the documents one of whose other symbols matches one of ``texts``."""
    return Q(
        pk__in=DocumentSymbol.objects.filter(any_of(f"symbol__{lookup}", texts)).values("document")
    )


def any_of(lookup, texts):
    return reduce(or_, (Q(**{lookup: text}) for text in texts))


@dataclass(frozen=True)
class Group:
    """One kind of result: what it searches, how it ranks, how its rows are shown."""

    key: str
    #: () → the rows a reader may find (published ones)
    visible: object
    #: ((rank, (texts) → Q), ...), best rank first: what a row found matches, each a
    #: condition a trigram or other index answers on its own (no OR across tables)
    matches: tuple
    #: the translated fields of a title match, then the other fields searched
    title_fields: tuple
    other_fields: tuple
    #: the usual order of the group's list, after the rank
    order: tuple
    #: () → the queryset the shown rows are read from (with what their lines need)
    rows: object
    #: plain (untranslated) fields a snippet may come from
    plain_fields: tuple = ()

    def stages(self, texts):
        """(rank, queryset) of each of ``matches`` in order: the visible rows it matches
        that no earlier one does, unordered (so that each row comes once, at its best
        rank)."""
        # The visible rows' queryset built once (a document's visibility is a subquery),
        # each stage's conditions added in one filter.
        visible = self.visible()
        stages, earlier = [], []
        for rank, match in self.matches:
            condition = match(texts)
            stages.append((rank, visible.filter(condition, *(~other for other in earlier))))
            earlier.append(condition)
        return stages

    def candidates_query(self, texts):
        """(using, sql, params) of the query :meth:`candidates` runs; None when nothing can
        match. Each stage is read unordered up to the limit (the database stops there
        instead of sorting every match); the next stage only while rows are missing."""
        parts, params, using = [], [], None
        for rank, queryset in self.stages(texts):
            using = queryset.db
            query = queryset.order_by().values_list("pk")[: MOST_RESULTS + 1].query
            try:
                sql, stage_params = query.get_compiler(using).as_sql()
            except EmptyResultSet:  # e.g. no resolution number in the query
                continue
            # Django's own SQL of the stage (its values are parameters) and a rank, one of
            # the constants above: nothing of the query is written into the SQL.
            parts.append(f"SELECT stage.*, {int(rank)} FROM ({sql}) AS stage")  # noqa: S608
            params.extend(stage_params)
        if not parts:
            return None
        return using, f"{' UNION ALL '.join(parts)} LIMIT {MOST_RESULTS + 1}", params

    def candidates(self, texts):
        """[(pk, rank)] of at most ``MOST_RESULTS + 1`` rows found, the best ranks first, in
        one query."""
        query = self.candidates_query(texts)
        if query is None:
            return []
        using, sql, params = query
        with connections[using].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def page(self, texts, start, size):
        """The :class:`Found` page of the group that starts at ``start``: the candidates
        and their ranks (:meth:`candidates`, one query), then the page's rows among them,
        ordered (a second query, which names the candidates' keys: planned and run in a
        fraction of the time of one query that held the candidates' as a subquery and
        ranked them again)."""
        candidates = self.candidates(texts)
        end = min(start + size, MOST_RESULTS)
        results = []
        if start < end and candidates:
            keys = {}
            for pk, rank in candidates:
                keys.setdefault(rank, []).append(pk)
            rank = Case(
                *(When(AnyOf("pk", pks), then=Value(rank)) for rank, pks in keys.items()),
                output_field=IntegerField(),
            )
            results = list(
                self.rows()
                .filter(AnyOf("pk", [pk for pk, _rank in candidates]))
                .annotate(search_rank=rank)
                .order_by("search_rank", *self.order, "pk")[start:end]
            )
        for obj in results:
            obj.search_snippet = self.snippet(obj, texts)
        found = len(candidates)
        return Found(min(found, MOST_RESULTS), found > MOST_RESULTS, results)

    def snippet(self, obj, texts):
        """Where ``obj`` matched, in the reader's language first: None when it is the title
        the result line shows anyway."""
        pattern = re.compile("|".join(re.escape(text) for text in texts), re.IGNORECASE)
        language = get_language()
        original = obj.session.original_language if isinstance(obj, AgendaItem) else None
        order = fallback_languages(language, original)
        order += [code for code, _name in settings.LANGUAGES if code not in order]
        shown_title = translated(obj, "title", original) if self.title_fields else None
        candidates = [
            (field, code, getattr(obj, f"{field}_{code.replace('-', '_')}", "") or "")
            for field in (*self.title_fields, *self.other_fields)
            for code in order
        ]
        candidates += [(field, None, getattr(obj, field, "") or "") for field in self.plain_fields]
        for field, code, text in candidates:
            match = pattern.search(text)
            if match is None:
                continue
            if shown_title is not None and field == "title" and code == shown_title.lang:
                return None
            return Snippet.around(text, match, code)
        return None


@dataclass(frozen=True)
class Found:
    """A group's results: ``count`` of them (at most ``MOST_RESULTS``: ``capped`` when
    there are more) and the ``rows`` of the page asked for, each with its snippet."""

    count: int
    capped: bool
    rows: list


@dataclass(frozen=True)
class Snippet:
    """A short extract of the text that matched: ``before``, the ``match`` (shown marked)
    and ``after``, in the language ``lang`` (None: a symbol, in no language)."""

    before: str
    match: str
    after: str
    lang: str | None

    @classmethod
    def around(cls, text, match, lang):
        """The snippet of ``text`` around ``match`` (a regular expression's match object),
        on one line, with an ellipsis where the text goes on."""
        start = max(0, match.start() - SNIPPET_CONTEXT)
        end = min(len(text), match.end() + SNIPPET_CONTEXT)
        before = one_line(text[start : match.start()])
        after = one_line(text[match.end() : end])
        return cls(
            before=f"…{before.lstrip()}" if start else before,
            match=match.group(),
            after=f"{after.rstrip()}…" if end < len(text) else after,
            lang=lang,
        )


def one_line(text):
    return text.replace("\r\n", " ").replace("\n", " ")


def title_match(fields):
    return lambda texts: contains_in_any_language(fields, texts)


def resolution_number(texts):
    return reduce(or_, (number_text(text) for text in texts))


GROUPS = (
    Group(
        key="sessions",
        visible=lambda: Session.objects.published(),
        matches=(
            (EXACT, lambda texts: any_of("agenda_symbol__iexact", texts)),
            (TITLE, title_match(["title"])),
        ),
        title_fields=("title",),
        other_fields=(),
        order=("-start_date", "body__symbol_prefix", "-ordinal"),
        rows=lambda: Session.objects.with_header(),
        plain_fields=("agenda_symbol",),
    ),
    Group(
        key="items",
        visible=lambda: AgendaItem.objects.published(),
        matches=((TITLE, title_match(["title"])), (OTHER, title_match(["annotation"]))),
        title_fields=("title",),
        other_fields=("annotation",),
        order=("-session__start_date", "session__body__symbol_prefix", "position"),
        rows=lambda: AgendaItem.objects.select_related("session__body", "parent"),
    ),
    Group(
        key="resolutions",
        visible=lambda: Resolution.objects.all(),
        matches=((EXACT, resolution_number), (TITLE, title_match(["title"]))),
        title_fields=("title",),
        other_fields=(),
        order=("session_number", "sequence"),
        rows=lambda: Resolution.objects.all(),
    ),
    Group(
        key="documents",
        visible=lambda: Document.objects.public(),
        matches=(
            (EXACT, lambda texts: any_of("symbol__iexact", texts)),
            (EXACT, lambda texts: other_symbol("iexact", texts)),
            (TITLE, title_match(["title"])),
            (OTHER, lambda texts: any_of("symbol__icontains", texts)),
            (OTHER, lambda texts: other_symbol("icontains", texts)),
        ),
        title_fields=("title",),
        other_fields=(),
        order=("symbol",),
        rows=lambda: Document.objects.select_related("body"),
        plain_fields=("symbol",),
    ),
)


def search(query, start, size):
    """{group key: :class:`Found`} for ``query`` and its synonyms."""
    texts = SearchSynonym.objects.variants(query)
    return {group.key: group.page(texts, start, size) for group in GROUPS}


PAGE_NUMBER = re.compile(r"[1-9][0-9]{0,5}")


def page_number(value):
    """``"3"`` → 3; None for anything that is no page number (``abc``, ``0``, ``²``, a
    number of thousands of digits). No value is the first page."""
    if value in (None, ""):
        return 1
    return int(value) if PAGE_NUMBER.fullmatch(value) else None
