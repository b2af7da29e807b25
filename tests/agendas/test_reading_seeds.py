"""The two real Chinese provisional agendas (2009 and 2024) read into draft sessions equal to
the demo's: the demo's session is read as the database holds it, deleted, and read back from
its document."""

from pathlib import Path

import pytest

from agendas.reading.parser import read_text
from agendas.reading.services import draft_session
from sessions.models import Body, Session
from tests.agendas.reading_facts import share, snapshot

pytestmark = pytest.mark.django_db

DATA = Path(__file__).resolve().parents[1] / "data" / "reader"

# Where the 2024 document itself has a slip that the demo's text corrects: an English “and”
# left in two Chinese sentences.
SLIPS = {"挑战 and 采取": "挑战和采取"}


def corrected(shot):
    for item in shot["items"].values():
        for index, text in enumerate(item["paragraphs"]):
            for slip, correction in SLIPS.items():
                text = text.replace(slip, correction)
            item["paragraphs"][index] = text
    return shot


def read_back(ordinal, file_name):
    body = Body.objects.get(slug="wg-asset-recovery")
    demo_session = Session.objects.get(body=body, ordinal=ordinal)
    expected = snapshot(demo_session, "zh-hans")
    demo_session.delete()
    reading = read_text((DATA / file_name).read_text(encoding="utf-8"), language="zh-hans")
    session, created = draft_session(reading=reading, body=body)
    return reading, session, created, expected


@pytest.mark.parametrize(("ordinal", "file_name"), [(18, "2024_zh.txt"), (3, "2009_zh.txt")])
def test_a_seed_reads_into_the_demo_session(demo, ordinal, file_name):
    reading, session, created, expected = read_back(ordinal, file_name)
    assert created
    assert session.status == Session.Status.DRAFT
    assert reading.unplaced == []
    got = corrected(snapshot(session, "zh-hans"))
    assert got["items"] == expected["items"]
    assert got["footnotes"] == expected["footnotes"]
    assert got["joint"] == expected["joint"]
    assert got["slots"] == expected["slots"]
    assert got["resolutions"] == expected["resolutions"]
    assert got["resources_note"] == expected["resources_note"]
    assert share(got, expected)[1] == 1


def test_the_session_line_and_masthead_are_read(demo):
    _reading, session, _created, _expected = read_back(18, "2024_zh.txt")
    session.refresh_from_db()
    assert (session.start_date.isoformat(), session.end_date.isoformat()) == (
        "2024-06-12",
        "2024-06-14",
    )
    assert session.ordinal == 4  # the next free one: the document does not say 18
    assert session.venue.name_en == "Vienna International Centre"
    assert session.opening_time.isoformat() == "10:00:00"
    assert session.distribution == "general"
    assert session.distribution_date.isoformat() == "2024-03-22"
    assert session.original_language == "en"


def test_the_2009_document_names_its_ordinal(demo):
    _reading, session, _created, _expected = read_back(3, "2009_zh.txt")
    assert session.ordinal == 3
