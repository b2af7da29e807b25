"""The session and body pages link their other forms; the footer links the API."""

import re

import pytest
from icalendar import Calendar

from sessions.models import Session, SessionPart
from tests.factories import SessionFactory

ALTERNATE = re.compile(r'<link rel="alternate" type="([^"]+)" href="([^"]+)"')


def alternates(client, url):
    response = client.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    head = page.split("</head>")[0]
    return dict(ALTERNATE.findall(head)), page


def test_the_session_page_links_its_calendar_feed_json_and_akn(client, demo):
    session = Session.objects.get(body__slug="wg-asset-recovery", ordinal=18)
    links, page = alternates(client, "/zh-hans/sessions/wg-asset-recovery/18/")
    assert links == {
        "text/calendar": "/zh-hans/sessions/wg-asset-recovery/18/calendar.ics",
        "application/atom+xml": "/zh-hans/bodies/wg-asset-recovery/feed.atom",
        "application/json": f"/api/sessions/{session.pk}/",
        "application/akn+xml": "/zh-hans/sessions/wg-asset-recovery/18/akn.xml",
    }
    for kind, href in links.items():
        assert f'<a href="{href}" type="{kind}">' in page
        response = client.get(href)
        assert response.status_code == 200
        assert response["Content-Type"].startswith(kind)
    assert "其他格式" in page


def test_the_body_page_links_its_calendar_feed_and_json(client, demo):
    links, page = alternates(client, "/en/bodies/wg-asset-recovery/")
    assert set(links) == {"text/calendar", "application/atom+xml", "application/json"}
    assert links["text/calendar"] == "/en/bodies/wg-asset-recovery/calendar.ics"
    for kind, href in links.items():
        assert f'<a href="{href}" type="{kind}">' in page
        assert client.get(href)["Content-Type"].startswith(kind)
    assert '<a href="/api/sessions/?body=wg-asset-recovery" type="application/json">' in page


def test_a_draft_page_offers_no_other_form(editor_client, body):
    SessionFactory(body=body, ordinal=3, status=Session.Status.DRAFT)
    _links, page = alternates(editor_client, "/en/sessions/wg-testing/3/")
    assert "/en/sessions/wg-testing/3/calendar.ics" not in page
    assert "akn.xml" not in page
    assert "/api/sessions/" not in page


@pytest.mark.parametrize("url", ["/en/", "/ar/sessions/", "/en/documents/"])
def test_the_footer_links_the_api_and_its_documentation(client, db, url):
    page = client.get(url).content.decode()
    footer = page.split('<footer class="site-footer">')[1]
    assert '<a href="/api/" type="application/json">' in footer
    assert '<a href="/api/docs/">' in footer
    assert '<a href="/api/schema/" type="application/vnd.oai.openapi">' in footer
    assert 'href="/' + url.split("/")[1] + '/calendar.ics"' in footer


def test_every_page_names_the_sites_feeds(client, db):
    links, _page = alternates(client, "/fr/")
    assert links["text/calendar"] == "/fr/calendar.ics"
    assert client.get("/fr/calendar.ics").status_code == 200


def test_a_resumed_part_has_its_own_forms(client, session, body):
    resumed = SessionFactory(
        body=body, ordinal=1, part=SessionPart.RESUMED, title_en=session.title_en
    )
    links, _page = alternates(client, "/en/sessions/wg-testing/1/resumed/")
    assert links["text/calendar"] == "/en/sessions/wg-testing/1/resumed/calendar.ics"
    assert links["application/akn+xml"] == "/en/sessions/wg-testing/1/resumed/akn.xml"
    calendar = Calendar.from_ical(client.get(links["text/calendar"]).content)
    (event,) = calendar.walk("VEVENT")
    assert str(event["uid"]) == f"session-{resumed.pk}@testserver"
    assert str(event["summary"]) == (
        "Testing WG 1 (resumed): First meeting of the Working Group on Testing (resumed)"
    )
    assert client.get(links["application/akn+xml"]).status_code == 200
    api = client.get(links["application/json"]).json()
    assert (api["key"], api["part"]) == ("wg-testing/1/resumed", "resumed")
    assert client.get("/en/sessions/wg-testing/1/no-such-part/calendar.ics").status_code == 404
    assert client.get("/en/sessions/wg-testing/1/no-such-part/akn.xml").status_code == 404
