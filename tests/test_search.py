"""The search folds case in every alphabet on SQLite as on PostgreSQL: "техническая" finds
"Техническая", "TÉCNICA" finds "técnica" (SQLite's own LIKE folds ASCII letters only)."""

import pytest
from django.db.models import F

from agendas.models import AgendaItem
from tests.factories import AgendaItemFactory, DocumentFactory, ResolutionFactory

pytestmark = pytest.mark.django_db


def found_items(client, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    return {item.title_en for item in response.context["groups"]["items"]["results"]}


@pytest.fixture
def items(session):
    AgendaItemFactory(
        session=session,
        title_en="Technical assistance",
        title_ru="Техническая помощь",
        title_es="Asistencia técnica",
        title_fr="Assistance technique et ÉCHANGE d'informations",
        title_zh_hans="技术援助",
        title_ar="المساعدة التقنية",
    )
    AgendaItemFactory(
        session=session,
        title_en="Adoption of the agenda",
        title_ru="Утверждение повестки дня",
        title_es="Aprobación del programa",
    )
    return session


@pytest.mark.parametrize(
    "query",
    [
        "техническая",  # Cyrillic, lower case for a capital in the text
        "ТЕХНИЧЕСКАЯ ПОМОЩЬ",  # Cyrillic, upper case for lower case
        "TÉCNICA",  # accented Latin, upper case for lower case
        "Échange",  # accented Latin, lower case for capitals
        "技术援助",  # Chinese: no case
        "التقنية",  # Arabic: no case
    ],
)
def test_search_finds_a_word_in_another_case_in_any_alphabet(client, items, query):
    assert found_items(client, query) == {"Technical assistance"}


def test_search_finds_greek_whatever_the_case_of_its_final_sigma(client, session):
    ResolutionFactory(title_en="ΟΔΥΣΣΕΥΣ and the mandate")
    response = client.get("/en/search/", {"q": "οδυσσευς"})
    results = response.context["groups"]["resolutions"]["results"]
    assert [resolution.title_en for resolution in results] == ["ΟΔΥΣΣΕΥΣ and the mandate"]


def test_search_folds_case_but_keeps_accents(client, items):
    assert found_items(client, "утверждение") == {"Adoption of the agenda"}
    assert found_items(client, "APROBACIÓN") == {"Adoption of the agenda"}
    assert found_items(client, "tecnica") == set()  # "técnica" only with its accent


def test_search_takes_percent_and_underscore_as_themselves(client, db):
    DocumentFactory(title_en="Report 100% complete", title_ru="Доклад_один")
    DocumentFactory(title_en="Report 1000 complete", title_ru="Доклад один")
    for query, expected in (
        ("100%", ["Report 100% complete"]),
        ("ДОКЛАД_", ["Report 100% complete"]),
    ):
        results = client.get("/en/search/", {"q": query}).context["groups"]["documents"]["results"]
        assert [document.title_en for document in results] == expected


def test_the_admin_search_folds_case_too(admin_client, items):
    response = admin_client.get("/admin/agendas/agendaitem/", {"q": "ТЕХНИЧЕСКАЯ"})
    assert [item.title_en for item in response.context["cl"].result_list] == [
        "Technical assistance"
    ]


def test_a_column_compared_with_another_folds_case(items):
    AgendaItem.objects.filter(title_en="Technical assistance").update(annotation_ru="ТЕХНИЧЕСКАЯ")
    matching = AgendaItem.objects.filter(title_ru__icontains=F("annotation_ru"))
    assert [item.title_en for item in matching] == ["Technical assistance"]
