"""English text in the Arabic page of the 2024 session, in a real Chromium: each fallback is
laid out left to right inside the right-to-left page, so its punctuation stays at the end of
its sentence, and it is marked with its language's name."""

import pytest
from playwright.sync_api import expect

SESSION = "/ar/sessions/wg-asset-recovery/18/"

# The boxes of the first and last characters of an element's text, and of the whole text.
CHARACTER_BOXES_JS = """(element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) {
        if (walker.currentNode.textContent.trim()) nodes.push(walker.currentNode);
    }
    const first = nodes[0];
    const last = nodes[nodes.length - 1];
    const text = last.textContent.replace(/\\s+$/, "");
    const box = (node, start, end) => {
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        const rect = range.getBoundingClientRect();
        return {left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom};
    };
    const lead = first.textContent.search(/\\S/);
    const range = document.createRange();
    range.selectNodeContents(element);
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
    const bottom = Math.max(...rects.map((rect) => rect.bottom));
    const lastLine = rects.filter((rect) => rect.bottom > bottom - rect.height / 2);
    const style = getComputedStyle(element);
    return {
        firstChar: first.textContent[lead],
        first: box(first, lead, lead + 1),
        lastChar: text[text.length - 1],
        last: box(last, text.length - 1, text.length),
        lastLineRight: Math.max(...lastLine.map((rect) => rect.right)),
        lastLineLeft: Math.min(...lastLine.map((rect) => rect.left)),
        direction: style.direction,
        unicodeBidi: style.unicodeBidi,
    };
}"""


@pytest.mark.browser
def test_an_english_paragraph_keeps_its_full_stop_at_its_end_in_arabic(site, page, output):
    page.goto(f"{site}{SESSION}")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    block = page.locator('[id="item-2"] > .annotation-text').first
    expect(block).to_have_attribute("lang", "en")
    expect(block).to_have_attribute("dir", "ltr")
    paragraph = block.locator("p").last
    boxes = paragraph.evaluate(CHARACTER_BOXES_JS)
    assert boxes["direction"] == "ltr"
    assert block.evaluate("(e) => getComputedStyle(e).unicodeBidi") == "isolate"
    assert boxes["lastChar"] == "."
    # The full stop ends the last line at its right, as in an English page: not at its left
    # (".be held in person").
    assert abs(boxes["last"]["right"] - boxes["lastLineRight"]) <= 1
    assert boxes["last"]["left"] > boxes["lastLineLeft"] + 20
    # The paragraph starts at the left of its first line.
    assert boxes["first"]["left"] < boxes["last"]["left"]
    # Marked in Arabic as English text, above the block.
    label = page.locator('[id="item-2"] > .fallback-label').first
    expect(label).to_have_text("النص باللغة الإنكليزية")
    page.screenshot(path=str(output / "session-ar.png"), full_page=True)


@pytest.mark.browser
def test_english_titles_and_labels_of_the_programme_read_left_to_right(site, page, output):
    page.goto(f"{site}{SESSION}")
    table = page.locator("#programme table")
    title = table.locator("td bdi[lang=en]").first
    expect(title).to_have_attribute("dir", "ltr")
    boxes = title.evaluate(CHARACTER_BOXES_JS)
    assert boxes["direction"] == "ltr"
    assert boxes["unicodeBidi"] == "isolate"
    assert boxes["first"]["left"] < boxes["last"]["left"]  # "Overview ... mandates" from the left
    marker = title.locator("xpath=following-sibling::span[1]")
    expect(marker).to_have_class("fallback-language")
    expect(marker).to_have_text(" (الإنكليزية)")
    # "1(a)", not "(a)1": the label of a sub-item reads left to right.
    label = table.locator('a[href="#item-1(a)"]').first
    label_boxes = label.evaluate(CHARACTER_BOXES_JS)
    assert (label_boxes["firstChar"], label_boxes["lastChar"]) == ("1", ")")
    assert label_boxes["first"]["left"] < label_boxes["last"]["left"]
    table.screenshot(path=str(output / "programme-ar.png"))
