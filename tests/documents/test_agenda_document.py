"""The provisional agenda is a document: the session's agenda symbol names a Document,
made and kept in step when the session is saved, imported or published."""

import datetime

import pytest
import tablib

from documents.models import Document
from sessions.models import Session, Venue
from sessions.resources import SessionResource
from sessions.services import publish_session
from tests.admin_forms import errors_of, form_data
from tests.factories import AgendaItemFactory, SessionFactory
from tests.public import LANGUAGES

pytestmark = pytest.mark.django_db

SYMBOL = "CAC/COSP/WG.2/2024/1"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_agenda_symbol_link_answers_in_every_language(client, demo, lang):
    page = client.get(f"/{lang}/sessions/wg-asset-recovery/18/").content.decode()
    link = f'<a href="/{lang}/documents/{SYMBOL}/">{SYMBOL}</a>'
    assert link in page
    response = client.get(f"/{lang}/documents/{SYMBOL}/")
    assert response.status_code == 200
    document = response.context["document"]
    assert document.kind == Document.Kind.PROVISIONAL_AGENDA
    assert document.session.ordinal == 18


def test_the_demo_agenda_documents_carry_their_title_in_six_languages(demo):
    document = Document.objects.get(symbol=SYMBOL)
    assert document.title_en == "Provisional agenda and annotations"
    assert document.title_fr == "Ordre du jour provisoire annoté"
    assert document.date == datetime.date(2024, 3, 22)
    assert Document.objects.get(symbol="CAC/COSP/WG.2/2009/1").session.ordinal == 3


def test_the_session_page_lists_every_document_prepared_for_it(client, demo):
    page = client.get("/en/sessions/wg-asset-recovery/18/").content.decode()
    listed = page[page.index('id="session-documents"') :]
    for symbol in (SYMBOL, "CAC/COSP/WG.2/2024/2", "CAC/COSP/WG.2/2024/3"):
        assert f'<a href="/en/documents/{symbol}/">{symbol}</a>' in listed


def test_a_search_for_the_symbol_finds_the_session_and_its_document(client, demo):
    groups = client.get("/en/search/", {"q": SYMBOL}).context["groups"]
    assert [s.ordinal for s in groups["sessions"]["results"]] == [18]
    assert [d.symbol for d in groups["documents"]["results"]] == [SYMBOL]


def test_an_import_makes_it_and_a_new_symbol_renames_it(body):
    dataset = tablib.Dataset(headers=["body", "ordinal", "title_en", "agenda_symbol"])
    dataset.append([body.slug, 4, "fourth meeting", "CAC/COSP/WG.9/2025/1"])
    assert not SessionResource().import_data(dataset).has_validation_errors()
    session = Session.objects.get(body=body, ordinal=4)
    document = Document.objects.get(session=session)
    assert (document.symbol, document.kind, document.body) == (
        "CAC/COSP/WG.9/2025/1",
        Document.Kind.PROVISIONAL_AGENDA,
        body,
    )

    dataset = tablib.Dataset(headers=["body", "ordinal", "title_en", "agenda_symbol"])
    dataset.append([body.slug, 4, "fourth meeting", "CAC/COSP/WG.9/2025/1/Rev.1"])
    SessionResource().import_data(dataset)
    document.refresh_from_db()
    assert document.symbol == "CAC/COSP/WG.9/2025/1/Rev.1"
    assert Document.objects.filter(session=session).count() == 1


def test_an_imported_symbol_that_is_no_symbol_is_refused(body):
    dataset = tablib.Dataset(headers=["body", "ordinal", "title_en", "agenda_symbol"])
    dataset.append([body.slug, 4, "fourth meeting", "agenda one"])
    result = SessionResource().import_data(dataset, raise_errors=False)
    assert result.has_validation_errors() or result.has_errors()
    assert not Document.objects.exists()


def test_publishing_makes_it(body):
    venue = Venue.objects.create(name_en="Centre", city_en="Vienna", country="AT")
    session = SessionFactory(
        body=body, status=Session.Status.DRAFT, venue=venue, agenda_symbol="CAC/COSP/WG.9/2026/1"
    )
    AgendaItemFactory(session=session, number=1)
    publish_session(session=session)
    assert Document.objects.get(symbol="CAC/COSP/WG.9/2026/1").session == session


def test_the_admin_makes_it_and_refuses_what_is_no_symbol(editor_client, session):
    Session.objects.filter(pk=session.pk).update(status=Session.Status.DRAFT)  # no venue yet
    url = f"/admin/meetings/session/{session.pk}/change/"
    data = form_data(editor_client.get(url))
    data["agenda_symbol"] = "agenda one"
    assert errors_of(editor_client.post(url, data)) == [
        "Enter a UN document symbol such as CAC/COSP/WG.2/2024/2."
    ]
    assert not Document.objects.exists()
    data["agenda_symbol"] = "CAC/COSP/WG.9/2025/7"
    assert editor_client.post(url, data).status_code == 302
    document = Document.objects.get(symbol="CAC/COSP/WG.9/2025/7")
    assert (document.session, document.kind) == (session, Document.Kind.PROVISIONAL_AGENDA)
