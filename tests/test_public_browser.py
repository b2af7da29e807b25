"""A delegate in a real Chromium: the 2024 session in English, Chinese and Arabic through the
language switcher, its joint-meeting and resolution links, and its printed form."""

import re

import pytest
from playwright.sync_api import expect

SESSION = "/sessions/wg-asset-recovery/18/"
LANGUAGES = ["ar", "zh-hans", "en", "fr", "ru", "es"]

# Where the last line of an element's text sits within the element's content box.
LAST_LINE_JS = """(element) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
    const range = document.createRange();
    range.selectNodeContents(element);
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
    const bottom = Math.max(...rects.map((rect) => rect.bottom));
    const last = rects.filter((rect) => rect.bottom > bottom - rect.height / 2);
    return {
        left, right,
        lineLeft: Math.min(...last.map((rect) => rect.left)),
        lineRight: Math.max(...last.map((rect) => rect.right)),
    };
}"""


def heading_alignment(page):
    """ "right" when the h1's last line is flush with its right edge and short of its left
    edge, "left" for the mirror image, otherwise the figures."""
    box = page.locator("main h1").first.evaluate(LAST_LINE_JS)
    flush_left = abs(box["lineLeft"] - box["left"]) <= 2
    flush_right = abs(box["lineRight"] - box["right"]) <= 2
    if flush_right and box["lineLeft"] - box["left"] > 10:
        return "right"
    if flush_left and box["right"] - box["lineRight"] > 10:
        return "left"
    return box


def switcher_link(page, code):
    return page.locator(f'nav.language-switcher a[hreflang="{code}"]')


@pytest.mark.browser
def test_the_switcher_takes_the_2024_session_to_chinese_and_arabic(site, page, output):
    page.goto(f"{site}/en{SESSION}")
    html = page.locator("html")
    expect(html).to_have_attribute("lang", "en")
    expect(html).to_have_attribute("dir", "ltr")
    switcher = page.locator("nav.language-switcher")
    expect(switcher).to_have_attribute("aria-label", re.compile(r"\S"))
    for code in LANGUAGES:
        expect(switcher_link(page, code)).to_have_attribute("lang", code)
    expect(switcher.locator('a[aria-current="true"]')).to_have_attribute("hreflang", "en")
    assert heading_alignment(page) == "left"
    page.screenshot(path=str(output / "session-en.png"), full_page=True)

    switcher_link(page, "zh-hans").click()
    expect(page).to_have_url(f"{site}/zh-hans{SESSION}")
    expect(html).to_have_attribute("lang", "zh-hans")
    expect(html).to_have_attribute("dir", "ltr")
    expect(page.locator("main h1")).to_contain_text("资产追回问题不限成员名额政府间工作组")
    expect(page.locator("#agenda").get_by_text("组织事项").first).to_be_visible()
    expect(page.locator("#agenda").get_by_text("Organizational matters")).to_have_count(0)
    expect(switcher.locator('a[aria-current="true"]')).to_have_attribute("hreflang", "zh-hans")
    page.screenshot(path=str(output / "session-zh-hans.png"), full_page=True)

    switcher_link(page, "ar").click()
    expect(page).to_have_url(f"{site}/ar{SESSION}")
    expect(html).to_have_attribute("lang", "ar")
    expect(html).to_have_attribute("dir", "rtl")
    expect(switcher.locator('a[aria-current="true"]')).to_have_attribute("hreflang", "ar")
    # Laid out right to left, not merely labelled so.
    assert page.locator("main").evaluate("(main) => getComputedStyle(main).direction") == "rtl"
    assert heading_alignment(page) == "right"
    page.screenshot(path=str(output / "session-ar.png"), full_page=True)


@pytest.mark.browser
def test_a_joint_meeting_note_leads_to_the_review_groups_item(site, page, output):
    page.goto(f"{site}/en{SESSION}")
    note = page.locator('[id="item-2"] .joint-meeting')
    expect(note).to_be_visible()
    expect(
        note.locator('a[href="/en/sessions/expert-meeting-international-cooperation/13/#item-2"]')
    ).to_have_count(1)
    link = note.locator('a[href="/en/sessions/irg/15/#item-4(a)"]')
    expect(link).to_have_count(1)

    link.click()
    expect(page).to_have_url(f"{site}/en/sessions/irg/15/#item-4(a)")
    expect(page.locator("main h1")).to_contain_text("Implementation Review Group")
    item = page.locator('[id="item-4(a)"]')
    expect(item).to_contain_text("Overview of progress made in the implementation of the mandates")
    expect(item).to_be_in_viewport()
    page.screenshot(path=str(output / "irg-15-item-4a.png"))


@pytest.mark.browser
@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Enhancing the use of beneficial ownership information"),
        ("zh-hans", "加强受益所有权信息的使用"),
    ],
    ids=["en", "zh-hans"],
)
def test_a_cited_resolution_leads_to_resolution_10_6(site, page, output, lang, title):
    page.goto(f"{site}/{lang}{SESSION}")
    # A citation in the annotations, not only the header's "prepared in accordance with".
    citation = page.locator(f'[id^="item-"] a[href="/{lang}/resolutions/10/6/"]').first
    citation.click()
    expect(page).to_have_url(f"{site}/{lang}/resolutions/10/6/")
    heading = page.locator("main h1")
    expect(heading).to_contain_text("10/6")
    expect(heading).to_contain_text(title)
    page.screenshot(path=str(output / f"resolution-10-6-{lang}.png"))


@pytest.mark.browser
def test_the_printed_session_has_no_navigation(site, page, output):
    page.goto(f"{site}/en{SESSION}")
    navigation = page.locator("nav")
    switcher = page.locator("nav.language-switcher")
    expect(switcher).to_be_visible()
    expect(page.locator("header nav:not(.language-switcher)").first).to_be_visible()
    count = navigation.count()
    assert count >= 2

    page.emulate_media(media="print")
    for index in range(count):
        expect(navigation.nth(index)).to_be_hidden()
    expect(switcher).to_be_hidden()
    # The document alone: its title, agenda, annotations and annex; not the site around it.
    for part in (".document-title", "#agenda", '[id="item-2"]', "#programme table"):
        expect(page.locator(part).first).to_be_visible()
    expect(page.locator(".site-additions")).to_be_hidden()
    # The annex (programme of work) starts on a page of its own.
    programme = page.locator("#programme")
    assert programme.evaluate("(annex) => getComputedStyle(annex).breakBefore") == "page"

    pdf = output / "session-wg-asset-recovery-18.pdf"
    page.pdf(path=str(pdf), format="A4")
    content = pdf.read_bytes()
    assert content.startswith(b"%PDF-")
    assert b"/Type /Page" in content


@pytest.mark.browser
def test_each_agenda_item_is_numbered_once(site, page, output):
    """The document numbers its items itself ("1.", "(a)"): the list adds no marker of its own."""
    page.goto(f"{site}/en{SESSION}")
    items = page.locator("#agenda ol.agenda-list > li, #agenda ol.sub-items > li")
    expect(items.first).to_be_visible()
    markers = items.evaluate_all("(items) => items.map((li) => getComputedStyle(li).listStyleType)")
    assert len(markers) == 9
    assert set(markers) == {"none"}
    page.locator("#agenda").screenshot(path=str(output / "agenda.png"))
