"""The text of an uploaded provisional agenda: a DOCX (python-docx) or a PDF (poppler's
``pdftotext``), as the reader reads it (agendas/reading/parser.py).

A DOCX gives its paragraphs and tables in order: a table row becomes one line of
tab-separated cells, a footnote reference a superscript number with the footnote's text on
the line after its paragraph, an automatically numbered paragraph a bulleted line. A PDF gives
its text laid out as printed (``-layout``), columns of the programme apart.
"""

import io
import re
import subprocess
import zipfile

from django.utils.translation import gettext as _
from docx import Document as open_docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from .languages import TO_SUPERSCRIPT
from .parser import SYMBOL, ReadingError

PDFTOTEXT_SECONDS = 60
MAX_BYTES = 20 * 1024 * 1024


def text_of_upload(upload):
    """The text of an uploaded file (``.docx``, ``.pdf`` or plain text)."""
    name = (getattr(upload, "name", "") or "").lower()
    data = upload.read()
    if len(data) > MAX_BYTES:
        raise ReadingError(_("The file is larger than 20 MB."))
    if name.endswith(".docx") or data[:2] == b"PK":
        return text_of_docx(data)
    if name.endswith(".pdf") or data[:5] == b"%PDF-":
        return text_of_pdf(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ReadingError(_("The file is neither a DOCX, a PDF nor a text in UTF-8.")) from None


def text_of_docx(data):
    try:
        document = open_docx(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ReadingError(_("The file is not a readable DOCX document.")) from error
    footnotes = footnotes_of(document)
    lines = []
    for block in document.element.body.iterchildren():
        if block.tag == qn("w:p"):
            text, referenced = paragraph_text(block)
            indent = numbering_level(block)
            if indent is not None and text.strip():
                text = " " * indent + "- " + text
            lines.append(text)
            lines.extend(
                f"{str(number).translate(TO_SUPERSCRIPT)} {footnotes[number]}"
                for number in referenced
                if number in footnotes
            )
        elif block.tag == qn("w:tbl"):
            for row in block.iter(qn("w:tr")):
                cells = []
                for cell in row.iter(qn("w:tc")):
                    cells.append(" ".join(paragraph_text(p)[0] for p in cell.iter(qn("w:p"))))
                lines.append("\t".join(cell.strip() for cell in cells))
    return "\n\n".join(lines)


def numbering_level(paragraph):
    """The list level of an automatically numbered paragraph, or None."""
    properties = paragraph.find(qn("w:pPr"))
    numbering = properties.find(qn("w:numPr")) if properties is not None else None
    if numbering is None:
        return None
    level = numbering.find(qn("w:ilvl"))
    return int(level.get(qn("w:val"), "0")) if level is not None else 0


def paragraph_text(paragraph):
    """A paragraph's text, footnote references and superscript runs as superscript marks,
    and the numbers of the footnotes it references."""
    parts, referenced = [], []
    for run in paragraph.iter(qn("w:r")):
        reference = run.find(qn("w:footnoteReference"))
        if reference is not None:
            number = int(reference.get(qn("w:id")))
            referenced.append(number)
            parts.append(str(number).translate(TO_SUPERSCRIPT))
            continue
        text = "".join(
            node.text or ("\t" if node.tag == qn("w:tab") else "")
            for node in run
            if node.tag in (qn("w:t"), qn("w:tab"))
        )
        properties = run.find(qn("w:rPr"))
        align = properties.find(qn("w:vertAlign")) if properties is not None else None
        if align is not None and align.get(qn("w:val")) == "superscript" and text.strip():
            text = text.strip()
            text = text.translate(TO_SUPERSCRIPT) if text.isdigit() else f" ^{text}"
        parts.append(text)
    return "".join(parts), referenced


def footnotes_of(document):
    """{number: text} of the document's footnotes part, if it has one."""
    for relationship in document.part.rels.values():
        if relationship.reltype == RELATIONSHIP_TYPE.FOOTNOTES:
            part = relationship.target_part
            # python-docx gives a generic part for footnotes: its XML is read from the blob.
            element = getattr(part, "element", None)
            if element is None:
                element = parse_xml(part.blob)
            break
    else:
        return {}
    notes = {}
    for note in element.iter(qn("w:footnote")):
        number = int(note.get(qn("w:id")))
        if number < 1:
            continue  # the separators
        text = " ".join(paragraph_text(p)[0] for p in note.iter(qn("w:p")))
        notes[number] = text.strip()
    return notes


def text_of_pdf(data):
    try:
        result = subprocess.run(  # noqa: S603 (a fixed command, the file on stdin)
            ["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"],  # noqa: S607
            input=data,
            capture_output=True,
            timeout=PDFTOTEXT_SECONDS,
            check=False,
        )
    except FileNotFoundError as error:
        raise ReadingError(
            _("PDF files cannot be read on this server: pdftotext (poppler-utils) is missing.")
        ) from error
    except subprocess.TimeoutExpired as error:
        raise ReadingError(_("The PDF took too long to read.")) from error
    if result.returncode != 0:
        raise ReadingError(_("The file is not a readable PDF document."))
    pages = result.stdout.decode("utf-8", errors="replace").split("\f")
    return "\n".join(
        without_running_lines(page, first=index == 0) for index, page in enumerate(pages)
    )


PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")


def without_running_lines(page, first):
    """A printed page without its running header (the symbol alone on the first line of every
    page after the first) and footer (the page number alone on its last line)."""
    lines = page.split("\n")
    filled = [index for index, line in enumerate(lines) if line.strip()]
    if not filled:
        return page
    if PAGE_NUMBER.match(lines[filled[-1]]):
        del lines[filled[-1]]
    head = lines[filled[0]].strip()
    if not first and len(filled) > 1 and SYMBOL.fullmatch(head):
        del lines[filled[0]]
    return "\n".join(lines)
