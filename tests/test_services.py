"""The writes that the admin, the import and the commands share: each validates, and a
refusal writes nothing."""

import pytest
from django.core.exceptions import ValidationError

from agendas.models import AgendaItemDocument
from agendas.services import set_item_documents
from sessions.models import Session
from sessions.services import prepare_next_session, publish_session, return_to_draft
from tests.factories import (
    AgendaItemFactory,
    DocumentFactory,
    SessionFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db


def test_publish_session_names_everything_that_is_missing():
    draft = SessionFactory(
        status=Session.Status.DRAFT, start_date=None, end_date=None, city_en="", country=""
    )
    with pytest.raises(ValidationError) as refused:
        publish_session(session=draft)
    [message] = refused.value.message_dict["status"]
    assert message == (
        f"{draft} cannot be published: it still needs dates, a city, a country, "
        "at least one agenda item."
    )
    draft.refresh_from_db()
    assert draft.status == Session.Status.DRAFT


def test_publish_session_counts_the_saved_agenda_items():
    draft = SessionFactory(status=Session.Status.DRAFT, venue=VenueFactory())
    with pytest.raises(ValidationError) as refused:
        publish_session(session=draft)
    assert refused.value.message_dict["status"] == [
        f"{draft} cannot be published: it still needs at least one agenda item."
    ]
    AgendaItemFactory(session=draft)
    publish_session(session=draft)
    draft.refresh_from_db()
    assert draft.status == Session.Status.PUBLISHED


def test_return_to_draft_hides_the_session_again():
    session = SessionFactory(venue=VenueFactory())
    AgendaItemFactory(session=session)
    return_to_draft(session=session)
    assert Session.objects.published().filter(pk=session.pk).exists() is False


def test_prepare_next_session_takes_the_next_free_ordinal():
    source = SessionFactory(ordinal=4)
    AgendaItemFactory(session=source, number=1, title_en="Organizational matters")
    draft = prepare_next_session(session=source)
    assert (draft.ordinal, draft.status) == (5, Session.Status.DRAFT)
    assert list(draft.agenda_items.values_list("label", flat=True)) == ["1"]


def documents_of(item):
    return [
        (link.document.symbol, link.listed)
        for link in AgendaItemDocument.objects.filter(agenda_item=item).select_related("document")
    ]


def test_set_item_documents_keeps_the_order_and_moves_a_document_between_lists():
    item = AgendaItemFactory()
    first, second, third = DocumentFactory(), DocumentFactory(), DocumentFactory()
    set_item_documents(item=item, listed=[first], cited=[second])
    assert documents_of(item) == [(first.symbol, True), (second.symbol, False)]

    set_item_documents(item=item, listed=[first, second], cited=[third])
    assert documents_of(item) == [
        (first.symbol, True),
        (second.symbol, True),
        (third.symbol, False),
    ]

    set_item_documents(item=item, listed=[third], cited=[])
    assert documents_of(item) == [(third.symbol, True)]
