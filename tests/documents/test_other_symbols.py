"""A document issued jointly carries several symbols: every one of them finds it."""

import pytest
import tablib
from django.core.exceptions import ValidationError

from agendas.models import AgendaItemDocument
from agendas.resources import AgendaItemDocumentResource
from documents.models import Document, DocumentSymbol
from documents.resources import DocumentResource
from tests.factories import AgendaItemFactory, BodyFactory

pytestmark = pytest.mark.django_db

MAIN = "CAC/COSP/WG.4/2012/CRP.1"
OTHER = "CAC/COSP/WG.2/2012/CRP.2"


@pytest.fixture
def bodies():
    return (
        BodyFactory(symbol_prefix="CAC/COSP/WG.4", slug="wg-prevention", name_en="Prevention"),
        BodyFactory(symbol_prefix="CAC/COSP/WG.2", slug="wg-asset-recovery", name_en="Assets"),
    )


def import_documents(rows, headers=("symbol", "other_symbols", "body", "title_en")):
    dataset = tablib.Dataset(headers=list(headers))
    for row in rows:
        dataset.append(row)
    return DocumentResource().import_data(dataset, raise_errors=False)


@pytest.fixture
def joint(bodies):
    result = import_documents([(MAIN, OTHER, "wg-prevention", "Joint paper on both mandates")])
    assert not result.has_validation_errors()
    return Document.objects.get(symbol=MAIN)


def test_one_document_with_two_symbols_and_their_issuing_bodies(joint, bodies):
    assert Document.objects.count() == 1
    (other,) = joint.other_symbols.all()
    assert other.symbol == OTHER
    assert other.body == bodies[1]  # from the symbol's prefix
    assert other.official_url == "https://undocs.org/en/CAC/COSP/WG.2/2012/CRP.2"


def test_the_page_answers_by_either_symbol(client, joint):
    page = client.get(f"/en/documents/{MAIN}/")
    assert page.status_code == 200
    text = page.content.decode()
    assert 'href="https://undocs.org/en/CAC/COSP/WG.4/2012/CRP.1"' in text
    assert 'href="https://undocs.org/en/CAC/COSP/WG.2/2012/CRP.2"' in text
    response = client.get(f"/en/documents/{OTHER}/")
    assert response.status_code == 302
    assert response["Location"] == f"/en/documents/{MAIN}/"


def test_the_search_finds_it_by_either_symbol(client, joint):
    for query in (MAIN, OTHER, "WG.2/2012/CRP"):
        groups = client.get("/en/search/", {"q": query}).context["groups"]
        assert groups["documents"]["results"] == [joint], query


def test_an_import_names_it_by_either_symbol(joint):
    item = AgendaItemFactory()
    dataset = tablib.Dataset(headers=["session", "item", "document", "listed"])
    session_key = f"{item.session.body.slug}/{item.session.ordinal}"
    dataset.append([session_key, item.label, OTHER, "1"])
    result = AgendaItemDocumentResource().import_data(dataset, raise_errors=False)
    assert not result.has_validation_errors()
    assert AgendaItemDocument.objects.get().document == joint


def test_the_other_symbols_round_trip_through_the_documents_file(joint):
    exported = DocumentResource().export()
    assert exported.dict[0]["other_symbols"] == OTHER
    DocumentSymbol.objects.all().delete()
    result = DocumentResource().import_data(exported, raise_errors=False)
    assert result.totals["update"] == 1
    assert [s.symbol for s in joint.other_symbols.all()] == [OTHER]
    # Unchanged now: the row is skipped.
    assert DocumentResource().import_data(exported).totals["skip"] == 1


def test_an_empty_cell_removes_the_other_symbols(joint):
    result = import_documents([(MAIN, "", "wg-prevention", "Joint paper on both mandates")])
    assert result.totals["update"] == 1
    assert not joint.other_symbols.exists()


def test_a_symbol_of_another_document_is_refused(joint):
    result = import_documents([("CAC/COSP/WG.4/2012/CRP.3", OTHER, "", "Another paper")])
    (invalid,) = result.invalid_rows
    assert invalid.error_dict["other_symbols"] == [
        "Already the symbol of another document: CAC/COSP/WG.2/2012/CRP.2."
    ]
    assert Document.objects.count() == 1
    # Nor can a document take, as its own symbol, another document's other symbol.
    with pytest.raises(ValidationError) as error:
        Document(symbol=OTHER, title_en="Clash").full_clean()
    assert error.value.message_dict["symbol"] == [
        f"{OTHER} is already a symbol of document {MAIN}."
    ]
    with pytest.raises(ValidationError):
        DocumentSymbol(document=joint, symbol=MAIN).full_clean()


def test_the_admin_adds_another_symbol_inline(editor_client, joint):
    url = f"/admin/documents/document/{joint.pk}/change/"
    page = editor_client.get(url)
    assert page.status_code == 200
    assert OTHER in page.content.decode()


def test_the_document_pages_take_the_same_queries_at_two_sizes(
    client, joint, django_assert_max_num_queries
):
    def count(url):
        with django_assert_max_num_queries(10) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    page, listing = count(f"/en/documents/{MAIN}/"), count("/en/documents/")
    for number in range(3, 13):
        DocumentSymbol(document=joint, symbol=f"CAC/COSP/WG.2/2012/CRP.{number}").save()
        Document.objects.create(symbol=f"CAC/COSP/WG.4/2012/{number}", title_en="Another")
    assert count(f"/en/documents/{MAIN}/") == page
    assert count("/en/documents/") == listing
