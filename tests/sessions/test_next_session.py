"""“Prepare the next session”: a draft with the next ordinal and the standing items, in all six
languages (the languages the source lacks come from the message catalogue)."""

import pytest
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
    assert (draft.start_date, draft.end_date, draft.venue) == (None, None, None)

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
