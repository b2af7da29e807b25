"""The sessions' and agenda items' lists on a 1280 px screen, in a real Chromium: the
sessions' symbol, body, dates, city and status are seen without scrolling sideways, in every
language; an agenda item's long title keeps to one line, whole on hover."""

import pytest
from playwright.sync_api import expect

from agendas.models import AgendaItem
from tests.browser import VIEWPORT

COLUMNS = ("agenda_symbol", "body", "dates", "city_display", "status")
LANGUAGES = ("en", "zh-hans", "ar", "fr", "ru", "es")


def sign_in(page, site, editor):
    page.goto(f"{site}/admin/login/?next=/admin/")
    page.fill("#id_username", editor.username)
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")
    expect(page.locator("#site-name")).to_be_visible()


def scrolls_sideways(page):
    """True when the list's table is wider than its box (which then scrolls sideways)."""
    return page.evaluate(
        "() => { const box = document.querySelector('#changelist-form .results');"
        " return box.scrollWidth > box.clientWidth; }"
    )


def in_language(page, site, language):
    page.context.add_cookies([{"name": "django_language", "value": language, "url": site}])


@pytest.mark.browser
def test_the_sessions_list_shows_its_five_columns_without_scrolling(site, editor, page, output):
    assert VIEWPORT["width"] == 1280
    sign_in(page, site, editor)
    for language in LANGUAGES:
        in_language(page, site, language)
        page.goto(f"{site}/admin/meetings/session/")
        expect(page.locator("html")).to_have_attribute("lang", language)
        assert page.evaluate("document.scrollingElement.scrollWidth") <= 1280, language
        # Nor does the table scroll inside its own box.
        assert not scrolls_sideways(page), language
        for column in COLUMNS:
            header = page.locator(f"#result_list thead th.column-{column}")
            box = header.bounding_box()
            assert box is not None, (language, column)
            assert box["x"] >= 0, (language, column, box)
            assert box["x"] + box["width"] <= 1280, (language, column, box)
            assert box["y"] >= 0, (language, column, box)
            assert box["height"] > 0, (language, column, box)
        first = page.locator("#result_list tbody tr").first
        expect(first.locator("td.field-agenda_symbol")).to_be_visible()
        if language in ("zh-hans", "en", "ar"):
            page.screenshot(path=str(output / f"sessions-{language}.png"), full_page=True)


@pytest.mark.browser
def test_an_agenda_items_long_title_keeps_to_one_line_whole_on_hover(site, editor, page, output):
    item = AgendaItem.objects.get(session__body__slug="wg-asset-recovery", label="3(a)")
    sign_in(page, site, editor)
    page.goto(f"{site}/admin/agendas/agendaitem/?q=beneficial")
    title = page.locator("#result_list td.field-title_shown .truncated").first
    expect(title).to_have_attribute("title", item.title_en)
    # Cut with an ellipsis: the text is wider than its box, on one line.
    overflow, height, line = title.evaluate(
        "(el) => [el.scrollWidth > el.clientWidth, el.getBoundingClientRect().height,"
        " parseFloat(getComputedStyle(el).lineHeight)]"
    )
    assert overflow
    assert height < 2 * line
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 1280
    assert not scrolls_sideways(page)
    page.goto(f"{site}/admin/agendas/agendaitem/")
    assert not scrolls_sideways(page)
    page.screenshot(path=str(output / "agenda-items-en.png"), full_page=True)
