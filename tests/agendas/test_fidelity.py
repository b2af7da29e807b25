"""The provisional agenda and annotations reproduce the documents the United Nations issued:
the zh-hans session page's document, DOCX and PDF of the 2024 and 2009 demo sessions, each
measured against the seed text of the real document (tests/data, tests/fidelity.py)."""

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from lxml import etree

from agendas.files import render_docx, render_pdf
from agendas.rendition import render
from sessions.models import Session
from tests.fidelity import measure, official_text

DATA = Path(__file__).resolve().parent.parent / "data"
SEEDS = {
    "wg-asset-recovery/18": DATA / "seed_2024_wg2_zh.txt",
    "wg-asset-recovery/3": DATA / "seed_2009_wg2_zh.txt",
}
THRESHOLD = 0.98

# Every seed paragraph a rendition does not reproduce, with the reason. None today: the
# seeds' own artefacts are read as the document has them (the stray English "and" inside
# Chinese sentences is 和; a paragraph split by a page break is joined), and the 2009
# programme's half-width " (续)" and days without the year are its session's early style
# (Session.programme_style).
KNOWN_DIFFERENCES = {
    "wg-asset-recovery/18": {},
    "wg-asset-recovery/3": {},
}
# Paragraphs found before the one that precedes them: the footnotes, which the seed prints at
# the foot of the page where they are referred to and the page and the DOCX after the
# annotations (the PDF sets them at the foot of the page, as the seed).
OUT_OF_ORDER = {"page": 2, "docx": 2, "pdf": 2}


def session(key):
    slug, _, ordinal = key.rpartition("/")
    return Session.objects.with_header().get(body__slug=slug, ordinal=int(ordinal))


def docx_text(content):
    """The DOCX's text as a reader sees it: each paragraph and table row in order (the
    footnote references as their numbers), then the footnotes."""
    document = DocxDocument(io.BytesIO(content))
    lines = []

    def paragraph_text(element):
        parts = []
        for node in element.iter(qn("w:t"), qn("w:footnoteReference"), qn("w:tab")):
            if node.tag == qn("w:t"):
                parts.append(node.text or "")
            elif node.tag == qn("w:tab"):
                parts.append("\t")
            else:
                parts.append(node.get(qn("w:id")))
        return "".join(parts)

    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(paragraph_text(child))
        elif child.tag == qn("w:tbl"):
            for row in child.iter(qn("w:tr")):
                cells = [paragraph_text(cell) for cell in row.iter(qn("w:tc"))]
                lines.append("\t".join(cells))
    for rel in document.part.rels.values():
        if rel.reltype == RELATIONSHIP_TYPE.FOOTNOTES:
            footnotes = etree.fromstring(rel.target_part.blob)
            for note in footnotes.iter(qn("w:footnote")):
                if int(note.get(qn("w:id"))) > 0:
                    lines.append(note.get(qn("w:id")) + paragraph_text(note))
    return "\n".join(lines)


def pdf_text(content, tmp_path):
    """``pdftotext -layout`` of the PDF's pages without their running header and footer (the
    symbol and the page number, which are no part of the text): A4 cut 65 points from the top
    and the bottom edge."""
    path = tmp_path / "document.pdf"
    path.write_bytes(content)
    result = subprocess.run(  # noqa: S603 (poppler's pdftotext on our own file)
        [
            shutil.which("pdftotext"),
            "-layout",
            "-x",
            "0",
            "-y",
            "65",
            "-W",
            "595",
            "-H",
            "712",
            str(path),
            "-",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def check(key, text, medium):
    fidelity = measure(SEEDS[key], text)
    unexplained = [line for line in fidelity.missing if line not in KNOWN_DIFFERENCES[key]]
    assert unexplained == [], f"{key} {medium}: {fidelity.found}/{fidelity.total}"
    assert fidelity.share >= THRESHOLD
    assert fidelity.out_of_order <= OUT_OF_ORDER[medium]
    return fidelity


@pytest.mark.parametrize("key", SEEDS)
def test_the_chinese_page_reads_like_the_document(client, demo, key):
    response = client.get(f"/zh-hans/sessions/{key}/")
    check(key, official_text(response.content.decode()), "page")


@pytest.mark.parametrize("key", SEEDS)
def test_the_chinese_docx_reads_like_the_document(demo, key):
    check(key, docx_text(render_docx(render(session(key), "zh-hans"))), "docx")


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (make browser)")
@pytest.mark.parametrize("key", SEEDS)
def test_the_chinese_pdf_reads_like_the_document(demo, key, tmp_path):
    check(key, pdf_text(render_pdf(render(session(key), "zh-hans")), tmp_path), "pdf")


def test_the_site_s_additions_stay_outside_the_document(client, demo):
    html = client.get("/zh-hans/sessions/wg-asset-recovery/18/").content.decode()
    document = official_text(html)
    for added in ("所引决议", "专题小组讨论：", "CSV", "XLSX", "DOCX", "原文语言"):
        assert added in html
        assert added not in document
