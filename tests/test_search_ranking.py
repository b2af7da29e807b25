"""Search results ranked (an exact symbol or number, then a title, then an annotation), each
with a marked snippet of where it matched; the editors' synonyms; on PostgreSQL, the trigram
indexes answer the search."""

import pytest
from django.core.cache import cache
from django.db import connection

from agendas.models import AgendaItem
from config import search
from config.models import SearchSynonym
from documents.models import Document, Resolution
from sessions.models import Session
from tests.factories import AgendaItemFactory, DocumentFactory, ResolutionFactory

pytestmark = pytest.mark.django_db


def results(client, query, group):
    # Rendered, not served from the page cache: the view's context is read.
    cache.clear()
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    return response.context["groups"][group]["results"]


def test_a_title_match_comes_before_an_annotation_match(client, session):
    AgendaItemFactory(session=session, number=1, title_en="Opening", annotation_en="On recovery.")
    AgendaItemFactory(session=session, number=2, title_en="Asset recovery")
    found = results(client, "recovery", "items")
    assert [item.title_en for item in found] == ["Asset recovery", "Opening"]


def test_an_exact_symbol_comes_before_titles_and_longer_symbols(client, db):
    DocumentFactory(symbol="CAC/COSP/WG.2/2024/21", title_en="Later note")
    DocumentFactory(symbol="CAC/COSP/WG.1/2024/3", title_en="On CAC/COSP/WG.2/2024/2 and more")
    DocumentFactory(symbol="CAC/COSP/WG.2/2024/2", title_en="Note by the Secretariat")
    found = results(client, "cac/cosp/wg.2/2024/2", "documents")
    assert [document.symbol for document in found] == [
        "CAC/COSP/WG.2/2024/2",
        "CAC/COSP/WG.1/2024/3",
        "CAC/COSP/WG.2/2024/21",
    ]


def test_a_resolution_number_comes_before_a_title_that_mentions_it(client, db):
    ResolutionFactory(session_number=9, sequence=1, title_en="Follow-up to resolution 10/6")
    ResolutionFactory(session_number=10, sequence=6, title_en="Prevention")
    found = results(client, "10/6", "resolutions")
    assert [resolution.number for resolution in found] == ["10/6", "9/1"]


def test_a_snippet_marks_where_an_annotation_matched(client, session):
    AgendaItemFactory(
        session=session,
        number=1,
        title_en="Other matters",
        annotation_en="The group will consider <b>technical</b> assistance to States.",
    )
    page = client.get("/en/search/", {"q": "ASSISTANCE"}).content.decode()
    assert (
        '<span class="snippet" lang="en" dir="auto">The group will consider '
        "&lt;b&gt;technical&lt;/b&gt; <mark>assistance</mark> to States.</span>"
    ) in page


def test_a_snippet_of_a_long_text_is_cut_around_the_match(session):
    long_text = "word " * 40 + "needle " + "word " * 40
    item = AgendaItemFactory(session=session, number=1, title_en="Item", annotation_en=long_text)
    snippet = search.GROUPS[1].snippet(item, ["needle"])
    assert snippet.match == "needle"
    assert snippet.before.startswith("…")
    assert snippet.after.endswith("…")
    assert len(snippet.before) <= search.SNIPPET_CONTEXT + 1


def test_no_snippet_repeats_the_title_the_line_shows(client, session):
    AgendaItemFactory(session=session, number=1, title_en="Asset recovery")
    page = client.get("/en/search/", {"q": "asset"}).content.decode()
    assert "<mark>" not in page


def test_a_match_in_another_language_is_shown_in_it(client, session):
    AgendaItemFactory(
        session=session, number=1, title_en="Technical assistance", title_zh_hans="技术援助"
    )
    page = client.get("/en/search/", {"q": "援助"}).content.decode()
    assert '<span class="snippet" lang="zh-hans" dir="auto">技术<mark>援助</mark></span>' in page


def test_a_declared_synonym_finds_the_other_wording(client, session):
    AgendaItemFactory(
        session=session, number=1, title_en="Beneficial ownership", title_zh_hans="受益所有权"
    )
    AgendaItemFactory(
        session=session, number=2, title_en="Beneficial owners", title_zh_hans="实益所有权"
    )
    assert len(results(client, "实益所有权", "items")) == 1
    SearchSynonym.objects.create(term="实益所有权", synonym="受益所有权")
    for query in ("实益所有权", "受益所有权", "透明的受益所有权"[3:]):
        assert {item.title_zh_hans for item in results(client, query, "items")} == {
            "受益所有权",
            "实益所有权",
        }


def test_synonyms_replace_a_term_inside_a_longer_query_whatever_its_case(db):
    SearchSynonym.objects.create(term="Asset Recovery", synonym="recovery of assets")
    assert SearchSynonym.objects.variants("international ASSET RECOVERY") == [
        "international ASSET RECOVERY",
        "international recovery of assets",
    ]


def test_editors_maintain_the_synonyms_in_the_admin(editor_client):
    response = editor_client.post(
        "/admin/config/searchsynonym/add/", {"term": "实益所有权", "synonym": "受益所有权"}
    )
    assert response.status_code == 302
    assert str(SearchSynonym.objects.get()) == "实益所有权 ↔ 受益所有权"


def test_a_synonym_cannot_be_its_own_term(editor_client):
    response = editor_client.post(
        "/admin/config/searchsynonym/add/", {"term": "Asset", "synonym": " asset "}
    )
    assert response.status_code == 200
    assert "A synonym is another word than the term." in response.content.decode()
    assert not SearchSynonym.objects.exists()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="trigram indexes: PostgreSQL only")
@pytest.mark.parametrize(
    ("model", "fields", "query", "index"),
    [
        (
            AgendaItem,
            ["title", "annotation"],
            "资产追回",
            "agendas_agendaitem_annotation_text_trgm",
        ),
        (AgendaItem, ["title", "annotation"], "recovery", "agendas_agendaitem_title_text_trgm"),
        (Session, ["title"], "recovery", "meetings_session_title_text_trgm"),
        (Resolution, ["title"], "prevention", "documents_resolution_title_text_trgm"),
        (Document, ["title"], "WG.2", "documents_document_title_text_trgm"),
    ],
)
def test_the_search_uses_the_trigram_indexes(session, model, fields, query, index):
    # The search's match of every language column (one text of them, config.lib.i18n's
    # EveryLanguage, the expression the index was built on), as it asks PostgreSQL (on a table of a
    # few rows, read whole unless the planner is told not to; with 100,000 rows it chooses
    # the indexes itself).
    queryset = model.objects.filter(search.contains_in_any_language(fields, [query])).order_by()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        plan = queryset.explain()
    assert index in plan
    assert "Bitmap Index Scan" in plan


@pytest.mark.skipif(connection.vendor != "postgresql", reason="trigram indexes: PostgreSQL only")
def test_the_search_reads_each_groups_candidates_through_the_trigram_indexes(session):
    # The query each group runs, capped before ranking (see the test above for the planner).
    items = next(group for group in search.GROUPS if group.key == "items")
    _using, sql, params = items.candidates_query(["资产追回"])
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        # Nor from the few sessions to their items by the session's key.
        cursor.execute("SET LOCAL enable_nestloop = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "agendas_agendaitem_title_text_trgm" in plan
    assert "agendas_agendaitem_annotation_text_trgm" in plan
    assert plan.startswith("Limit")


def test_a_match_never_spans_two_languages(client, session):
    # The languages of a field are matched as one text, a line break between two: a query
    # (its white space made single spaces) never crosses one.
    AgendaItemFactory(
        session=session, number=1, title_en="Review of asset", title_fr="Recouvrement"
    )
    assert results(client, "assetrecouvrement", "items") == []
    assert results(client, "asset\nrecouvrement", "items") == []
    assert [item.title_en for item in results(client, "recouvrement", "items")] == [
        "Review of asset"
    ]


def test_a_page_past_a_groups_results_still_counts_them(client, session):
    for number in range(1, 26):
        AgendaItemFactory(session=session, number=number, title_en=f"Asset recovery {number}")
    DocumentFactory(symbol="CAC/COSP/WG.2/2024/2", title_en="Asset recovery note")
    response = client.get("/en/search/", {"q": "recovery", "page": 2})
    groups = response.context["groups"]
    assert (groups["items"]["count"], len(groups["items"]["results"])) == (25, 5)
    assert (groups["documents"]["count"], groups["documents"]["results"]) == (1, [])
