"""The Atom feeds: new and updated sessions (all, per body) and documents."""

import datetime
import xml.etree.ElementTree as ET

import feedparser
import pytest
from django.utils import timezone

from sessions.models import Session
from tests.factories import DocumentFactory, SessionFactory

ATOM = "{http://www.w3.org/2005/Atom}"


def atom(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return response.content


def assert_valid_atom(content):
    """The elements RFC 4287 requires: the feed's id, title, updated and author (or each
    entry's), and each entry's id, title, updated and link."""
    root = ET.fromstring(content)  # noqa: S314 (the test site's own feed)
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{name}").text
    assert root.find(f"{ATOM}author/{ATOM}name").text
    assert root.find(f"{ATOM}link[@rel='self']") is not None
    entries = root.findall(f"{ATOM}entry")
    for entry in entries:
        for name in ("id", "title", "updated"):
            assert entry.find(f"{ATOM}{name}").text
        assert entry.find(f"{ATOM}link").get("href").startswith("http://testserver/")
        datetime.datetime.fromisoformat(entry.find(f"{ATOM}updated").text)
    parsed = feedparser.parse(content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


def test_the_sessions_feed_lists_the_published_sessions_last_saved_first(client, demo):
    feed = assert_valid_atom(atom(client, "/en/sessions/feed.atom"))
    assert len(feed.entries) == Session.objects.published().count()
    session = Session.objects.get(body__slug="wg-asset-recovery", ordinal=3)
    session.save()
    feed = assert_valid_atom(atom(client, "/en/sessions/feed.atom"))
    first = feed.entries[0]
    assert first.link == "http://testserver/en/sessions/wg-asset-recovery/3/"
    assert first.title == (
        "Asset Recovery Working Group 3: Third meeting of the Open-ended Intergovernmental "
        "Working Group on Asset Recovery"
    )
    assert feed.feed.updated == first.updated


def test_the_feed_is_in_the_readers_language(client, demo):
    feed = assert_valid_atom(atom(client, "/zh-hans/bodies/wg-asset-recovery/feed.atom"))
    assert feed.feed.title == "资产追回问题不限成员名额政府间工作组：新增和更新的会议"
    assert any("第十八次会议" in entry.title for entry in feed.entries)


def test_a_body_feed_has_that_bodys_sessions_only(client, demo):
    feed = assert_valid_atom(atom(client, "/en/bodies/wg-asset-recovery/feed.atom"))
    links = {entry.link for entry in feed.entries}
    assert links == {
        f"http://testserver{session.get_absolute_url()}"
        for session in Session.objects.published().filter(body__slug="wg-asset-recovery")
    }
    assert client.get("/en/bodies/no-such-body/feed.atom").status_code == 404


def test_drafts_are_in_no_feed(client, session, body):
    SessionFactory(body=body, ordinal=2, status=Session.Status.DRAFT)
    for url in ("/en/sessions/feed.atom", "/en/bodies/wg-testing/feed.atom"):
        feed = assert_valid_atom(atom(client, url))
        assert [entry.link for entry in feed.entries] == [
            "http://testserver/en/sessions/wg-testing/1/"
        ]


def test_the_documents_feed_lists_new_documents(client, db):
    old = DocumentFactory(symbol="CAC/COSP/WG.2/2024/2", title_en="Reference document")
    type(old).objects.filter(pk=old.pk).update(modified=timezone.now() - datetime.timedelta(days=9))
    DocumentFactory(symbol="CAC/COSP/WG.2/2024/3", title_en="Discussion guide")
    feed = assert_valid_atom(atom(client, "/en/documents/feed.atom"))
    assert [entry.title for entry in feed.entries] == [
        "CAC/COSP/WG.2/2024/3: Discussion guide",
        "CAC/COSP/WG.2/2024/2: Reference document",
    ]
    assert feed.entries[0].link == "http://testserver/en/documents/CAC/COSP/WG.2/2024/3/"


@pytest.mark.parametrize("url", ["/en/sessions/feed.atom", "/en/documents/feed.atom"])
def test_an_empty_feed_is_still_valid(client, db, url):
    assert_valid_atom(atom(client, url))
