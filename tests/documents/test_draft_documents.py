"""A draft's documents are hidden wherever the public looks until one of their sessions is
published; editors see them."""

import pytest

from config.lib.reporting import csv_chunks
from documents.models import Document
from documents.reports import DocumentsReport
from sessions.models import Session
from sessions.services import publish_session
from tests.public import build_session
from tests.report_files import csv_records

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(body):
    session = build_session(body, 7, items=1, status=Session.Status.DRAFT)
    document = session.documents.get()
    document.title_en = "Secret draft paper"
    document.save()
    return session


def public_report_symbols():
    report = DocumentsReport(language="en", published_only=True)
    return [r["Symbol"] for r in csv_records(b"".join(csv_chunks(report, report.get_queryset())))]


def test_every_public_surface_hides_a_drafts_documents(client, draft):
    document = draft.documents.get()
    assert document.symbol not in client.get("/en/documents/").content.decode()
    assert client.get(document.get_absolute_url()).status_code == 404
    groups = client.get("/en/search/", {"q": "Secret draft paper"}).context["groups"]
    assert groups["documents"]["count"] == 0
    assert document.symbol not in public_report_symbols()


def test_editors_see_them(editor_client, draft):
    document = draft.documents.get()
    assert document.symbol in editor_client.get("/en/documents/").content.decode()
    assert editor_client.get(document.get_absolute_url()).status_code == 200


def test_they_appear_once_the_session_is_published(client, draft):
    document = draft.documents.get()
    publish_session(session=draft)
    assert client.get(document.get_absolute_url()).status_code == 200
    assert document.symbol in client.get("/en/documents/").content.decode()
    assert document.symbol in public_report_symbols()


def test_a_drafts_document_cited_by_a_published_session_is_public(client, body, draft):
    published = build_session(body, 8, items=1)
    document = draft.documents.get()
    published.agenda_items.get(number=1).documents.add(document)
    assert Document.objects.public().filter(pk=document.pk).exists()
    assert client.get(document.get_absolute_url()).status_code == 200


def test_a_published_annotation_does_not_link_a_drafts_document(client, body, draft):
    published = build_session(body, 8, items=1)
    document = draft.documents.get()
    item = published.agenda_items.get(number=1)
    item.annotation_en = f"See {document.symbol}."
    item.save()
    page = client.get(published.get_absolute_url()).content.decode()
    assert f"See {document.symbol}." in page
    assert document.get_absolute_url() not in page
