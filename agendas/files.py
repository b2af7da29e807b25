"""The provisional agenda and annotations as files: DOCX (python-docx) and PDF (WeasyPrint),
from the rendition of agendas/rendition.py, in the United Nations' layout: the masthead block
with the symbol, the body and session lines, the title, the agenda, the annotations with their
footnotes at the foot of the page, the annexed programme of work as a table, and the symbol
and the page number in the running header and footer. Arabic files run right to left.

python-docx has no footnotes of its own: they are written into the document's footnotes part
(``word/footnotes.xml``), which Word and LibreOffice read as real footnotes.
"""

import io

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from docx import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from lxml import etree

DOCX = "docx"
PDF = "pdf"
DOCUMENT_FORMATS = (DOCX, PDF)
CONTENT_TYPES = {
    DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    PDF: "application/pdf",
}

# The fonts of each script (Debian's fonts-noto-core and fonts-noto-cjk).
LATIN_FONT = "Noto Serif"
EAST_ASIAN_FONT = "Noto Serif CJK SC"
ARABIC_FONT = "Noto Naskh Arabic"

FOOTNOTES_CONTENT_TYPE = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
)


def document_response(rendition, file_format):
    """The file as a download named after the session and the language."""
    return file_response(render_file(rendition, file_format), file_format, rendition.filename_stem)


#: The column of a published revision's document (``publishing.RevisionDocument``) that each
#: file is made from.
FROZEN_COLUMNS = {DOCX: "docx", PDF: "print_page"}


def frozen_file_response(frozen, file_format, filename_stem):
    """A file of a published revision (``publishing.RevisionDocument``): ``frozen`` is its
    DOCX as it was written, or its page for print that the PDF is made from."""
    content = bytes(frozen) if file_format == DOCX else pdf_from_html(frozen)
    return file_response(content, file_format, filename_stem)


def file_response(content, file_format, filename_stem):
    response = HttpResponse(content, content_type=CONTENT_TYPES[file_format])
    filename = f"{filename_stem}.{file_format}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def render_file(rendition, file_format):
    return render_docx(rendition) if file_format == DOCX else render_pdf(rendition)


# --- PDF ----------------------------------------------------------------------------------------


def render_pdf(rendition):
    """The PDF: the page's document template, set for print (agendas/document_print.html)."""
    return pdf_from_html(print_html(rendition))


def print_html(rendition):
    """The whole HTML document the PDF is made from."""
    with translation.override(rendition.language):
        return render_to_string("agendas/document_print.html", {"document": rendition})


def page_html(rendition):
    """The document as the session page shows it (its ``<article>``)."""
    with translation.override(rendition.language):
        return render_to_string("agendas/document.html", {"document": rendition, "print": False})


def pdf_from_html(html):
    # WeasyPrint loads its fonts and style sheets on import: only a PDF pays for it.
    from weasyprint import HTML  # noqa: PLC0415 (slow import)

    return HTML(string=html).write_pdf()


# --- DOCX ---------------------------------------------------------------------------------------


class DocxWriter:
    def __init__(self, rendition):
        self.rendition = rendition
        self.rtl = rendition.direction == "rtl"
        self.document = DocxDocument()
        self.footnotes = None
        self.written_notes = set()
        self.set_up()

    # Page, fonts, header and footer.

    def set_up(self):
        section = self.document.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21)
        section.top_margin = section.bottom_margin = Cm(2.5)
        section.left_margin = section.right_margin = Cm(2.2)
        style = self.document.styles["Normal"]
        style.font.name = LATIN_FONT
        style.font.size = Pt(10 if self.rendition.language != "zh-hans" else 10.5)
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
        fonts.set(qn("w:cs"), ARABIC_FONT)
        header = section.header.paragraphs[0]
        header.text = self.rendition.symbol
        header.alignment = WD_ALIGN_PARAGRAPH.LEFT if self.rtl else WD_ALIGN_PARAGRAPH.RIGHT
        self.bidi(header)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer._p.append(
            parse_xml(
                f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
            )
        )

    def bidi(self, paragraph):
        """An Arabic paragraph runs right to left."""
        if self.rtl:
            paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
        return paragraph

    def run(self, paragraph, text, bold=False, size=None, superscript=False):
        run = paragraph.add_run(text)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
        if superscript:
            run.font.superscript = True
        if self.rtl:
            run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
        return run

    def paragraph(self, text="", bold=False, size=None, align=None, indent=0, space_after=6):
        paragraph = self.bidi(self.document.add_paragraph())
        if text:
            self.run(paragraph, text, bold=bold, size=size)
        if align == "end":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT if self.rtl else WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "center":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if indent:
            paragraph.paragraph_format.left_indent = Cm(indent) if not self.rtl else None
            paragraph.paragraph_format.right_indent = Cm(indent) if self.rtl else None
        paragraph.paragraph_format.space_after = Pt(space_after)
        return paragraph

    def spans(self, paragraph, spans):
        for span in spans:
            if span.footnote and span.note is not None:
                self.footnote_reference(paragraph, span.footnote, span.note)
            elif span.footnote:
                self.run(paragraph, span.text, superscript=True)
            else:
                self.run(paragraph, span.text)

    # Footnotes: the footnotes part, created with the first one.

    def footnotes_part(self):
        if self.footnotes is None:
            xml = (
                f"<w:footnotes {nsdecls('w')}>"
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
                "<w:continuationSeparator/></w:r></w:p></w:footnote>"
                "</w:footnotes>"
            )
            self.footnotes = parse_xml(xml)
            settings = self.document.settings.element
            properties = parse_xml(
                f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
            )
            settings.append(properties)
        return self.footnotes

    def footnote_reference(self, paragraph, number, note):
        footnotes = self.footnotes_part()
        if number not in self.written_notes:
            self.written_notes.add(number)
            bidi = "<w:bidi/>" if self.rtl else ""
            rtl = "<w:rtl/>" if self.rtl else ""
            footnote = parse_xml(
                f'<w:footnote {nsdecls("w")} w:id="{number}"><w:p><w:pPr>{bidi}</w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/>{rtl}</w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="18"/>{rtl}</w:rPr><w:t xml:space="preserve"> </w:t></w:r>'
                "</w:p></w:footnote>"
            )
            text_run = footnote.findall(qn("w:p"))[0].findall(qn("w:r"))[1]
            text_run.find(qn("w:t")).text = " " + note.text
            footnotes.append(footnote)
        run = self.run(paragraph, "")
        run.font.superscript = True
        reference = OxmlElement("w:footnoteReference")
        reference.set(qn("w:id"), str(number))
        run._r.append(reference)

    # The document.

    def write(self):
        r = self.rendition
        if r.symbol:
            self.paragraph(r.symbol, bold=True, size=14, align="end")
        self.paragraph(str(r.organ), bold=True, size=12)
        for line in (r.distribution, r.distribution_date, r.version_language, r.original):
            if line:
                self.paragraph(line, align="end", space_after=0)
        self.paragraph("")
        self.paragraph(str(r.body_name), bold=True)
        if r.place_and_dates:
            self.paragraph(r.place_and_dates)
        self.paragraph(r.title, bold=True, size=14, space_after=12)
        if r.agenda:
            self.agenda()
            self.annotations()
        if r.annex_days:
            self.annex()
        return self.save()

    def agenda(self):
        r = self.rendition
        self.paragraph(r.headings["agenda"], bold=True, size=12)
        for line in r.agenda:
            self.paragraph(f"{line.label}\t{line.title}", indent=0.5, space_after=2)
            for child in line.children:
                self.paragraph(f"{child.label}\t{child.title}", indent=1.5, space_after=2)

    def annotations(self):
        r = self.rendition
        self.paragraph(
            r.headings["annotations"], bold=True, size=12
        ).paragraph_format.space_before = Pt(12)
        for entry in r.annotations:
            self.paragraph(f"{entry.label}\t{entry.title}", bold=True)
            self.text_paragraphs(entry.paragraphs)
            for child in entry.children:
                self.paragraph(f"{child.label}\t{child.title}", bold=True, indent=0.5)
                self.text_paragraphs(child.paragraphs)
            if entry.joint_note:
                self.text_paragraphs([entry.joint_note])
            if entry.documents:
                self.paragraph(r.headings["documents"], bold=True)
                self.text_paragraphs(entry.documents, indent=0.5)

    def text_paragraphs(self, paragraphs, indent=0):
        for text in paragraphs:
            self.spans(self.paragraph(indent=indent), text.spans)

    def annex(self):
        r = self.rendition
        self.document.add_section(WD_SECTION.NEW_PAGE)
        self.paragraph(r.headings["annex"], bold=True, size=12)
        self.paragraph(r.headings["programme"], bold=True, size=12, align="center")
        table = self.document.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        if self.rtl:
            table._tbl.tblPr.append(OxmlElement("w:bidiVisual"))
        keys = ("date_and_time", "agenda_item", "title")
        for cell, key in zip(table.rows[0].cells, keys, strict=True):
            self.cell(cell, r.headings[key], bold=True)
        for day in r.annex_days:
            cells = table.add_row().cells
            merged = cells[0].merge(cells[2])
            self.cell(merged, day.heading, bold=True)
            for row in day.rows:
                cells = table.add_row().cells
                self.cell(cells[0], row.time)
                self.cell(cells[1], row.reference)
                paragraph = self.cell(cells[2], row.title)
                if row.mark:
                    self.run(paragraph, row.mark, superscript=True)
        for width, column in zip((Cm(4.2), Cm(2.3), Cm(10)), table.columns, strict=True):
            for cell in column.cells:
                cell.width = width
        for letter, note in r.annex_notes:
            paragraph = self.paragraph(space_after=2)
            paragraph.paragraph_format.space_before = Pt(4)
            self.run(paragraph, letter, superscript=True)
            self.run(paragraph, " ")
            self.spans(paragraph, note.spans)

    def cell(self, cell, text, bold=False):
        paragraph = self.bidi(cell.paragraphs[0])
        if text:
            self.run(paragraph, text, bold=bold)
        return paragraph

    def save(self):
        if self.footnotes is not None:
            blob = etree.tostring(
                self.footnotes, xml_declaration=True, encoding="UTF-8", standalone=True
            )
            part = Part(
                PackURI("/word/footnotes.xml"),
                FOOTNOTES_CONTENT_TYPE,
                blob,
                self.document.part.package,
            )
            self.document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
        output = io.BytesIO()
        self.document.save(output)
        return output.getvalue()


def render_docx(rendition):
    return DocxWriter(rendition).write()
