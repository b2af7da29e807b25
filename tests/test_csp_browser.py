"""The Content-Security-Policy in a real Chromium: the admin and the public pages work under it
and nothing on them is blocked (no inline script or style the policy does not allow)."""

import pytest
from playwright.sync_api import expect

from sessions.models import Session

# Every violation the page reports, as "directive blocked-uri (source:line)".
WATCH_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(
    `${event.violatedDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`
  );
});
"""


class Violations:
    """The CSP violations of a tab: those its pages reported and those Chromium logged."""

    def __init__(self, page):
        self.page = page
        self.logged = []
        page.add_init_script(WATCH_VIOLATIONS)
        page.on("console", self.read_console)

    def read_console(self, message):
        if "Content Security Policy" in message.text:
            self.logged.append(message.text)

    def of_this_page(self):
        return [*self.page.evaluate("window.cspViolations"), *self.logged]


def open_page(page, url):
    """Open ``url``; the page came with the site's policy."""
    response = page.goto(url)
    assert response.status == 200, url
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    return policy


def sign_in(page, site, editor):
    page.goto(f"{site}/admin/login/?next=/admin/")
    page.fill("#id_username", editor.username)
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")


@pytest.mark.browser
def test_the_admin_works_under_the_policy_without_a_violation(site, editor, page):
    violations = Violations(page)
    session = Session.objects.get(body__slug="wg-asset-recovery", ordinal=18)
    sign_in(page, site, editor)
    expect(page.locator("#site-name")).to_contain_text("editors")

    # The session's change form: modeltranslation's language tabs (jQuery UI) switch.
    open_page(page, f"{site}/admin/meetings/session/{session.pk}/change/")
    chinese = page.locator("#id_title_zh_hans")
    expect(page.locator("#id_title_en")).to_be_visible()
    expect(chinese).to_be_hidden()
    page.click('a[href="#tab_id_title_zh_hans"]')
    expect(chinese).to_be_visible()
    expect(page.locator("#id_title_en")).to_be_hidden()

    # import-export's page: its "Select all" toggle (an inline handler, allowed by its hash).
    policy = open_page(page, f"{site}/admin/meetings/session/export/")
    assert "'unsafe-inline'" not in policy
    fields = page.locator(".selectable-field-export-row input[type=checkbox]:checked")
    assert fields.count() > 0
    page.uncheck("input.select-toggle")
    expect(fields).to_have_count(0)

    # simple_history's History page of the session.
    open_page(page, f"{site}/admin/meetings/session/{session.pk}/history/")
    expect(page.locator("#content h1")).to_be_visible()

    assert violations.of_this_page() == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_public_session_page_has_no_violation(site, page, lang):
    violations = Violations(page)
    policy = open_page(page, f"{site}/{lang}/sessions/wg-asset-recovery/18/")
    expect(page.locator("#agenda")).to_be_visible()
    # The public pages need no allowance at all.
    assert "unsafe" not in policy
    assert violations.of_this_page() == []


@pytest.mark.browser
def test_the_api_documentation_works_under_the_policy(site, page):
    """Swagger UI, served from the site's static files, lists the API's operations."""
    violations = Violations(page)
    policy = open_page(page, f"{site}/api/docs/")
    assert "unsafe" not in policy
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("wgsessions API")
    expect(page.locator("#operations-sessions-sessions_list")).to_be_visible()
    assert violations.of_this_page() == []
