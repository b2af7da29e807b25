"""A provisional agenda printed to PDF by Chromium reads as its text: pdftotext's layout, with
paragraphs, headings, footnotes, listed documents and programme titles cut at the ends of
lines, is put together again."""

import html
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from agendas.reading.files import text_of_upload
from agendas.reading.parser import joined, read_text

pytestmark = pytest.mark.browser

DATA = Path(__file__).resolve().parents[1] / "data" / "reader"
STYLE = (
    "body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 11pt; }"
    "td { padding: 2pt 12pt; vertical-align: top; } td:nth-child(-n+2) { white-space: nowrap; }"
    "p.sub { margin-left: 2em; }"
)


def printed(text):
    """The document as a page: a paragraph per line (indented lines indented), the
    programme's tab-separated rows as a table."""
    text = re.sub(r"\[([^\]\n]+)\]\([^)\n]*\)", r"\1", text)
    parts, rows = [], []
    for line in [*text.split("\n"), ""]:
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            cells = (
                "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
                for row in rows
            )
            parts.append("<table>" + "".join(cells) + "</table>")
            rows = []
        if line.strip():
            css = ' class="sub"' if line.startswith((" ", "\t")) else ""
            parts.append(f"<p{css}>{html.escape(line.strip())}</p>")
    return f"<html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>{''.join(parts)}</body></html>"


def understood(reading):
    return (
        [
            (item.label, item.title, item.paragraphs, item.listed, item.joint)
            for item in reading.items
        ],
        reading.footnotes,
        reading.slots,
        (reading.start_date, reading.end_date, reading.city, reading.distribution_date),
    )


@pytest.mark.parametrize("file_name", ["2009_zh.txt", "2024_zh.txt"])
def test_a_pdf_reads_as_its_text(chromium, file_name):
    text = (DATA / file_name).read_text(encoding="utf-8")
    page = chromium.new_page()
    page.set_content(printed(text))
    pdf = page.pdf(format="A4")
    page.close()
    from_pdf = read_text(text_of_upload(SimpleUploadedFile("agenda.pdf", pdf)), language="zh-hans")
    assert understood(from_pdf) == understood(read_text(text, language="zh-hans"))
    assert from_pdf.unplaced == []


def test_a_compound_word_cut_at_its_hyphen_reads_back_whole():
    assert joined("the long-", "term needs", " ") == "the long-term needs"
    assert joined("items 1 -", "3", " ") == "items 1 - 3"
    assert joined("CAC/COSP/IRG/", "2024/6", " ") == "CAC/COSP/IRG/2024/6"
