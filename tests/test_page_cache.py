"""Public pages served from the cache: a second reader is served without a query, a change an
editor makes shows at once in every language, drafts and editors never go through the cache,
and a conditional request is answered 304."""

import re
import shutil
import time

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from config.lib.cache_backend import DiskCache
from config.lib.pagecache import VERSION_KEY
from config.models import SearchSynonym
from sessions.models import Session
from sessions.services import publish_session, return_to_draft
from tests.factories import (
    AgendaItemFactory,
    DocumentFactory,
    ResolutionFactory,
    SessionFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "fr"]


@pytest.fixture
def cited(session):
    """The session cites a resolution and a document from one of its items."""
    resolution = ResolutionFactory(
        session_number=10, sequence=6, title_en="Resolution on testing", title_fr="Résolution"
    )
    document = DocumentFactory(
        symbol="CAC/COSP/WG.9/2025/2", title_en="Note on testing", title_fr="Note"
    )
    item = AgendaItemFactory(
        session=session, number=1, title_en="Item on testing", title_fr="Point"
    )
    item.resolutions.add(resolution)
    item.documents.add(document, through_defaults={"listed": True})
    session.resolutions.add(resolution)
    session.title_fr = "première réunion du Groupe de travail sur les essais"
    session.save()
    body = session.body
    body.name_fr, body.short_name_fr = "Groupe de travail sur les essais", "GT essais"
    body.save()
    return item


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def in_language(url, language):
    return f"/{language}/{url.split('/', 2)[2]}"


def test_a_second_reader_is_served_from_the_cache(client, session, django_assert_num_queries):
    first = page(client, session.get_absolute_url())
    with django_assert_num_queries(0):
        second = page(Client(), session.get_absolute_url())
    assert second == first


def test_the_cached_page_keeps_the_security_headers(client, session):
    page(client, "/en/")
    response = Client().get("/en/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


def change(obj, field, language, text):
    setattr(obj, f"{field}_{language.replace('-', '_')}", text)
    obj.save()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("what", "url_of"),
    [
        ("session", lambda item: item.session.get_absolute_url()),
        ("item", lambda item: item.session.get_absolute_url()),
        ("body", lambda item: item.session.body.get_absolute_url()),
        ("resolution", lambda item: item.resolutions.get().get_absolute_url()),
        ("document", lambda item: item.documents.get().get_absolute_url()),
    ],
)
def test_a_cached_page_shows_an_editors_change_at_once(client, cited, language, what, url_of):
    url = in_language(url_of(cited), language)
    before = page(client, url)
    assert page(client, url) == before  # cached
    obj, field = {
        "session": (cited.session, "title"),
        "item": (cited, "title"),
        "body": (cited.session.body, "name"),
        "resolution": (cited.resolutions.get(), "title"),
        "document": (cited.documents.get(), "title"),
    }[what]
    new_text = f"Changed {what} text in {language}"
    assert new_text not in before
    change(obj, field, language, new_text)
    assert new_text in page(client, url)
    # The other language's page is rendered again too (and shows its own text).
    other = next(code for code in LANGUAGES if code != language)
    assert new_text not in page(client, in_language(url, other))


def test_a_list_shows_a_newly_published_session_at_once(client, body):
    draft = SessionFactory(body=body, ordinal=7, status=Session.Status.DRAFT, venue=VenueFactory())
    AgendaItemFactory(session=draft, number=1)
    assert draft.get_absolute_url() not in page(client, "/en/sessions/")
    publish_session(session=draft)
    assert draft.get_absolute_url() in page(client, "/en/sessions/")


def sessions_counted(text):
    """The number the sessions list prints above its lines ("3 sessions")."""
    return int(re.search(r"<p>(\d+) [^<]*</p>\s*<ul class=\"sessions\">", text)[1])


def test_a_lists_count_is_read_once_for_all_its_pages_and_languages(
    client, body, django_assert_num_queries
):
    for ordinal in range(1, 4):
        SessionFactory(body=body, ordinal=ordinal)
    with CaptureQueriesContext(connection) as first:
        assert sessions_counted(page(client, "/en/sessions/?page=1")) == 3
    counting = [query for query in first.captured_queries if "COUNT(" in query["sql"]]
    assert len(counting) == 1
    # Another page of the same list, in another language: counted already.
    with CaptureQueriesContext(connection) as other:
        assert sessions_counted(page(client, "/fr/sessions/?page=1&when=")) == 3
    assert not [query for query in other.captured_queries if "COUNT(" in query["sql"]]
    assert len(other.captured_queries) == len(first.captured_queries) - 1


def test_a_lists_count_changes_as_soon_as_a_session_is_published(client, body):
    SessionFactory(body=body, ordinal=1)
    assert sessions_counted(page(client, "/en/sessions/")) == 1
    draft = SessionFactory(body=body, ordinal=2, status=Session.Status.DRAFT, venue=VenueFactory())
    AgendaItemFactory(session=draft, number=1)
    publish_session(session=draft)
    # A new URL (not the page stored before): the count is the new one, not the stored one.
    assert sessions_counted(page(client, "/en/sessions/?when=")) == 2


def test_an_editors_list_is_counted_apart_from_the_readers(client, editor_client, body):
    SessionFactory(body=body, ordinal=1)
    SessionFactory(body=body, ordinal=2, status=Session.Status.DRAFT)
    assert sessions_counted(page(Client(), "/en/sessions/?when=")) == 1
    # The editor's list holds the draft: another query, another count.
    assert sessions_counted(page(editor_client, "/en/sessions/?when=")) == 2
    assert sessions_counted(page(Client(), "/en/sessions/?when=&page=1")) == 1


def test_a_second_reader_of_a_search_is_served_from_the_cache(
    client, session, django_assert_num_queries
):
    AgendaItemFactory(session=session, number=1, title_en="Beneficial ownership")
    first = page(client, "/en/search/?q=beneficial")
    assert "Beneficial ownership" in first
    with django_assert_num_queries(0):
        assert page(Client(), "/en/search/?q=beneficial") == first


@pytest.mark.parametrize(
    "url", ["/en/search/?q=beneficial&utm=1", "/en/search/?q=beneficial++", "/en/search/?q=a&q=b"]
)
def test_a_search_asked_otherwise_than_the_form_asks_is_not_kept(client, session, url):
    AgendaItemFactory(session=session, number=1, title_en="Beneficial ownership")
    page(client, url)
    with CaptureQueriesContext(connection) as queries:
        page(Client(), url)
    assert len(queries) > 0


def test_a_cached_search_finds_a_newly_published_item_at_once(client, body):
    draft = SessionFactory(body=body, ordinal=7, status=Session.Status.DRAFT, venue=VenueFactory())
    AgendaItemFactory(session=draft, number=1, title_en="Beneficial ownership")
    assert "Beneficial ownership" not in page(client, "/en/search/?q=beneficial")
    publish_session(session=draft)
    assert "Beneficial ownership" in page(client, "/en/search/?q=beneficial")


def test_a_cached_search_finds_a_new_synonym_at_once(client, session):
    AgendaItemFactory(session=session, number=1, title_zh_hans="受益所有权", title_en="Owners")
    assert "受益所有权" not in page(client, "/zh-hans/search/?q=实益所有权")
    synonym = SearchSynonym.objects.create(term="实益所有权", synonym="受益所有权")
    assert "受益所有权" in page(client, "/zh-hans/search/?q=实益所有权")
    synonym.delete()
    assert "受益所有权" not in page(client, "/zh-hans/search/?q=实益所有权")


def test_a_draft_is_never_served_from_the_cache(client, editor_client, session):
    return_to_draft(session=session)
    url = session.get_absolute_url()
    assert session.title_en.lower() in page(editor_client, url).lower()  # editors see drafts
    assert Client().get(url).status_code == 404
    assert Client().get("/fr/" + url.split("/", 2)[2]).status_code == 404


def test_a_page_returned_to_draft_leaves_the_cache_at_once(client, session):
    url = session.get_absolute_url()
    page(client, url)
    return_to_draft(session=session)
    assert Client().get(url).status_code == 404


def test_an_editors_page_is_not_cached_for_readers(editor_client, session):
    url = session.get_absolute_url()
    response = editor_client.get(url)
    assert "private" in response["Cache-Control"]
    assert not response.has_header("ETag")
    reader = Client()
    first = reader.get(url)
    assert first.status_code == 200
    assert "public" in first["Cache-Control"]


def test_a_conditional_get_with_the_current_etag_gets_304(client, session):
    url = session.get_absolute_url()
    response = client.get(url)
    etag = response["ETag"]
    assert response["Last-Modified"]
    not_modified = client.get(url, headers={"if-none-match": etag})
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    assert not_modified["ETag"] == etag
    # Once the page has changed, the old ETag gets the new page.
    change(session, "title", "en", "renamed meeting of the Working Group on Testing")
    changed = client.get(url, headers={"if-none-match": etag})
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    assert "Renamed meeting" in changed.content.decode()


def test_a_conditional_get_with_the_last_modified_date_gets_304(client, session):
    url = session.get_absolute_url()
    last_modified = client.get(url)["Last-Modified"]
    assert client.get(url, headers={"if-modified-since": last_modified}).status_code == 304


def test_a_download_is_cached_once_sent(client, demo, django_assert_num_queries):
    url = "/en/sessions/wg-asset-recovery/18/agenda.csv"
    first = b"".join(client.get(url).streaming_content)
    with django_assert_num_queries(0):
        second = Client().get(url)
    assert second.content == first
    assert second["Content-Disposition"].endswith('agenda-en.csv"')


# --- The cache of a server's worker processes (DEBUG off: config.lib.cache_backend) --------


@pytest.fixture
def disk_cache(tmp_path):
    """The page cache as with DEBUG off: diskcache's folder, here a test's own."""
    folder = tmp_path / "wgsessions-cache"
    backend = {"BACKEND": "config.lib.cache_backend.DiskCache", "LOCATION": str(folder)}
    with override_settings(CACHES={"default": backend}):
        yield folder


def another_worker_changes_the_content(folder):
    """What an editor's change through another worker process does to the cache."""
    other = DiskCache(str(folder), {})
    other.set(VERSION_KEY, time.time_ns(), None)
    other.close()


def test_a_worker_serves_a_page_from_the_folder_and_sees_another_workers_change(
    client, session, disk_cache, django_assert_num_queries
):
    url = session.get_absolute_url()
    first = page(client, url)
    with django_assert_num_queries(0):
        assert page(Client(), url) == first
    another_worker_changes_the_content(disk_cache)
    with CaptureQueriesContext(connection) as queries:
        page(Client(), url)
    assert queries, "the page was served from before the other worker's change"


def test_a_worker_sees_another_workers_change_after_the_folder_is_removed(
    client, session, disk_cache, django_assert_num_queries
):
    url = session.get_absolute_url()
    page(client, url)
    with django_assert_num_queries(0):
        page(Client(), url)
    # A cleaner of the temporary directory removes the folder; another worker makes it anew.
    shutil.rmtree(disk_cache)
    another_worker_changes_the_content(disk_cache)
    with CaptureQueriesContext(connection) as queries:
        page(Client(), url)
    assert queries, "the page was served from the removed folder"
    with django_assert_num_queries(0):
        page(Client(), url)
