"""Every inline script, style or event handler in a page is one its Content-Security-Policy
allows: none on the public pages and Django's admin, the few of the libraries' pages by hash."""

from html.parser import HTMLParser

import pytest

from config.lib.csp import source_hash
from sessions.models import Session


class InlineCode(HTMLParser):
    """The inline <script> and <style> elements, event handler and style attributes."""

    def __init__(self):
        super().__init__()
        self.handlers, self.styles, self.elements = [], [], []
        self.open_inline = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name, value in attrs.items():
            if name.startswith("on"):
                self.handlers.append(value)
            elif name == "style":
                self.styles.append(value)
        if tag == "style" or (tag == "script" and "src" not in attrs):
            self.open_inline = tag

    def handle_data(self, data):
        if self.open_inline and data.strip():
            self.elements.append(f"<{self.open_inline}>{data.strip()[:60]}")

    def handle_endtag(self, tag):
        self.open_inline = None


def policy_of(response):
    return {
        directive.split()[0]: directive.split()[1:]
        for directive in response.headers["Content-Security-Policy"].split(";")
    }


def inline_code(response):
    parser = InlineCode()
    parser.feed(response.text)
    return parser


def joint_meeting_of(session):
    """The joint meeting of the session's item 2."""
    return session.agenda_items.get(label="2").joint_meetings.get()


def admin_pages(session):
    item = session.agenda_items.first()
    return [
        "/admin/",
        f"/admin/meetings/session/{session.pk}/change/",
        f"/admin/meetings/session/{session.pk}/history/",
        "/admin/meetings/session/export/",
        "/admin/meetings/session/import/",
        "/admin/meetings/session/workbook/upload/",
        f"/admin/agendas/agendaitem/{item.pk}/change/",
        "/admin/documents/document/add/",
        "/admin/meetings/session/",
        "/admin/agendas/agendaitem/",
        "/admin/agendas/jointmeeting/add/",
        f"/admin/agendas/jointmeeting/{joint_meeting_of(session).pk}/change/",
    ]


def test_every_inline_attribute_of_the_admin_is_allowed_by_its_page(editor_client, demo):
    session = Session.objects.get(body__slug="wg-asset-recovery", ordinal=18)
    for url in admin_pages(session):
        response = editor_client.get(url)
        assert response.status_code == 200, url
        policy = policy_of(response)
        code = inline_code(response)
        assert code.elements == [], url
        for text in code.handlers:
            assert source_hash(text) in policy.get("script-src-attr", []), (url, text)
        for text in code.styles:
            assert source_hash(text) in policy.get("style-src-attr", []), (url, text)


def test_the_joint_meetings_preview_puts_no_inline_code_in_its_page(editor_client, demo):
    session = Session.objects.get(body__slug="wg-asset-recovery", ordinal=18)
    items = [str(pk) for pk in joint_meeting_of(session).agenda_items.values_list("pk", flat=True)]
    answer = editor_client.get("/admin/agendas/jointmeeting/preview/", {"item": items}).json()
    parser = InlineCode()
    parser.feed(answer["html"])
    assert (parser.elements, parser.handlers, parser.styles) == ([], [], [])


def test_the_export_page_allows_its_own_attributes_and_nothing_more(editor_client):
    response = editor_client.get("/admin/meetings/session/export/")
    policy = policy_of(response)
    assert policy["script-src-attr"] == [
        "'unsafe-hashes'",
        source_hash("onSelectToggleChange(event)"),
    ]
    assert policy["style-src-attr"] == [
        "'unsafe-hashes'",
        source_hash("padding: 0;"),
        source_hash("font-weight: bold;"),
    ]
    assert policy["default-src"] == ["'self'"]


@pytest.mark.parametrize("lang", ["en", "ar", "zh-hans"])
def test_the_public_pages_have_no_inline_code_and_a_strict_policy(client, demo, lang):
    for url in [f"/{lang}/", f"/{lang}/sessions/wg-asset-recovery/18/", f"/{lang}/search/?q=asset"]:
        response = client.get(url)
        assert response.status_code == 200, url
        code = inline_code(response)
        assert (code.elements, code.handlers, code.styles) == ([], [], []), url
        assert set(policy_of(response)) == {
            "default-src",
            "frame-ancestors",
            "object-src",
            "base-uri",
            "form-action",
        }
