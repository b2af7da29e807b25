"""The 2024 provisional agenda in English, French, Spanish, Russian and Arabic (texts in the
United Nations layout: “Distr.: General” mastheads, sub-items ``(a)``, ``a)`` and ``(أ)``)
read into the same session as the Chinese original; a second language version fills that
language's fields of the session read already."""

from pathlib import Path

import pytest

from agendas.reading.parser import read_text
from agendas.reading.services import draft_session
from sessions.models import Body, Session
from tests.agendas.reading_facts import share, snapshot

pytestmark = pytest.mark.django_db

DATA = Path(__file__).resolve().parents[1] / "data" / "reader"

# The official names of the two bodies whose items the joint-meeting sentences name (the demo
# has them in Chinese and English only).
BODY_NAMES = {
    "irg": {
        "fr": "Groupe d’examen de l’application",
        "es": "Grupo de Examen de la Aplicación",
        "ru": "Группа по обзору хода осуществления",
        "ar": "فريق استعراض التنفيذ",
    },
    "expert-meeting-international-cooperation": {
        "fr": "Réunion intergouvernementale d’experts à composition non limitée chargée "
        "d’améliorer la coopération internationale au titre de la Convention des Nations Unies "
        "contre la corruption",
        "es": "Reunión Intergubernamental de Expertos de Composición Abierta para Mejorar la "
        "Cooperación Internacional en el Marco de la Convención de las Naciones Unidas contra "
        "la Corrupción",
        "ru": "Совещание межправительственных экспертов открытого состава по расширению "
        "международного сотрудничества в рамках Конвенции Организации Объединенных Наций "
        "против коррупции",
        "ar": "اجتماع فريق الخبراء الحكومي الدولي المفتوح العضوية المعني بتعزيز التعاون الدولي "
        "في إطار اتفاقية الأمم المتحدة لمكافحة الفساد",
    },
}

# What each text says in its own words: the titles of items 1(a) and 5, the number of
# paragraphs of each item's annotation, the first words of footnote 2.
OWN_WORDS = {
    "fr": ("Ouverture de la réunion", "Adoption du rapport", "L’examen par le Groupe"),
    "es": ("Apertura de la reunión", "Aprobación del informe", "El examen del tema 6"),
    "ru": ("открытие совещания", "Утверждение доклада", "Рассмотрение Группой"),
    "ar": ("افتتاح الاجتماع", "اعتماد التقرير", "سيُدرج نظر فريق"),
}
PARAGRAPHS = {"1": 0, "1(a)": 1, "1(b)": 2, "2": 4, "3": 0, "3(a)": 2, "3(b)": 2, "4": 1, "5": 1}


def structure(shot):
    """What does not depend on the language: labels, citations, joint meetings, footnote
    numbers, the programme's slots and items."""
    return {
        "items": {
            label: (item["resolutions"], item["documents"]) for label, item in shot["items"].items()
        },
        "footnotes": sorted(shot["footnotes"]),
        "joint": shot["joint"],
        "slots": [
            (date, start, end, [(label, continued) for label, continued, _title in entries])
            for date, start, end, entries in shot["slots"]
        ],
        "resolutions": shot["resolutions"],
    }


def read_in(language, *, replace_demo=True):
    for slug, names in BODY_NAMES.items():
        if language in names:
            Body.objects.filter(slug=slug).update(**{f"name_{language}": names[language]})
    body = Body.objects.get(slug="wg-asset-recovery")
    demo_session = Session.objects.get(body=body, ordinal=18)
    expected = snapshot(demo_session, "zh-hans")
    if replace_demo:
        demo_session.delete()
    text = (DATA / f"2024_{language}.txt").read_text(encoding="utf-8")
    reading = read_text(text, language=language)
    session, _created = draft_session(reading=reading, body=body)
    return reading, session, expected


def test_the_english_text_reads_into_the_demo_session(demo):
    body = Body.objects.get(slug="wg-asset-recovery")
    expected = snapshot(Session.objects.get(body=body, ordinal=18), "en")
    reading, session, _zh = read_in("en")
    assert reading.unplaced == []
    assert session.agenda_symbol == "CAC/COSP/WG.2/2024/1"
    got = snapshot(session, "en")
    assert got["items"] == expected["items"]
    assert got["footnotes"] == expected["footnotes"]
    assert got["joint"] == expected["joint"]
    assert got["slots"] == expected["slots"]
    assert share(got, expected)[1] == 1


@pytest.mark.parametrize("language", ["fr", "es", "ru", "ar"])
def test_a_language_version_reads_into_the_same_structure(demo, language):
    reading, session, expected = read_in(language)
    assert reading.unplaced == []
    assert reading.document_language == language
    assert reading.original_language == "en"
    assert (reading.start_date.isoformat(), reading.end_date.isoformat()) == (
        "2024-06-12",
        "2024-06-14",
    )
    assert session.venue.name_en == "Vienna International Centre"
    assert session.opening_time.isoformat() == "10:00:00"
    got = snapshot(session, language)
    assert structure(got) == structure(expected)
    opening, report, footnote = OWN_WORDS[language]
    assert got["items"]["1(a)"]["title"] == opening
    assert got["items"]["5"]["title"] == report
    assert got["footnotes"][2].startswith(footnote)
    assert {label: len(item["paragraphs"]) for label, item in got["items"].items()} == PARAGRAPHS


def test_a_second_language_fills_the_same_session(demo):
    body = Body.objects.get(slug="wg-asset-recovery")
    demo_session = Session.objects.get(body=body, ordinal=18)
    english = snapshot(demo_session, "en")
    demo_session.delete()
    chinese = read_text((DATA / "2024_zh.txt").read_text(encoding="utf-8"), language="zh-hans")
    session, created = draft_session(reading=chinese, body=body)
    assert created
    reading = read_text((DATA / "2024_en.txt").read_text(encoding="utf-8"), language="en")
    same, created = draft_session(reading=reading, body=body)
    assert (same.pk, created) == (session.pk, False)
    assert Session.objects.filter(body=body, start_date="2024-06-12").count() == 1
    got = snapshot(same, "en")
    assert got["items"] == {
        label: {**item, "documents": got["items"][label]["documents"]}
        for label, item in english["items"].items()
    }
    assert got["footnotes"] == english["footnotes"]
    assert [entries for *_slot, entries in got["slots"]] == [
        entries for *_slot, entries in english["slots"]
    ]
    assert snapshot(same, "zh-hans")["items"]["1(a)"]["title"] == "会议开幕"


def test_a_version_whose_agenda_differs_is_refused(demo):
    body = Body.objects.get(slug="wg-asset-recovery")
    Session.objects.get(body=body, ordinal=18).delete()
    chinese = read_text((DATA / "2024_zh.txt").read_text(encoding="utf-8"), language="zh-hans")
    session, _created = draft_session(reading=chinese, body=body)
    text = (
        (DATA / "2024_en.txt")
        .read_text(encoding="utf-8")
        .replace("5. Adoption of the report.", "5. Other matters.\n6. Adoption of the report.")
    )
    with pytest.raises(Exception, match="is not the agenda of"):
        draft_session(reading=read_text(text, language="en"), body=body)
    session.refresh_from_db()
    assert not session.agenda_items.exclude(title_en__isnull=True).exclude(title_en="").exists()
