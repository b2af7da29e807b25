"""An editor in a real Chromium: a new agenda item in two languages, on the session's page."""

import pytest
from playwright.sync_api import expect

from agendas.models import AgendaItem
from sessions.models import Session


@pytest.mark.browser
def test_editor_adds_an_item_in_english_and_chinese(site, editor, page, output):
    session = Session.objects.get(body__slug="wg-asset-recovery", ordinal=18)
    assert session.is_published
    requested = []
    page.on("request", lambda request: requested.append(request.url))

    page.goto(f"{site}/admin/login/?next=/admin/")
    page.fill("#id_username", editor.username)
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")
    expect(page.locator("#site-name")).to_contain_text("editors")

    page.goto(f"{site}/admin/meetings/session/{session.pk}/change/")
    # The items' titles in the editing language, English; Chinese one click away.
    expect(page.locator("#id_agenda_items-0-title_en")).to_be_visible()
    expect(page.locator("#id_agenda_items-0-title_zh_hans")).to_be_hidden()
    page.screenshot(path=str(output / "admin-session-change-form.png"))

    index = int(page.input_value("#id_agenda_items-TOTAL_FORMS"))
    page.click("#agenda_items-group .add-row a")
    # The new row is numbered after the last item.
    expect(page.locator(f"#id_agenda_items-{index}-item_label")).to_have_value("6")
    page.fill(f"#id_agenda_items-{index}-title_en", "Other matters")
    chinese = page.locator(f"#id_agenda_items-{index}-title_zh_hans")
    expect(chinese).to_be_hidden()
    page.click(".agenda-language[data-language=zh-hans]")
    expect(chinese).to_be_visible()
    chinese.fill("其他事项")

    page.locator(f"#agenda_items-{index}").scroll_into_view_if_needed()
    page.screenshot(path=str(output / "admin-session-new-item-chinese.png"))

    page.click("input[name=_continue]")
    expect(page.locator("ul.messagelist li.success")).to_be_visible()

    item = AgendaItem.objects.get(session=session, label="6")
    assert (item.title_en, item.title_zh_hans) == ("Other matters", "其他事项")

    page.goto(f"{site}/en/sessions/wg-asset-recovery/18/")
    expect(page.locator("#agenda")).to_contain_text("Other matters")
    page.goto(f"{site}/zh-hans/sessions/wg-asset-recovery/18/")
    expect(page.locator("#agenda")).to_contain_text("其他事项")

    # Everything the admin loaded (jQuery UI included) came from this server, no CDN.
    assert requested
    assert all(url.startswith(site) for url in requested), [
        url for url in requested if not url.startswith(site)
    ]
