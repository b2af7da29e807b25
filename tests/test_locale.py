"""The interface speaks the six languages: complete catalogues, translated pages."""

import re
from pathlib import Path

import pytest

LOCALE = Path(__file__).resolve().parent.parent / "locale"
CATALOGUES = sorted(LOCALE.glob("*/LC_MESSAGES/django.po"))


def test_there_is_a_catalogue_for_every_language_but_english():
    assert {path.parts[-3] for path in CATALOGUES} == {"ar", "zh_Hans", "fr", "ru", "es"}


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_catalogue_has_no_empty_or_fuzzy_entry(path):
    text = path.read_text(encoding="utf-8")
    assert "#, fuzzy" not in text
    assert not re.search(r"^#,.*\bfuzzy\b", text, re.M)
    entries = text.strip().split("\n\n")[1:]  # the header's msgstr is the metadata
    empty = [entry for entry in entries if re.search(r'^msgstr(\[\d+\])? ""\Z', entry, re.M)]
    assert empty == []


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fr", ["Ordre du jour provisoire annoté", "Projet d'organisation des travaux", "(suite)"]),
        ("es", ["Programa provisional y anotaciones", "Anexo"]),
        ("ru", ["Предварительная повестка дня и аннотации", "(продолжение)"]),
        ("ar", ["جدول الأعمال المؤقت وشروحه", "المرفق"]),
        ("zh-hans", ["临时议程说明", "拟议工作安排", "（续）", "一并在联席会议上讨论"]),
    ],
)
def test_session_page_interface_is_translated(client, demo, lang, words):
    body = client.get(f"/{lang}/sessions/wg-asset-recovery/18/").content.decode()
    body = body.replace("&#x27;", "'")
    for word in words:
        assert word in body
