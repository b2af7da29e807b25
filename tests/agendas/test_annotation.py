"""Annotation text: paragraphs, footnote superscripts, symbols and resolutions linked."""

from agendas.annotation import annotation_paragraphs, render_inline, symbols_in
from documents.keys import parse_resolution_key

DOCS = {"CAC/COSP/2023/14": "/en/documents/CAC/COSP/2023/14/"}
RESOLUTIONS = {parse_resolution_key("10/6"): "/en/resolutions/10/6/"}


def test_paragraphs_are_split_on_blank_lines():
    assert annotation_paragraphs("One.\n\nTwo\nlines.\n\n\n") == ["One.", "Two\nlines."]


def test_footnote_reference_becomes_a_linked_superscript():
    html = render_inline("Flows.[^1] And [^7].", footnotes={1})
    assert (
        '<sup class="footnote-ref"><a href="#footnote-1" aria-label="Footnote 1">1</a></sup>'
        in html
    )
    assert "[^7]" in html  # an unknown footnote stays as typed


def test_known_symbols_are_linked_even_at_the_end_of_a_sentence():
    html = render_inline("See (CAC/COSP/2023/14) and CAC/COSP/2023/14. Also XY/1/2.", DOCS)
    assert html.count('<a href="/en/documents/CAC/COSP/2023/14/">CAC/COSP/2023/14</a>') == 2
    assert "CAC/COSP/2023/14</a>. Also" in html
    assert "XY/1/2" in html
    assert "XY/1/2</a>" not in html


def test_symbols_are_found_in_chinese_text_without_spaces():
    text = "秘书处的说明（CAC/COSP/2023/14）所提供的信息"
    assert symbols_in(text) == {"CAC/COSP/2023/14"}
    assert '<a href="/en/documents/CAC/COSP/2023/14/">' in render_inline(text, DOCS)


def test_resolution_numbers_are_linked_but_not_parts_of_symbols():
    html = render_inline("第 10/6 号决议和第10/6号决议; CAC/COSP/WG.2/2024/10/6", DOCS, RESOLUTIONS)
    assert html.count('<a href="/en/resolutions/10/6/">10/6</a>') == 2
    assert "2024/10/6" in html


def test_text_is_escaped():
    assert render_inline("<script>&") == "&lt;script&gt;&amp;"
