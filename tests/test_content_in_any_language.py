"""Content in one language, not necessarily English: a Spanish-only agenda imports, saves in
the admin, and shows on the English and French pages, in the search and in the agenda CSV as
Spanish text marked lang="es"; a text in no language at all is refused with a message naming
it, by the model, the admin and the import."""

import datetime

import pytest
import tablib
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from agendas.models import AgendaItem, Footnote, PanelDiscussion
from agendas.resources import AgendaItemResource
from config.lib.resources import error_messages
from documents.models import Document, Resolution
from sessions.models import Body
from tests.admin_forms import errors_of, form_data
from tests.factories import (
    AgendaItemFactory,
    DocumentFactory,
    SessionFactory,
    VenueFactory,
)
from tests.report_files import by_label, content_of, csv_records

pytestmark = pytest.mark.django_db

NO_LANGUAGE = (
    "Enter the {} in at least one language: it may be in any of the six, not necessarily English."
)
SPANISH_ROWS = [
    ["wg-testing/4", "1", "Cuestiones de organización", ""],
    [
        "wg-testing/4",
        "1(a)",
        "Apertura del período de sesiones",
        "El período de sesiones se inaugurará el lunes 2 de junio de 2025.",
    ],
    ["wg-testing/4", "2", "Asistencia técnica", ""],
]


def spanish_file(rows, headers=("session", "label", "title_es", "annotation_es")):
    return tablib.Dataset(*rows, headers=list(headers))


@pytest.fixture
def spanish_session(body):
    return SessionFactory(
        body=body,
        ordinal=4,
        title_en="",
        title_es="cuarta reunión del Grupo de Trabajo sobre Pruebas",
        original_language="es",
        venue=VenueFactory(),
        start_date=datetime.date(2025, 6, 2),
        end_date=datetime.date(2025, 6, 4),
    )


@pytest.fixture
def spanish_agenda(spanish_session):
    """The Spanish-only agenda, imported as an editor would: a file with Spanish columns."""
    result = AgendaItemResource().import_data(spanish_file(SPANISH_ROWS), dry_run=False)
    assert not result.has_errors()
    assert not result.has_validation_errors(), error_messages(result)
    return spanish_session


def spanish(text):
    return f'<bdi lang="es" dir="ltr">{text}</bdi>'


# --- the import -------------------------------------------------------------------------


def test_a_spanish_only_agenda_imports(spanish_agenda):
    items = AgendaItem.objects.filter(session=spanish_agenda).order_by("position")
    assert [(item.label, item.title_es, item.title_en or "") for item in items] == [
        ("1", "Cuestiones de organización", ""),
        ("1(a)", "Apertura del período de sesiones", ""),
        ("2", "Asistencia técnica", ""),
    ]


def test_an_imported_row_without_a_title_in_any_language_is_refused_naming_row_and_column(
    spanish_session,
):
    rows = [SPANISH_ROWS[0], ["wg-testing/4", "2", "", "Solo una anotación."]]
    result = AgendaItemResource().import_data(spanish_file(rows), dry_run=False)

    assert error_messages(result, "agenda_items.csv") == [
        "agenda_items.csv, row 2, column “title_en”: " + NO_LANGUAGE.format("title")
    ]
    assert not AgendaItem.objects.filter(session=spanish_session, label="2").exists()


def test_a_file_without_an_english_column_is_no_missing_column(spanish_session):
    assert AgendaItemResource.missing_columns(["session", "label", "title_es"]) == []


# --- the model ----------------------------------------------------------------------------


def test_a_title_in_spanish_alone_is_valid(spanish_session):
    item = AgendaItem(session=spanish_session, number=5, title_es="Otros asuntos")
    item.full_clean()


@pytest.mark.parametrize(
    ("model", "values", "field"),
    [
        (AgendaItem, {"number": 5}, "title"),
        (Footnote, {"number": 3}, "text"),
        (Document, {"symbol": "CAC/COSP/WG.9/2025/7"}, "title"),
        (Resolution, {"session_number": 12, "sequence": 3}, "title"),
        (Body, {"kind": Body.Kind.WORKING_GROUP, "symbol_prefix": "X/Y", "slug": "x-y"}, "name"),
    ],
)
def test_a_record_with_no_text_in_any_language_is_refused_naming_the_field(
    spanish_session, model, values, field
):
    if model in (AgendaItem, Footnote):
        values = {"session": spanish_session, **values}
    record = model(**values, **{f"{field}_en": " ", f"{field}_fr": ""})
    with pytest.raises(ValidationError) as refusal:
        record.full_clean()
    assert refusal.value.message_dict[f"{field}_en"] == [NO_LANGUAGE.format(field)]


def test_a_panel_discussion_with_no_title_is_refused(spanish_agenda):
    item = spanish_agenda.agenda_items.get(label="2")
    with pytest.raises(ValidationError) as refusal:
        PanelDiscussion(agenda_item=item).full_clean()
    assert refusal.value.message_dict == {"title_en": [NO_LANGUAGE.format("title")]}


# --- the public pages ---------------------------------------------------------------------


def test_the_english_page_shows_the_spanish_text_marked_spanish(client, spanish_agenda):
    page = client.get("/en/sessions/wg-testing/4/").content.decode()
    marker = '<span class="fallback-language"> (Spanish)</span>'
    assert f"{spanish('Asistencia técnica')}{marker}" in page
    assert f"{spanish('Cuestiones de organización')}{marker}" in page
    assert f"{spanish('Cuarta reunión del Grupo de Trabajo sobre Pruebas')}{marker}" in page
    assert '<p class="fallback-label">Text in Spanish</p>' in page
    assert '<div class="annotation-text" lang="es" dir="ltr">' in page
    assert "El período de sesiones se inaugurará el lunes 2 de junio de 2025." in page


def test_the_french_page_shows_the_spanish_text_marked_spanish(client, spanish_agenda):
    page = client.get("/fr/sessions/wg-testing/4/").content.decode()
    assert f'{spanish("Asistencia técnica")}<span class="fallback-language"> (espagnol)</span>' in (
        page
    )
    assert '<p class="fallback-label">Texte en espagnol</p>' in page


def test_the_spanish_page_shows_it_as_its_own(client, spanish_agenda):
    page = client.get("/es/sessions/wg-testing/4/").content.decode()
    assert "Asistencia técnica" in page
    assert 'lang="es" dir="ltr">Asistencia' not in page
    assert 'class="fallback-language"' not in page.split('id="agenda"')[1]


def test_the_original_language_comes_before_any_other(client, spanish_agenda):
    AgendaItem.objects.filter(session=spanish_agenda, label="2").update(title_ar="المساعدة التقنية")
    page = client.get("/fr/sessions/wg-testing/4/").content.decode()
    # Arabic comes first in LANGUAGES, but the session's original language is Spanish.
    assert spanish("Asistencia técnica") in page
    assert "المساعدة التقنية" not in page


def test_the_search_shows_the_spanish_title_marked_spanish(client, spanish_agenda):
    page = client.get("/en/search/", {"q": "Asistencia"}).content.decode()
    assert f"Agenda item 2: {spanish('Asistencia técnica')}" in page
    sessions = client.get("/fr/search/", {"q": "cuarta reunión"}).content.decode()
    assert spanish("Cuarta reunión del Grupo de Trabajo sobre Pruebas") in sessions


def test_the_agenda_csv_shows_the_spanish_title_and_its_language(client, spanish_agenda):
    url = reverse(
        "meetings:session-agenda-report",
        kwargs={"body": "wg-testing", "ordinal": 4, "file_format": "csv"},
    )
    records = by_label(csv_records(content_of(client.get(url))))
    assert (records["2"]["Title"], records["2"]["Language of the title"]) == (
        "Asistencia técnica",
        "es",
    )
    assert records["1(a)"]["Title"] == "Apertura del período de sesiones"


def test_an_english_title_is_in_english_in_the_csv(client, session):
    AgendaItemFactory(session=session, number=1, title_en="Opening")
    url = reverse(
        "meetings:session-agenda-report",
        kwargs={"body": "wg-testing", "ordinal": 1, "file_format": "csv"},
    )
    [record] = csv_records(content_of(client.get(url)))
    assert (record["Title"], record["Language of the title"]) == ("Opening", "en")


def test_a_document_with_a_spanish_title_alone_is_listed_in_spanish(client, spanish_agenda):
    document = DocumentFactory(title_en="", title_es="Nota de la Secretaría", session=None)
    page = client.get(document.get_absolute_url()).content.decode()
    assert spanish("Nota de la Secretaría") in page


# --- the admin ----------------------------------------------------------------------------


def test_the_admin_saves_the_spanish_only_session(editor_client, spanish_agenda):
    url = f"/admin/meetings/session/{spanish_agenda.pk}/change/"
    data = form_data(editor_client.get(url))
    data["resources_note_es"] = "Se dispondrá de interpretación en los seis idiomas."
    response = editor_client.post(url, data)
    assert response.status_code == 302, errors_of(response)
    spanish_agenda.refresh_from_db()
    assert spanish_agenda.resources_note_es.startswith("Se dispondrá")
    assert spanish_agenda.agenda_items.get(label="2").title_es == "Asistencia técnica"


def test_the_admin_saves_a_spanish_only_item(editor_client, spanish_agenda):
    item = spanish_agenda.agenda_items.get(label="2")
    url = f"/admin/agendas/agendaitem/{item.pk}/change/"
    data = form_data(editor_client.get(url))
    data["title_es"] = "Asistencia técnica y fomento de la capacidad"
    response = editor_client.post(url, data)
    assert response.status_code == 302, errors_of(response)
    item.refresh_from_db()
    assert item.title_es == "Asistencia técnica y fomento de la capacidad"


def test_the_admin_refuses_an_item_without_a_title_in_any_language(editor_client, spanish_agenda):
    item = spanish_agenda.agenda_items.get(label="2")
    url = f"/admin/agendas/agendaitem/{item.pk}/change/"
    data = form_data(editor_client.get(url))
    data["title_es"] = ""
    response = editor_client.post(url, data)
    assert response.status_code == 200
    with translation.override("en"):
        assert errors_of(response) == [NO_LANGUAGE.format("title")]
    item.refresh_from_db()
    assert item.title_es == "Asistencia técnica"


def test_the_admin_list_shows_the_spanish_title_marked_spanish(editor_client, spanish_agenda):
    page = editor_client.get("/admin/agendas/agendaitem/").content.decode()
    assert spanish("Asistencia técnica") in page
    assert '<span class="fallback-language"> (Spanish)</span>' in page
