"""Two editors change the same page: the second save, over changes made since its page was
opened, is refused with who changed what and when, and the second editor's input is kept on
the page to merge (config.lib.admin.NoLostEditsMixin)."""

import datetime

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from agendas.models import AgendaItem, Footnote
from documents.models import Document, DocumentSymbol
from sessions.models import ProgrammeEntry, ProgrammeSlot, Session
from tests.admin_forms import add_inline_row, errors_of, form_data, set_row
from tests.factories import (
    AgendaItemFactory,
    BodyFactory,
    FootnoteFactory,
    ProgrammeEntryFactory,
    ProgrammeSlotFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def colleague_client(db):
    """A second editor, in another browser."""
    user = get_user_model().objects.create_user(
        "colleague", first_name="Ana", last_name="Colleague", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def session(session):
    """The test session, complete enough to be saved published: with its venue."""
    session.venue = VenueFactory()
    session.save()
    return session


@pytest.fixture
def item(session):
    return AgendaItemFactory(session=session, number=1, title_en="Organizational matters")


def session_page(session):
    return f"/admin/meetings/session/{session.pk}/change/"


def row_index(data, prefix, pk):
    total = int(data[f"{prefix}-TOTAL_FORMS"])
    return next(i for i in range(total) if data.get(f"{prefix}-{i}-id") == str(pk))


def refusal(response):
    """The refusal's sentences, as the page shows them above the form."""
    assert response.status_code == 200, response.status_code
    return [str(error) for error in response.context["adminform"].form.non_field_errors()]


def shown_value(response, name):
    return response.context["adminform"].form[name].value()


def test_an_unchanged_page_saves_again_and_again(editor_client, session, item):
    for _ in range(2):
        data = form_data(editor_client.get(session_page(session)))
        assert data["edit_version"]
        response = editor_client.post(session_page(session), data)
        assert response.status_code == 302, refusal(response)


def test_a_session_field_changed_meanwhile_refuses_the_second_save(
    editor_client, colleague_client, session, item
):
    mine = form_data(editor_client.get(session_page(session)))
    theirs = form_data(colleague_client.get(session_page(session)))
    theirs["title_en"] = "first meeting, as the colleague put it"
    assert colleague_client.post(session_page(session), theirs).status_code == 302

    mine["room_en"] = "Board room D"
    response = editor_client.post(session_page(session), mine)

    sentences = refusal(response)
    assert sentences[0].startswith("Not saved: since you opened this page (")
    assert sentences[0].endswith("), someone else has made this change:")
    assert sentences[1].startswith(
        "Session “Testing WG 1 (2025)”: title [en] changed by Ana Colleague ("
    )
    assert sentences[2] == (
        "Your input is still below. To keep their changes, open the page again; "
        "to replace them with your input, save again."
    )
    session.refresh_from_db()
    assert session.title_en == "first meeting, as the colleague put it"
    assert session.room_en in ("", None)
    # The editor's input is on the page again, to merge.
    assert shown_value(response, "room_en") == "Board room D"
    assert shown_value(response, "title_en") == "first meeting of the Working Group on Testing"


def test_saving_again_after_the_refusal_saves_the_merged_input(
    editor_client, colleague_client, session, item
):
    mine = form_data(editor_client.get(session_page(session)))
    theirs = form_data(colleague_client.get(session_page(session)))
    theirs["title_en"] = "first meeting, as the colleague put it"
    colleague_client.post(session_page(session), theirs)
    mine["room_en"] = "Board room D"
    refused = editor_client.post(session_page(session), mine)

    merged = form_data(refused)
    merged["title_en"] = "first meeting, as the colleague put it"
    response = editor_client.post(session_page(session), merged)

    assert response.status_code == 302, refusal(response)
    session.refresh_from_db()
    assert (session.title_en, session.room_en) == (
        "first meeting, as the colleague put it",
        "Board room D",
    )


def test_an_agenda_item_changed_on_the_session_page_refuses_the_second_save(
    editor_client, colleague_client, session, item
):
    other = AgendaItemFactory(session=session, number=2, title_en="Adoption of the report")
    mine = form_data(editor_client.get(session_page(session)))
    theirs = form_data(colleague_client.get(session_page(session)))
    set_row(theirs, "agenda_items", row_index(theirs, "agenda_items", item.pk),
            title_en="Organizational and procedural matters")  # fmt: skip
    assert colleague_client.post(session_page(session), theirs).status_code == 302

    index = row_index(mine, "agenda_items", other.pk)
    set_row(mine, "agenda_items", index, annotation_en="The report is adopted at the end.")
    response = editor_client.post(session_page(session), mine)

    sentences = refusal(response)
    assert sentences[1].startswith(
        "Agenda item “1. Organizational and procedural matters”: title [en] changed by "
        "Ana Colleague ("
    )
    assert len(sentences) == 3
    item.refresh_from_db()
    other.refresh_from_db()
    assert item.title_en == "Organizational and procedural matters"
    assert other.annotation_en in ("", None)
    formset = response.context["inline_admin_formsets"][0].formset
    assert formset.forms[index]["annotation_en"].value() == "The report is adopted at the end."


def test_an_item_changed_on_its_own_page_refuses_the_session_page(
    editor_client, colleague_client, session, item
):
    mine = form_data(editor_client.get(session_page(session)))
    item_page = f"/admin/agendas/agendaitem/{item.pk}/change/"
    theirs = form_data(colleague_client.get(item_page))
    theirs["annotation_en"] = "The Working Group will open its meeting."
    assert colleague_client.post(item_page, theirs).status_code == 302

    mine["room_en"] = "Board room D"
    sentences = refusal(editor_client.post(session_page(session), mine))

    assert sentences[1].startswith(
        "Agenda item “1. Organizational matters”: annotation [en] changed by Ana Colleague ("
    )
    item.refresh_from_db()
    assert item.annotation_en == "The Working Group will open its meeting."


def test_a_footnote_deleted_meanwhile_refuses_the_save_without_an_error_page(
    editor_client, colleague_client, session, item
):
    footnote = FootnoteFactory(session=session, number=1, text_en="See resolution 10/6.")
    mine = form_data(editor_client.get(session_page(session)))
    theirs = form_data(colleague_client.get(session_page(session)))
    set_row(theirs, "footnotes", row_index(theirs, "footnotes", footnote.pk), DELETE="on")
    assert colleague_client.post(session_page(session), theirs).status_code == 302

    mine["room_en"] = "Board room D"
    sentences = refusal(editor_client.post(session_page(session), mine))

    assert "One of the footnotes shown on this page: deleted." in sentences
    assert not Footnote.objects.filter(pk=footnote.pk).exists()


def test_a_programme_slot_changed_meanwhile_refuses_the_second_save(
    editor_client, colleague_client, session, item
):
    slot = ProgrammeSlotFactory(session=session, date=datetime.date(2025, 6, 2))
    ProgrammeEntryFactory(slot=slot, agenda_item=item, position=1)
    page = f"/admin/meetings/programmeslot/{slot.pk}/change/"
    mine = form_data(editor_client.get(page))
    theirs = form_data(colleague_client.get(page))
    theirs["end_time"] = "12:30"
    assert colleague_client.post(page, theirs).status_code == 302

    mine["start_time"] = "09:30"
    index = add_inline_row(
        mine, "entries", position="2", agenda_item=str(item.pk), title_en="Opening, continued"
    )
    response = editor_client.post(page, mine)

    sentences = refusal(response)
    assert sentences[1] == (
        "Programme slot “Testing WG 1 (2025) – 2025-06-02 10:00–12:30”: end time changed."
    )
    slot.refresh_from_db()
    assert (slot.start_time, slot.end_time) == (datetime.time(10, 0), datetime.time(12, 30))
    assert ProgrammeEntry.objects.filter(slot=slot).count() == 1
    assert shown_value(response, "start_time") == "09:30"
    entry = response.context["inline_admin_formsets"][0].formset.forms[index]
    assert entry["title_en"].value() == "Opening, continued"


def test_a_programme_entry_added_meanwhile_refuses_the_slot_page(
    editor_client, colleague_client, session, item
):
    slot = ProgrammeSlotFactory(session=session)
    page = f"/admin/meetings/programmeslot/{slot.pk}/change/"
    mine = form_data(editor_client.get(page))
    theirs = form_data(colleague_client.get(page))
    index = add_inline_row(theirs, "entries", position="1", agenda_item=str(item.pk))
    theirs[f"entries-{index}-title_en"] = ""
    assert colleague_client.post(page, theirs).status_code == 302

    mine["end_time"] = "13:30"
    sentences = refusal(editor_client.post(page, mine))

    assert sentences[1].startswith("Programme entry “1 Organizational matters")
    assert sentences[1].endswith(": added.")


def test_a_body_and_a_venue_refuse_a_save_over_a_newer_version(editor_client, colleague_client):
    body = BodyFactory(short_name_en="Testing WG")
    venue = VenueFactory()
    for page, field, theirs_value, mine_field in (
        (f"/admin/meetings/body/{body.pk}/change/", "name_en", "Renamed group", "slug"),
        (f"/admin/meetings/venue/{venue.pk}/change/", "city_en", "Wien", "country"),
    ):
        mine = form_data(editor_client.get(page))
        theirs = form_data(colleague_client.get(page))
        theirs[field] = theirs_value
        assert colleague_client.post(page, theirs).status_code == 302
        mine[mine_field] = "fr" if mine_field == "country" else "renamed"

        sentences = refusal(editor_client.post(page, mine))

        assert sentences[1].endswith(" changed."), sentences


def test_a_page_sent_without_its_version_is_refused(editor_client, session, item):
    data = form_data(editor_client.get(session_page(session)))
    del data["edit_version"]
    data["room_en"] = "Board room D"

    response = editor_client.post(session_page(session), data)

    assert refusal(response) == [
        "Not saved: this page did not say which version of the session it was opened on, so "
        "changes made since by someone else could be lost. Your input is still below: check "
        "it and save again."
    ]
    assert shown_value(response, "room_en") == "Board room D"
    # The page shown again carries the current version: it saves.
    assert editor_client.post(session_page(session), form_data(response)).status_code == 302
    session.refresh_from_db()
    assert session.room_en == "Board room D"


def test_a_version_altered_by_hand_is_refused(editor_client, session, item):
    data = form_data(editor_client.get(session_page(session)))
    data["edit_version"] = data["edit_version"][:-3] + "abc"

    assert len(refusal(editor_client.post(session_page(session), data))) == 1


def test_the_add_form_has_no_version_and_saves(editor_client, body):
    page = "/admin/meetings/session/add/"
    data = form_data(editor_client.get(page))
    assert "edit_version" not in data
    data.update(
        body=str(body.pk),
        ordinal="7",
        title_en="seventh meeting",
        status="draft",
        format="in_person",
        original_language="en",
    )

    response = editor_client.post(page, data)

    assert response.status_code == 302, response.context and refusal(response)
    assert Session.objects.filter(body=body, ordinal=7).exists()


def test_the_history_pages_still_work(editor_client, session, item):
    data = form_data(editor_client.get(session_page(session)))
    data["title_en"] = "renamed meeting"
    assert editor_client.post(session_page(session), data).status_code == 302

    history = editor_client.get(f"/admin/meetings/session/{session.pk}/history/")
    assert history.status_code == 200
    version = session.history.order_by("-history_date")[1]  # before the rename
    old = editor_client.get(f"/admin/meetings/session/{session.pk}/history/{version.history_id}/")
    assert old.status_code == 200
    assert "edit_version" not in old.text
    restored = editor_client.post(
        f"/admin/meetings/session/{session.pk}/history/{version.history_id}/",
        form_data(old),
    )
    assert restored.status_code == 302, errors_of(restored)
    session.refresh_from_db()
    assert session.title_en == "first meeting of the Working Group on Testing"


def test_every_change_form_of_the_content_carries_its_version(editor_client, demo):
    # The demo has no jointly issued paper: one of its documents gets a second symbol.
    DocumentSymbol(
        document=Document.objects.get(symbol="CAC/COSP/2023/14"), symbol="CAC/COSP/WG.2/2023/CRP.9"
    ).save()
    missing = []
    for model in admin.site._registry:
        if model._meta.app_label not in ("meetings", "agendas", "documents"):
            continue
        obj = model._base_manager.first()
        page = f"/admin/{model._meta.app_label}/{model._meta.model_name}/{obj.pk}/change/"
        response = editor_client.get(page)
        if 'name="edit_version"' not in response.text:
            missing.append(page)
    assert missing == []
    assert AgendaItem.objects.exists()
    assert ProgrammeSlot.objects.exists()


def test_the_refusal_is_in_the_editors_language(editor_client, colleague_client, session, item):
    mine = form_data(editor_client.get(session_page(session)))
    theirs = form_data(colleague_client.get(session_page(session)))
    theirs["title_en"] = "first meeting, as the colleague put it"
    colleague_client.post(session_page(session), theirs)

    response = editor_client.post(session_page(session), mine, HTTP_ACCEPT_LANGUAGE="fr")

    sentences = refusal(response)
    assert sentences[0].startswith("Rien n'a été enregistré : depuis que vous avez ouvert")
    assert sentences[1].startswith(
        "Session « Testing WG 1 (2025) » : modification de titre [en] par Ana Colleague ("
    )
    assert sentences[2].startswith("Vos saisies figurent toujours ci-dessous.")


def test_a_browsers_line_breaks_change_nothing_and_refuse_no_one(
    editor_client, colleague_client, session
):
    annotated = AgendaItemFactory(
        session=session, number=2, title_en="Asset recovery", annotation_en="First.\n\nSecond."
    )
    colleagues_page = form_data(colleague_client.get(session_page(session)))
    # A browser sends a textarea's line breaks as CRLF; the editor changes nothing else.
    data = form_data(editor_client.get(session_page(session)))
    index = row_index(data, "agenda_items", annotated.pk)
    data[f"agenda_items-{index}-annotation_en"] = "First.\r\n\r\nSecond."
    assert editor_client.post(session_page(session), data).status_code == 302

    annotated.refresh_from_db()
    assert annotated.annotation_en == "First.\n\nSecond."
    assert AgendaItem.history.filter(id=annotated.pk).count() == 1
    colleagues_page["room_en"] = "Board Room B"
    response = colleague_client.post(session_page(session), colleagues_page)
    assert response.status_code == 302, refusal(response)


def test_the_version_field_is_no_change_of_the_session(editor_client, session, item):
    data = form_data(editor_client.get(session_page(session)))
    data["room_en"] = "Board Room D"
    assert editor_client.post(session_page(session), data).status_code == 302
    entry = admin.models.LogEntry.objects.filter(object_id=str(session.pk)).latest("action_time")
    assert "edit_version" not in entry.get_change_message()
    assert "Room" in entry.get_change_message()
