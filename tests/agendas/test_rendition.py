"""The document in each language's conventions, its files, their downloads and the command."""

import datetime
import io
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from docx import Document as DocxDocument

from agendas.files import render_docx, render_pdf
from agendas.rendition import render, session_dates, slot_times, sub_item_letter
from sessions.models import Session
from tests.fidelity import official_text

POPPLER = pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils (make browser)")


def session_2024():
    return Session.objects.with_header().get(body__slug="wg-asset-recovery", ordinal=18)


def test_the_english_document_keeps_the_un_s_masthead_dates_times_and_punctuation(client, demo):
    text = official_text(client.get("/en/sessions/wg-asset-recovery/18/").content.decode())
    lines = text.splitlines()
    for line in ("Distr.: General", "22 March 2024", "English", "Original: English"):
        assert line in lines
    assert "12–14 June 2024, Vienna" in lines
    assert "Annotated provisional agenda" in lines
    assert "10 a.m.–1 p.m." in lines
    assert "3–6 p.m." in lines
    assert "1. Organizational matters:" in lines
    assert "(a) Opening of the meeting;" in lines
    assert "(b) Adoption of the agenda and organization of work." in lines
    assert "5. Adoption of the report." in lines
    assert "Wednesday, 12 June 2024" in lines


def test_the_chinese_masthead_is_kept_as_issued(client, demo):
    lines = official_text(
        client.get("/zh-hans/sessions/wg-asset-recovery/3/").content.decode()
    ).splitlines()
    assert lines[2:6] == ["Distr.: General", "20 March 2009", "Chinese", "Original: English"]
    assert "2009年5月14日和15日，维也纳" in lines
    assert "临时议程和说明" in lines
    assert "5月14日，星期四" in lines  # the 2009 programme gives no year


@pytest.mark.parametrize(
    ("language", "start", "end", "expected"),
    [
        ("zh-hans", (2024, 6, 12), (2024, 6, 14), "2024年6月12日至14日"),
        ("zh-hans", (2009, 5, 14), (2009, 5, 15), "2009年5月14日和15日"),
        ("en", (2024, 6, 12), (2024, 6, 14), "12–14 June 2024"),
        ("en", (2009, 5, 14), (2009, 5, 15), "14 and 15 May 2009"),
        ("en", (2024, 5, 30), (2024, 6, 2), "30 May–2 June 2024"),
        ("fr", (2024, 6, 12), (2024, 6, 14), "12–14 juin 2024"),
        ("es", (2024, 6, 12), (2024, 6, 14), "12–14 de junio de 2024"),
        ("ru", (2009, 5, 14), (2009, 5, 15), "14 и 15 мая 2009\u202fг."),
        ("ar", (2024, 6, 12), (2024, 6, 14), "12–14 يونيو 2024"),
    ],
)
def test_session_dates_in_each_language(language, start, end, expected):
    assert session_dates(datetime.date(*start), datetime.date(*end), language) == expected


@pytest.mark.parametrize(
    ("language", "start", "end", "expected"),
    [
        ("zh-hans", 10, 13, "上午 10 时至下午 1 时"),
        ("zh-hans", 15, 18, "下午 3 时至 6 时"),
        ("en", 10, 13, "10 a.m.–1 p.m."),
        ("en", 15, 18, "3–6 p.m."),
        ("fr", 10, 13, "10:00–13:00"),
    ],
)
def test_programme_times_in_each_language(language, start, end, expected):
    assert slot_times(datetime.time(start), datetime.time(end), language) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "(b)"), ("zh-hans", "(b)"), ("ru", "(b)"), ("fr", "b)"), ("es", "b)"), ("ar", "(ب)")],
)
def test_sub_item_letters_as_each_language_writes_them(language, expected):
    assert sub_item_letter("b", language) == expected


def test_each_language_punctuates_the_agenda_list(demo):
    french = render(session_2024(), "fr")
    assert french.agenda[0].title.endswith("\u00a0:")
    assert french.agenda[0].children[0].title.endswith("\u00a0;")
    assert french.agenda[0].children[0].label == "a)"
    arabic = render(session_2024(), "ar")
    assert arabic.agenda[0].children[0].title.endswith("؛")
    assert arabic.agenda[0].children[0].label == "(أ)"
    assert arabic.direction == "rtl"


def test_documents_entries_carry_the_wording_of_their_kind(demo):
    chinese = render(session_2024(), "zh-hans")
    item_3 = next(entry for entry in chinese.annotations if entry.item.label == "3")
    assert item_3.documents[0].text.startswith("秘书处题为“关于实益所有权透明度")
    assert item_3.documents[0].text.endswith("”的说明（CAC/COSP/WG.2/2024/2）")
    english = render(session_2024(), "en")
    item_3 = next(entry for entry in english.annotations if entry.item.label == "3")
    assert item_3.documents[0].text.startswith("Note by the Secretariat entitled “Reference")
    assert item_3.documents[0].text.endswith("” (CAC/COSP/WG.2/2024/2)")


def test_the_annex_notes_carry_no_footnote_mark(demo):
    chinese = render(session_2024(), "zh-hans")
    note_b = dict(chinese.annex_notes)["b"]
    assert all(span.footnote is None for span in note_b.spans)
    item_3 = next(entry for entry in chinese.annotations if entry.item.label == "3")
    assert [span.footnote for span in item_3.joint_note.spans if span.footnote] == [2]


def test_the_docx_has_real_footnotes_a_header_and_the_annex_table(demo):
    document = DocxDocument(io.BytesIO(render_docx(render(session_2024(), "zh-hans"))))
    body = document.element.body.xml
    assert body.count("<w:footnoteReference") == 2
    parts = {part.partname: part for part in document.part.package.iter_parts()}
    footnotes = parts["/word/footnotes.xml"].blob.decode()
    assert "在以往的届会上" in footnotes
    assert document.sections[0].header.paragraphs[0].text == "CAC/COSP/WG.2/2024/1"
    assert 'w:instr="PAGE"' in document.sections[0].footer._element.xml
    table = document.tables[0]
    assert [cell.text for cell in table.rows[0].cells] == ["日期和时间", "议程项目", "标题或说明"]


def test_the_arabic_docx_runs_right_to_left(demo):
    document = DocxDocument(io.BytesIO(render_docx(render(session_2024(), "ar"))))
    paragraphs = document.element.body.findall(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"
    )
    written = [paragraph for paragraph in paragraphs if "<w:t" in paragraph.xml]
    assert written
    assert all("<w:bidi/>" in paragraph.xml for paragraph in written)


def pdf_fonts_and_text(content, tmp_path):
    path = tmp_path / "document.pdf"
    path.write_bytes(content)
    fonts = subprocess.run(  # noqa: S603 (poppler on our own file)
        [shutil.which("pdffonts"), str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    text = subprocess.run(  # noqa: S603
        [shutil.which("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [line.split() for line in fonts], text


@POPPLER
@pytest.mark.parametrize(
    ("language", "font", "title"),
    [
        ("ar", "Noto-Naskh-Arabic", "جدول الأعمال المؤقت وشروحه"),
        ("ru", "Noto-Serif", "Предварительная повестка дня с аннотациями"),
        ("zh-hans", "Noto-Serif-CJK-SC", "临时议程说明"),
    ],
)
def test_the_pdf_embeds_the_fonts_of_its_script(demo, tmp_path, language, font, title):
    fonts, text = pdf_fonts_and_text(render_pdf(render(session_2024(), language)), tmp_path)
    names = [re.sub(r"^[A-Z]{6}\+", "", line[0]) for line in fonts]
    assert font in names
    # Every font embedded (the "emb" column), none of them a stand-in for missing glyphs.
    assert all(line[-5] == "yes" for line in fonts)
    assert all(name.startswith("Noto-") for name in names)
    assert title in text


def test_render_document_writes_the_file(demo, tmp_path):
    output = tmp_path / "agenda.docx"
    call_command(
        "render_document", "wg-asset-recovery/18", "--language", "zh-hans", "--format", "docx",
        "--output", str(output),
    )  # fmt: skip
    document = DocxDocument(str(output))
    assert "临时议程说明" in [paragraph.text for paragraph in document.paragraphs]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["wg-asset-recovery"], "is not a session"),
        (["wg-asset-recovery/99"], "There is no session wg-asset-recovery/99"),
        (["wg-asset-recovery/18", "--format", "odt"], "is not a document format"),
        (["wg-asset-recovery/18", "--language", "de"], "is not one of the site's languages"),
    ],
)
def test_render_document_refuses_bad_input_and_writes_nothing(demo, tmp_path, arguments, message):
    output = tmp_path / "agenda.pdf"
    with pytest.raises(CommandError, match=message):
        call_command("render_document", *arguments, "--output", str(output))
    assert not output.exists()


def test_the_session_page_downloads_the_docx_in_its_language(client, demo):
    response = client.get("/zh-hans/sessions/wg-asset-recovery/18/document.docx")
    assert response.status_code == 200
    assert response["Content-Type"].endswith("wordprocessingml.document")
    assert 'filename="wg-asset-recovery-18-zh-hans.docx"' in response["Content-Disposition"]
    document = DocxDocument(io.BytesIO(response.content))
    assert "临时议程说明" in [paragraph.text for paragraph in document.paragraphs]


def test_an_unknown_file_format_is_not_found(client, demo):
    assert client.get("/en/sessions/wg-asset-recovery/18/document.odt").status_code == 404


def test_the_admin_links_the_files_in_every_language(editor_client, demo):
    session = session_2024()
    response = editor_client.get(f"/admin/meetings/session/{session.pk}/change/")
    assert response.status_code == 200
    page = response.content.decode()
    for code in ("ar", "zh-hans", "en", "fr", "ru", "es"):
        assert f'href="/{code}/sessions/wg-asset-recovery/18/document.pdf"' in page


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = set()

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href") if tag in ("a", "link") else None
        # The style sheet is served by whitenoise once collected (tests/test_static.py).
        if href and href.startswith("/") and not href.startswith(settings.STATIC_URL):
            self.hrefs.add(href.split("#")[0])


def test_every_link_of_every_session_page_answers_200(client, demo):
    pages = [
        f"/{code}{session.get_absolute_url()[len('/en') :]}"
        for session in Session.objects.published().select_related("body")
        for code in ("ar", "zh-hans", "en", "fr", "ru", "es")
    ]
    answered = {}
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
        parser = Links()
        parser.feed(response.content.decode())
        for href in sorted(parser.hrefs - answered.keys()):
            answered[href] = client.get(href).status_code
    broken = {href: status for href, status in answered.items() if status != 200}
    assert broken == {}


def test_the_resources_paragraph_closes_item_1_b_of_the_document(client, demo):
    session = Session.objects.with_header().get(body__slug="wg-asset-recovery", ordinal=3)
    item_1_b = render(session, "zh-hans").annotations[0].children[-1]
    assert item_1_b.item.label == "1(b)"
    assert item_1_b.paragraphs[-1].text == (
        "本次会议可供使用的资源将允许每天举行两次配备联合国六种正式语文口译服务的全体会议。"
    )
    page = client.get("/zh-hans/sessions/wg-asset-recovery/3/").content.decode()
    assert page.count("六种正式语文口译服务") == 1
