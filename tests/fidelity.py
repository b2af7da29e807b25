"""How much of an official document's text a rendition reproduces (the measure of the
fidelity tests, tests/agendas/test_fidelity.py).

A seed (tests/data/seed_*.txt) is the text of a document as the United Nations issued it,
extracted paragraph by paragraph: list markers as "- " and "1. ", links as "[symbol](#)",
footnote marks as superscripts, the annex table's cells separated by tabs. A seed paragraph is
reproduced when its characters appear in the rendition's text in the same order with only
whitespace between them: punctuation, full-width forms and wording must match. A paragraph
the seed splits at a page break is joined again; the annex's rows count when every cell
appears. The seed's stray English " and " between Chinese characters is an artefact of its
extraction, read as 和 (the document has 和 there).
"""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")


def squeeze(text):
    return re.sub(r"\s+", "", text.translate(SUPERSCRIPTS))


@dataclass
class SeedParagraph:
    text: str
    cells: list | None


def seed_paragraphs(path):
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        line = re.sub(r"^-\s+", "", line)
        line = re.sub(r"^\d+\.\s+", "", line)  # list numbering: markup in a page, text in a file
        line = re.sub(r"\[([^\]]+)\]\(#\)", r"\1", line)
        line = re.sub(r"^[¹²³]\s*", "", line)
        line = re.sub(r"\s*\^([a-z])", r"\1", line)
        line = re.sub(r"(?<=[\u4e00-\u9fff]) and (?=[\u4e00-\u9fff])", "和", line)
        cells = [c.strip() for c in raw.split("\t") if c.strip()] if "\t" in raw else None
        if cells:
            cells = [re.sub(r"\s*\^([a-z])", r"\1", c) for c in cells]
        out.append(SeedParagraph(line, cells))
    return out


@dataclass
class Fidelity:
    found: int
    total: int
    out_of_order: int
    missing: list = field(default_factory=list)

    @property
    def share(self):
        return self.found / self.total


def measure(seed_path, rendition_text):
    """The seed's paragraphs that ``rendition_text`` reproduces."""
    text = squeeze(rendition_text)
    paragraphs = seed_paragraphs(seed_path)
    found, missing, positions, consumed = 0, [], [], set()
    last = 0

    def find(needle):
        at = text.find(needle, last)
        return at if at >= 0 else text.find(needle)

    for i, paragraph in enumerate(paragraphs):
        if i in consumed:
            continue
        if paragraph.cells:
            spots = [find(squeeze(cell)) for cell in paragraph.cells]
            pos = spots[0] if all(spot >= 0 for spot in spots) else -1
        else:
            pos = find(squeeze(paragraph.text))
            # A page break may split a paragraph in the seed, with footnotes in between.
            for j in range(i + 1, min(i + 4, len(paragraphs))):
                if pos >= 0 or paragraphs[j].cells or j in consumed:
                    break
                pos = find(squeeze(paragraph.text + paragraphs[j].text))
                if pos >= 0:
                    consumed.add(j)
                    found += 1
                    positions.append(pos)
        if pos >= 0:
            found += 1
            positions.append(pos)
            last = pos
        else:
            missing.append(paragraph.text)
    disorder = sum(1 for a, b in zip(positions, positions[1:], strict=False) if b < a)
    return Fidelity(found, len(paragraphs), disorder, missing)


BLOCKS = {
    "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "br", "dt", "dd",
    "section", "article", "header", "footer", "table", "ol", "ul", "dl", "nav",
}  # fmt: skip


class OfficialText(HTMLParser):
    """The visible text of a page's ``<article class="official-document">``, a line per block
    element: what a reader reads as the document."""

    def __init__(self):
        super().__init__()
        self.out, self.depth = [], 0

    def handle_starttag(self, tag, attrs):
        if self.depth:
            self.depth += tag == "article"
            if tag in BLOCKS:
                self.out.append("\n")
        elif tag == "article" and ("class", "official-document") in attrs:
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= tag == "article"
            if tag in BLOCKS:
                self.out.append("\n")

    def handle_data(self, data):
        if self.depth:
            self.out.append(data)


def official_text(html):
    parser = OfficialText()
    parser.feed(html)
    lines = "".join(parser.out).splitlines()
    return "\n".join(line.strip() for line in lines if line.strip())
