"""An editor in a real Chromium enters the 2024 session from its DOCX: sign in, the sessions'
list, “New session from the official document”, upload, preview, confirm, the draft's page.
The time it takes, end to end, is printed (run with ``-s`` to see it)."""

import time

import pytest
from playwright.sync_api import expect

from agendas.files import DOCX, render_file
from agendas.rendition import render
from sessions.models import Session

LANGUAGE = "zh-hans"


@pytest.mark.browser
def test_an_editor_enters_the_2024_session_from_its_docx(site, editor, page, output, tmp_path):
    demo_session = Session.objects.with_header().get(body__slug="wg-asset-recovery", ordinal=18)
    body, symbol = demo_session.body, demo_session.agenda_symbol
    document = tmp_path / "CAC-COSP-WG.2-2024-1-zh.docx"
    document.write_bytes(render_file(render(demo_session, LANGUAGE), DOCX))
    demo_session.delete()

    started = time.perf_counter()
    page.goto(f"{site}/admin/login/?next=/admin/")
    page.fill("#id_username", editor.username)
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")
    expect(page.locator("#site-name")).to_be_visible()

    page.goto(f"{site}/admin/meetings/session/")
    page.get_by_role("link", name="New session from the official document").click()
    expect(page.locator("#id_document")).to_be_visible()
    page.select_option("#id_body", str(body.pk))
    page.select_option("#id_language", LANGUAGE)
    page.set_input_files("#id_document", str(document))
    page.click("input[name=preview]")

    confirm = page.locator("input[name=confirm]")
    expect(confirm).to_have_value("Create the draft session")
    expect(page.locator("#understood-heading")).to_be_visible()
    expect(page.locator(".reading-understood")).to_contain_text("关于预防和打击腐败")
    expect(page.locator(".unplaced")).to_have_count(0)
    page.screenshot(path=str(output / "reading-preview.png"))
    confirm.click()

    expect(page.locator("ul.messagelist li.success")).to_contain_text("draft session")
    elapsed = time.perf_counter() - started
    page.screenshot(path=str(output / "draft-session-change-page.png"))

    session = Session.objects.get(agenda_symbol=symbol)
    assert page.url.endswith(f"/admin/meetings/session/{session.pk}/change/")
    assert session.body == body
    assert session.status == Session.Status.DRAFT
    assert session.agenda_items.count() == 9
    print(f"\nThe 2024 session entered from its DOCX in {elapsed:.1f} s, end to end.")
