"""The session's workbench in a real Chromium at 1280 px: the agenda editor of the 2024 session
(one row per item, reordered by dragging), its height, and the programme slots edited in place."""

import pytest
from playwright.sync_api import expect

from agendas.models import AgendaItem
from sessions.models import ProgrammeSlot, Session
from tests.browser import describe_violations, run_axe

#: The tallest the 2024 session's change page may be at 1280 px (it was about 15,700 px for
#: an editor, its items stacked with their language tabs).
MAX_HEIGHT = 4000

LANGUAGES = {"en": "ltr", "zh-hans": "ltr", "ar": "rtl"}


def sign_in(page, site, editor, language="en"):
    page.context.add_cookies([{"name": "django_language", "value": language, "url": site}])
    page.goto(f"{site}/admin/login/?next=/admin/")
    page.fill("#id_username", editor.username)
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")
    expect(page.locator("#site-name")).to_be_visible()


def in_language(page, site, language):
    page.context.add_cookies([{"name": "django_language", "value": language, "url": site}])


def the_2024_session():
    return Session.objects.get(body__slug="wg-asset-recovery", ordinal=18)


def change_page(site, session):
    return f"{site}/admin/meetings/session/{session.pk}/change/"


def page_height(page):
    return page.evaluate("() => document.documentElement.scrollHeight")


def labels(page):
    return page.locator("#agenda_items-group .agenda-row:not(.empty-form) input.agenda-label")


def expect_labels(page, values):
    expect(labels(page)).to_have_count(len(values))
    for index, value in enumerate(values):
        expect(labels(page).nth(index)).to_have_value(value)


def row_titled(page, title):
    return page.locator(
        "#agenda_items-group .agenda-row", has=page.locator(f'input[value="{title}"]')
    )


@pytest.mark.browser
def test_the_2024_sessions_page_is_at_most_4000_px_tall(site, editor, page, output):
    session = the_2024_session()
    sign_in(page, site, editor)
    heights = {}
    for language, direction in LANGUAGES.items():
        in_language(page, site, language)
        page.goto(change_page(site, session))
        expect(page.locator("html")).to_have_attribute("dir", direction)
        expect(labels(page)).to_have_count(9)
        # The titles in the admin's language to begin with.
        pressed = page.locator(f".agenda-language[data-language={language}]")
        expect(pressed).to_have_attribute("aria-pressed", "true")
        expect(labels(page).nth(1)).to_have_value("1(a)")
        heights[language] = page_height(page)
        page.screenshot(path=str(output / f"change-page-{language}.png"), full_page=True)
    (output / "heights.txt").write_text(f"{heights}\n")
    assert all(height <= MAX_HEIGHT for height in heights.values()), heights


@pytest.mark.browser
def test_an_editor_reorders_two_items_by_dragging(site, editor, page, output):
    session = the_2024_session()
    sign_in(page, site, editor)
    page.goto(change_page(site, session))
    expect(labels(page)).to_have_count(9)
    before = ["1", "1(a)", "1(b)", "2", "3", "3(a)", "3(b)", "4", "5"]
    assert labels(page).evaluate_all("inputs => inputs.map(i => i.value)") == before

    # Item 4 dragged by its handle onto the top of item 3: the labels follow.
    page.drag_and_drop(
        "#agenda_items-group .agenda-row:has(input[value='Technical assistance']) .agenda-handle",
        "#agenda_items-group .agenda-row:has(input[value='Thematic discussions'])",
        target_position={"x": 200, "y": 4},
    )
    after = ["1", "1(a)", "1(b)", "2", "3", "4", "4(a)", "4(b)", "5"]
    expect_labels(page, after)
    expect(row_titled(page, "Technical assistance").locator(".agenda-label")).to_have_value("3")
    expect(row_titled(page, "Thematic discussions").locator(".agenda-label")).to_have_value("4")
    page.locator("#agenda_items-group").screenshot(path=str(output / "dragged.png"))

    # With the keyboard: item 2 down one place, then back up.
    down = row_titled(page, "Overview of progress made in the implementation of the mandates")
    down.locator(".agenda-down").focus()
    page.keyboard.press("Enter")
    expect(down.locator(".agenda-label")).to_have_value("3")
    expect(row_titled(page, "Technical assistance").locator(".agenda-label")).to_have_value("2")
    expect(page.locator(".agenda-announcer")).to_have_text("Moved: now item 3.")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    expect(down.locator(".agenda-label")).to_have_value("2")
    expect_labels(page, after)

    page.click("input[name=_continue]")
    expect(page.locator("ul.messagelist li.success")).to_be_visible()
    stored = dict(AgendaItem.objects.filter(session=session).values_list("title_en", "label"))
    assert stored["Technical assistance"] == "3"
    assert stored["Thematic discussions"] == "4"
    assert (
        AgendaItem.objects.get(session=session, label="4(b)").parent.title_en
        == "Thematic discussions"
    )

    # The public page shows the new order.
    page.goto(f"{site}/en/sessions/wg-asset-recovery/18/")
    agenda = page.locator("#agenda").inner_text()
    assert agenda.index("Technical assistance") < agenda.index("Thematic discussions")
    page.locator("#agenda").screenshot(path=str(output / "public-agenda.png"))


@pytest.mark.browser
def test_the_titles_of_another_language_are_one_click_away(site, editor, page):
    session = the_2024_session()
    sign_in(page, site, editor)
    page.goto(change_page(site, session))
    first = page.locator("#agenda_items-group .agenda-row").first
    english, chinese = first.locator("input[lang=en]"), first.locator("input[lang=zh-hans]")
    expect(english).to_be_visible()
    expect(chinese).to_be_hidden()
    page.click(".agenda-language[data-language=zh-hans]")
    expect(chinese).to_be_visible()
    expect(chinese).to_have_value("组织事项")
    expect(english).to_be_hidden()
    expect(page.locator(".agenda-language[data-language=zh-hans]")).to_have_attribute(
        "aria-pressed", "true"
    )
    # The annotation, in the same language, folded under the item until opened.
    annotation = first.locator("textarea[lang=zh-hans]")
    expect(annotation).to_be_hidden()
    first.locator("summary").click()
    expect(annotation).to_be_visible()


@pytest.mark.browser
def test_the_slots_items_are_chosen_in_place(site, editor, chromium, output):
    """In a browser 1 hour behind Vienna: one time zone note, beside the opening time."""
    session = the_2024_session()
    context = chromium.new_context(
        viewport={"width": 1280, "height": 900}, locale="en-GB", timezone_id="UTC"
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    sign_in(page, site, editor)
    page.goto(change_page(site, session))

    notes = page.locator(".timezonewarning")
    expect(notes).to_have_count(1)
    expect(notes).to_contain_text("Europe/Vienna")
    assert notes.evaluate(
        "note => note.parentNode.contains(document.querySelector('#id_opening_time'))"
    )
    expect(page.locator("#id_opening_time")).to_have_value("10:00")
    expect(page.locator("#id_programme_slots-0-start_time")).to_have_value("10:00")

    # The afternoon of the first day takes up 3(a); item 2 is added before it.
    afternoon = page.locator("#programme_slots-1")
    chosen = afternoon.locator(".slot-chosen li .slot-item-text")
    expect(chosen).to_have_count(1)
    adder = afternoon.locator("select.slot-add")
    item_2 = AgendaItem.objects.get(session=session, label="2")
    adder.select_option(str(item_2.pk))
    expect(chosen).to_have_count(2)
    afternoon.locator(f".slot-up[data-value='{item_2.pk}']").click()
    expect(chosen.first).to_contain_text("2. Overview of progress")
    # The morning gives up 1(b).
    morning = page.locator("#programme_slots-0")
    opening = AgendaItem.objects.get(session=session, label="1(b)")
    morning.locator(f".slot-remove[data-value='{opening.pk}']").click()
    page.locator("#programme_slots-group").screenshot(path=str(output / "slots.png"))

    page.click("input[name=_continue]")
    expect(page.locator("ul.messagelist li.success")).to_be_visible()
    slots = list(ProgrammeSlot.objects.filter(session=session).order_by("date", "start_time"))
    entries = [
        [(e.agenda_item.label, e.continued) for e in slot.entries.order_by("position")]
        for slot in slots[:2]
    ]
    assert entries == [
        [("1(a)", False), ("2", False), ("3(a)", False)],
        [("2", True), ("3(a)", True)],
    ]
    context.close()


#: What the workbench adds to the page; not the libraries' widgets inside it (the admin's
#: autocomplete, select2, and its calendar and clock shortcuts).
WORKBENCH = {
    "include": [["#agenda_items-group"], ["#programme_slots-group"]],
    "exclude": [[".select2-container"], [".datetimeshortcuts"]],
}


@pytest.mark.browser
def test_the_workbench_has_no_serious_axe_violation(site, editor, page, output):
    """axe-core on the agenda editor and the programme slots, in three languages, an item's
    panel open: no violation at all, of any impact."""
    session = the_2024_session()
    sign_in(page, site, editor)
    found = {}
    for language in LANGUAGES:
        in_language(page, site, language)
        page.goto(change_page(site, session))
        expect(labels(page)).to_have_count(9)
        page.locator("#agenda_items-group details").first.locator("summary").click()
        results = run_axe(page, save_to=output / f"axe-{language}.json", context=WORKBENCH)
        assert results["passes"], "axe checked nothing"
        found[language] = results["violations"]
    assert all(not violations for violations in found.values()), "\n".join(
        f"{language}: {describe_violations(violations)}" for language, violations in found.items()
    )
