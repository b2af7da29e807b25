"""A common word matches more rows than a reader goes through: each group of the search lists
at most ``search.MOST_RESULTS`` of them, best ranked first, and says "more than" instead of
counting the rest. Its queries do not grow with the number of matches."""

import pytest

from agendas.models import AgendaItem, item_position
from config import search
from documents.models import Document

pytestmark = pytest.mark.django_db


def add_items(session, count, first=1):
    """``count`` items of ``session`` whose annotations (not titles) hold "recovery"."""
    AgendaItem.objects.bulk_create(
        AgendaItem(
            session=session,
            number=number,
            label=str(number),
            position=item_position(number, ""),
            title_en=f"Item {number}",
            annotation_en="On asset recovery.",
        )
        for number in range(first, first + count)
    )


def add_documents(count):
    Document.objects.bulk_create(
        Document(symbol=f"CAC/COSP/WG.2/2025/{number}", title_en=f"Asset recovery {number}")
        for number in range(1, count + 1)
    )


@pytest.mark.parametrize("matches", [3, search.MOST_RESULTS + 5], ids=["few", "more-than-listed"])
def test_a_common_word_reads_the_same_queries_however_many_rows_match(
    client, session, matches, django_assert_num_queries
):
    add_items(session, matches)
    add_documents(matches)
    # The synonyms, then each group's candidates with their ranks, and the page's rows of
    # the two groups that find some (items, documents).
    with django_assert_num_queries(7):
        response = client.get("/en/search/", {"q": "recovery"})
    assert response.status_code == 200
    assert len(response.context["groups"]["items"]["results"]) == min(matches, 20)


def test_a_group_with_more_results_than_it_lists_says_so(client, session):
    add_items(session, search.MOST_RESULTS + 1)
    response = client.get("/en/search/", {"q": "recovery"})
    page = response.content.decode()
    assert '<h2 id="found-items">Agenda items (more than 200)</h2>' in page
    assert "More than 200 results for “recovery”" in page
    assert "Each kind of result lists its first 200 at most" in page


def test_a_group_with_fewer_results_counts_them(client, session):
    add_items(session, search.MOST_RESULTS)
    page = client.get("/en/search/", {"q": "recovery"}).content.decode()
    assert '<h2 id="found-items">Agenda items (200)</h2>' in page
    assert "200 results for “recovery”" in page
    assert "more than" not in page.lower()


def test_the_more_than_is_said_in_the_readers_language(client, session):
    add_items(session, search.MOST_RESULTS + 1)
    page = client.get("/zh-hans/search/", {"q": "recovery"}).content.decode()
    assert "议程项目 (超过 200)" in page


def test_a_title_match_is_listed_first_however_many_annotations_match(client, session):
    add_items(session, search.MOST_RESULTS + 10)
    AgendaItem.objects.create(session=session, number=999, title_en="Asset recovery")
    results = client.get("/en/search/", {"q": "recovery"}).context["groups"]["items"]["results"]
    assert results[0].title_en == "Asset recovery"


def test_the_pages_of_a_capped_group_reach_its_listed_results(client, session):
    add_items(session, search.MOST_RESULTS + 1)
    last = search.MOST_RESULTS // 20
    response = client.get("/en/search/", {"q": "recovery", "page": last})
    assert len(response.context["groups"]["items"]["results"]) == 20
    assert client.get("/en/search/", {"q": "recovery", "page": last + 1}).status_code == 404
