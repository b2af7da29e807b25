"""The session's workbench in a real Chromium at 1280 px: the agenda editor of the 2024 session
(one row per item, reordered by dragging), its height, and the programme slots edited in place."""

import pytest
from playwright.sync_api import expect

from sessions.models import Session

#: The tallest the 2024 session's change page may be at 1280 px (it was about 12,000 px).
MAX_HEIGHT = 4000


def sign_in(page, site, editor, language="en"):
    page.context.add_cookies([{"name": "django_language", "value": language, "url": site}])
    page.goto(f"{site}/admin/login/?next=/admin/")
    page.fill("#id_username", editor.username)
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")
    expect(page.locator("#site-name")).to_be_visible()


def the_2024_session():
    return Session.objects.get(body__slug="wg-asset-recovery", ordinal=18)


def page_height(page):
    return page.evaluate("() => document.documentElement.scrollHeight")


@pytest.mark.browser
def test_the_2024_sessions_page_is_at_most_4000_px_tall(site, editor, page, output):
    session = the_2024_session()
    sign_in(page, site, editor)
    page.goto(f"{site}/admin/meetings/session/{session.pk}/change/")
    height = page_height(page)
    (output / "height.txt").write_text(f"{height}\n")
    page.screenshot(path=str(output / "change-page.png"), full_page=True)
    assert height <= MAX_HEIGHT, height
