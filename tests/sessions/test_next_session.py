"""“Prepare the next session”: a draft with the next ordinal and the standing items, in all six
languages (the languages the source lacks come from the message catalogue), its dates, place,
resolutions and symbol proposed from the last session, and a summary of what was copied."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.test import Client

from agendas.models import AgendaItem
from sessions.models import Session
from sessions.services import prepare_next_session
from tests.factories import SessionFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "zh_hans", "ar", "fr", "ru", "es")


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogue():
    """The standard titles' translations (locale/*/LC_MESSAGES/django.po), compiled."""
    call_command("compilemessages", ignore_patterns=[".venv"], verbosity=0)


def titles(item):
    return {code: getattr(item, f"title_{code}") for code in LANGUAGES}


def test_next_session_of_the_2024_meeting_through_the_admin(editor_client, demo):
    source = Session.objects.get(body__slug="wg-asset-recovery", ordinal=18)
    source_items = list(source.agenda_items.values_list("pk", "label", "title_en"))
    response = editor_client.post(
        "/admin/meetings/session/",
        {"action": "prepare_next_session", "_selected_action": [str(source.pk)]},
    )
    draft = Session.objects.get(body=source.body, ordinal=19)
    assert response.status_code == 302
    assert response.url == f"/admin/meetings/session/{draft.pk}/change/"
    assert draft.status == Session.Status.DRAFT

    items = {item.label: item for item in draft.agenda_items.order_by("position")}
    assert list(items) == ["1", "1(a)", "1(b)", "2"]
    assert titles(items["1"]) == {
        "en": "Organizational matters",
        "zh_hans": "组织事项",
        "ar": "المسائل التنظيمية",
        "fr": "Questions d'organisation",
        "ru": "Организационные вопросы",
        "es": "Cuestiones de organización",
    }
    assert titles(items["1(a)"]) == {
        "en": "Opening of the meeting",
        "zh_hans": "会议开幕",
        "ar": "افتتاح الاجتماع",
        "fr": "Ouverture de la réunion",
        "ru": "Открытие совещания",
        "es": "Apertura de la reunión",
    }
    assert titles(items["1(b)"]) == {
        "en": "Adoption of the agenda and organization of work",
        "zh_hans": "通过议程和工作安排",
        "ar": "إقرار جدول الأعمال وتنظيم الأعمال",
        "fr": "Adoption de l'ordre du jour et organisation des travaux",
        "ru": "Утверждение повестки дня и организация работы",
        "es": "Aprobación del programa y organización de los trabajos",
    }
    assert titles(items["2"]) == {
        "en": "Adoption of the report",
        "zh_hans": "通过报告",
        "ar": "اعتماد التقرير",
        "fr": "Adoption du rapport",
        "ru": "Утверждение доклада",
        "es": "Aprobación del informe",
    }
    assert items["1(a)"].parent == items["1"]
    assert all(item.annotation_en in ("", None) for item in items.values())

    # The source is untouched, and delegates do not see the draft.
    assert list(source.agenda_items.values_list("pk", "label", "title_en")) == source_items
    assert Client().get(draft.get_absolute_url()).status_code == 404

    # The draft opens in the admin, with its items inline.
    change = editor_client.get(response.url)
    assert change.status_code == 200
    assert "Questions d&#x27;organisation" in change.text


def test_the_next_free_ordinal_follows_the_highest(body):
    first = SessionFactory(body=body, ordinal=3)
    SessionFactory(body=body, ordinal=18)
    assert prepare_next_session(session=first).ordinal == 19
    assert prepare_next_session(session=first).ordinal == 20


def test_a_title_that_is_not_the_standard_one_is_copied_as_it_is(body, session):
    AgendaItem.objects.create(session=session, number=1, title_en="Organizational matters")
    AgendaItem.objects.create(
        session=session,
        number=2,
        title_en="Adoption of the report on the meeting",
        title_zh_hans="通过会议报告",
    )
    draft = prepare_next_session(session=session)
    last = draft.agenda_items.get(label="2")
    assert (last.title_en, last.title_zh_hans, last.title_fr) == (
        "Adoption of the report on the meeting",
        "通过会议报告",
        "",
    )
    assert draft.agenda_items.get(label="1").title_fr == "Questions d'organisation"


def test_a_session_without_items_gives_an_empty_draft(session):
    draft = prepare_next_session(session=session)
    assert (draft.ordinal, draft.agenda_items.count()) == (2, 0)


def test_the_2024_meeting_gives_the_2025_dates_place_and_resolutions(demo):
    source = Session.objects.get(body__slug="wg-asset-recovery", ordinal=18)
    assert (source.start_date, source.end_date) == (
        datetime.date(2024, 6, 12),
        datetime.date(2024, 6, 14),
    )
    draft = prepare_next_session(session=source)
    draft.refresh_from_db()

    # Wednesday to Friday, 52 weeks later.
    assert (draft.start_date, draft.end_date) == (
        datetime.date(2025, 6, 11),
        datetime.date(2025, 6, 13),
    )
    assert [day.strftime("%A") for day in (draft.start_date, draft.end_date)] == [
        "Wednesday",
        "Friday",
    ]
    assert draft.venue == source.venue
    assert draft.room_en == source.room_en == "Board Room B/M1, M Building"
    assert (draft.city_en, draft.country, draft.format) == ("Vienna", "AT", "in_person")
    assert draft.opening_time == source.opening_time
    assert draft.agenda_symbol == "CAC/COSP/WG.2/2025/1"
    assert sorted(draft.resolutions.values_list("session_number", "sequence")) == [
        (9, 2),
        (10, 6),
    ]
    assert not draft.title_en
    assert draft.status == Session.Status.DRAFT

    assert draft.preparation.copied == [
        "Dates proposed: 11 June 2025 – 13 June 2025 (Wednesday to Friday, 52 weeks after "
        "12 June 2024 – 14 June 2024)",
        "Agenda symbol proposed: CAC/COSP/WG.2/2025/1",
        "Venue: Vienna International Centre, Vienna",
        "Room: Board Room B/M1, M Building",
        "Format: In person",
        "City and country: Vienna, Austria",
        "Opening time: 10 a.m.",
        "Resolutions the agenda is prepared under: 9/2, 10/6",
        "Standing agenda items: 1, 1(a), 1(b), 2",
    ]
    assert draft.preparation.to_check == [
        "Check the proposed dates against the calendar of meetings.",
        "Add the resolutions adopted since the last session, if any.",
        "Add the substantive agenda items before the adoption of the report, and number the "
        "adoption of the report last.",
        "Enter the session's title in each language (the last one's: “eighteenth meeting of "
        "the Open-ended Intergovernmental Working Group on Asset Recovery”).",
    ]


def test_the_editor_reads_what_was_copied_in_chinese(editor_client, demo):
    source = Session.objects.get(body__slug="wg-asset-recovery", ordinal=18)
    response = editor_client.post(
        "/admin/meetings/session/",
        {"action": "prepare_next_session", "_selected_action": [str(source.pk)]},
        headers={"accept-language": "zh-hans"},
    )
    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert shown[0].startswith("已拟订草稿：")
    assert "拟议日期" in shown[1]
    assert "拟议议程文号：CAC/COSP/WG.2/2025/1" in shown
    assert "需核对：" in shown


def test_a_taken_symbol_is_left_for_the_editor(body, session):
    SessionFactory(body=body, ordinal=7, agenda_symbol="CAC/COSP/WG.9/2026/1", start_date=None)
    session.agenda_symbol = "CAC/COSP/WG.9/2025/1"
    session.save()
    draft = prepare_next_session(session=session)
    assert draft.agenda_symbol is None
    assert (
        "The agenda symbol CAC/COSP/WG.9/2026/1 is taken already: enter this session's."
        in draft.preparation.to_check
    )


def test_a_session_without_dates_gives_a_draft_without_dates(body):
    source = SessionFactory(body=body, ordinal=1, start_date=None)
    draft = prepare_next_session(session=source)
    assert (draft.start_date, draft.end_date, draft.agenda_symbol) == (None, None, None)
    assert (
        "The last session had no dates: enter the dates of this one." in draft.preparation.to_check
    )
