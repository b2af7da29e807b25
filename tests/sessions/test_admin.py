"""The session workbench, driven through the admin's own forms by an editor (not a superuser)."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from agendas.models import AgendaItem, JointMeeting, JointMeetingItem
from sessions.models import Body, ProgrammeEntry, ProgrammeSlot, Session
from tests.admin_forms import add_inline_row, errors_of, form_data, set_row
from tests.factories import AgendaItemFactory, SessionFactory, VenueFactory

pytestmark = pytest.mark.django_db

SESSION_ADD = "/admin/meetings/session/add/"
SESSION_CHANGELIST = "/admin/meetings/session/"


def session_change(session):
    return f"/admin/meetings/session/{session.pk}/change/"


def post_form(client, url, data):
    return client.post(url, data)


def add_agenda_item(data, label="", en="", zh=""):
    return add_inline_row(data, "agenda_items", item_label=label, title_en=en, title_zh_hans=zh)


@pytest.fixture
def vienna(db):
    return VenueFactory(name_en="Vienna International Centre", city_en="Vienna", country="AT")


@pytest.fixture
def complete_session(session, vienna):
    """The published test session, complete: a venue and an agenda item."""
    session.venue = vienna
    session.save()
    AgendaItemFactory(session=session, number=1, title_en="Organizational matters")
    return session


@pytest.fixture
def other_session(other_body):
    """A session of another body meeting at the same time as the editor's new session."""
    session = SessionFactory(
        body=other_body,
        ordinal=4,
        start_date=datetime.date(2026, 3, 10),
        end_date=datetime.date(2026, 3, 13),
    )
    AgendaItemFactory(session=session, number=1, title_en="Organizational matters")
    AgendaItemFactory(session=session, number=3, title_en="Review of implementation")
    return session


def test_editor_builds_a_session_and_publishes_it(editor_client, vienna, other_session):
    delegate = Client()
    # A body, through its add form (with its empty mandates inline).
    data = form_data(editor_client.get("/admin/meetings/body/add/"))
    data.update(
        name_en="Working Group on Prevention",
        name_zh_hans="预防腐败问题工作组",
        short_name_en="Prevention WG",
        short_name_zh_hans="预防工作组",
        kind="working_group",
        symbol_prefix="CAC/COSP/WG.4",
        slug="wg-prevention",
    )
    response = post_form(editor_client, "/admin/meetings/body/add/", data)
    assert response.status_code == 302, errors_of(response)
    body = Body.objects.get(slug="wg-prevention")
    assert body.name_zh_hans == "预防腐败问题工作组"

    # A session with two items in English and Chinese, and a programme slot.
    data = form_data(editor_client.get(SESSION_ADD))
    data.update(
        body=str(body.pk),
        ordinal="17",
        title_en="seventeenth meeting of the Working Group on Prevention",
        title_zh_hans="预防腐败问题工作组第十七次会议",
        start_date="2026-03-11",
        end_date="2026-03-12",
        venue=str(vienna.pk),
        status="draft",
        _continue="1",
    )
    # The add form offers one empty item row: fill it, and add a second.
    set_row(
        data,
        "agenda_items",
        0,
        item_label="1",
        title_en="Organizational matters",
        title_zh_hans="组织事项",
    )
    add_agenda_item(data, "2", en="Adoption of the report", zh="通过报告")
    add_inline_row(data, "programme_slots", date="2026-03-11", start_time="10:00", end_time="13:00")
    response = post_form(editor_client, SESSION_ADD, data)
    assert response.status_code == 302, errors_of(response)
    session = Session.objects.get(body=body, ordinal=17)
    assert session.status == Session.Status.DRAFT
    assert list(session.agenda_items.values_list("label", "title_zh_hans")) == [
        ("1", "组织事项"),
        ("2", "通过报告"),
    ]
    slot = ProgrammeSlot.objects.get(session=session)

    # A sub-item, labelled with its item's number and its letter.
    data = form_data(editor_client.get(session_change(session)))
    item_1 = session.agenda_items.get(label="1")
    add_agenda_item(data, "1(a)", en="Opening of the meeting", zh="会议开幕")
    data["_continue"] = "1"
    response = post_form(editor_client, session_change(session), data)
    assert response.status_code == 302, errors_of(response)
    assert list(session.agenda_items.order_by("position").values_list("label", flat=True)) == [
        "1",
        "1(a)",
        "2",
    ]

    # The slot's own page takes the items up, in order.
    url = f"/admin/meetings/programmeslot/{slot.pk}/change/"
    data = form_data(editor_client.get(url))
    opening = session.agenda_items.get(label="1(a)")
    set_row(data, "entries", 0, position="1", agenda_item=str(opening.pk))
    response = post_form(editor_client, url, data)
    assert response.status_code == 302, errors_of(response)
    assert ProgrammeEntry.objects.get(slot=slot).agenda_item == opening

    # A joint meeting with another body's session held at the same time.
    data = form_data(editor_client.get("/admin/agendas/jointmeeting/add/"))
    other_item = other_session.agenda_items.get(label="3")
    add_inline_row(data, "memberships", position="1", agenda_item=str(item_1.pk))
    add_inline_row(data, "memberships", position="2", agenda_item=str(other_item.pk))
    response = post_form(editor_client, "/admin/agendas/jointmeeting/add/", data)
    assert response.status_code == 302, errors_of(response)
    joint = JointMeeting.objects.get()
    assert set(joint.agenda_items.all()) == {item_1, other_item}

    # Delegates do not see the draft; the editor does.
    public_url = f"/en/sessions/{body.slug}/17/"
    assert delegate.get(public_url).status_code == 404
    assert editor_client.get(public_url).status_code == 200

    # Publish it with the changelist action.
    response = editor_client.post(
        SESSION_CHANGELIST, {"action": "publish", "_selected_action": [str(session.pk)]}
    )
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.status == Session.Status.PUBLISHED

    english = delegate.get(public_url)
    assert english.status_code == 200
    for title in ("Organizational matters", "Opening of the meeting", "Adoption of the report"):
        assert title in english.text
    chinese = delegate.get(f"/zh-hans/sessions/{body.slug}/17/")
    assert chinese.status_code == 200
    for title in ("组织事项", "会议开幕", "通过报告"):
        assert title in chinese.text


def test_view_on_site_opens_the_public_page(editor_client, session):
    response = editor_client.get(session_change(session))
    link = re.search(r'href="(/admin/r/\d+/\d+/)"', response.text).group(1)
    redirect = editor_client.get(link)
    assert redirect.status_code == 302
    assert redirect.url.endswith("/en/sessions/wg-testing/1/")
    assert Client().get(redirect.url).status_code == 200


def test_editor_is_in_a_group_without_user_management(editor):
    group = Group.objects.get(name="Editors")
    apps = set(group.permissions.values_list("content_type__app_label", flat=True))
    # The content, the search synonyms the editors maintain (the project, "config"), and the
    # revisions they publish.
    assert apps == {"meetings", "agendas", "documents", "config", "publishing"}
    assert not editor.is_superuser


# --- Refusals: a clear form error, nothing written, never a 500 -----------------------------


def row_counts():
    return {
        model.__name__: model.objects.count()
        for model in (Session, AgendaItem, ProgrammeSlot, JointMeeting, JointMeetingItem)
    } | {"history": Session.history.count() + AgendaItem.history.count()}


def test_publishing_a_session_with_missing_parts_is_refused_by_the_action(editor_client, body):
    draft = Session.objects.create(body=body, ordinal=5)
    before = row_counts()
    response = editor_client.post(
        SESSION_CHANGELIST,
        {"action": "publish", "_selected_action": [str(draft.pk)]},
        follow=True,
    )
    assert response.status_code == 200
    text = " ".join(str(m) for m in response.context["messages"])
    assert "cannot be published" in text
    assert "dates" in text
    assert "a city" in text
    assert "a country" in text
    assert "at least one agenda item" in text
    draft.refresh_from_db()
    assert draft.status == Session.Status.DRAFT
    assert row_counts() == before


def test_publishing_through_the_status_field_names_what_is_missing(editor_client, body, vienna):
    draft = Session.objects.create(
        body=body,
        ordinal=5,
        start_date=datetime.date(2026, 5, 4),
        end_date=datetime.date(2026, 5, 5),
    )
    data = form_data(editor_client.get(session_change(draft)))
    data.update(status="published", venue=str(vienna.pk))
    before = row_counts()
    response = post_form(editor_client, session_change(draft), data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["status"]
    assert errors == [f"{draft} cannot be published: it still needs at least one agenda item."]
    draft.refresh_from_db()
    assert (draft.status, draft.venue) == (Session.Status.DRAFT, None)
    assert row_counts() == before


def test_publishing_with_the_items_entered_on_the_same_page_is_accepted(
    editor_client, body, vienna
):
    draft = Session.objects.create(
        body=body,
        ordinal=5,
        start_date=datetime.date(2026, 5, 4),
        end_date=datetime.date(2026, 5, 5),
        venue=vienna,
    )
    data = form_data(editor_client.get(session_change(draft)))
    data["status"] = "published"
    add_agenda_item(data, "1", en="Organizational matters")
    response = post_form(editor_client, session_change(draft), data)
    assert response.status_code == 302, errors_of(response)
    draft.refresh_from_db()
    assert draft.is_published
    assert draft.agenda_items.count() == 1


def test_deleting_every_item_of_a_published_session_is_refused(editor_client, session, vienna):
    session.venue = vienna
    session.save()
    item = AgendaItem.objects.create(session=session, number=1, title_en="Opening")
    data = form_data(editor_client.get(session_change(session)))
    set_row(data, "agenda_items", 0, DELETE="on")
    response = post_form(editor_client, session_change(session), data)
    assert response.status_code == 200
    assert "at least one agenda item" in " ".join(errors_of(response))
    assert AgendaItem.objects.filter(pk=item.pk).exists()


def test_slot_outside_the_session_dates_is_refused(editor_client, complete_session):
    session = complete_session
    data = form_data(editor_client.get(session_change(session)))
    add_inline_row(data, "programme_slots", date="2025-07-01", start_time="10:00", end_time="13:00")
    before = row_counts()
    response = post_form(editor_client, session_change(session), data)
    assert response.status_code == 200
    assert (
        "The slot's date must fall within the session's dates (2025-06-02 to 2025-06-04)."
        in errors_of(response)
    )
    assert row_counts() == before


def test_two_new_items_with_the_same_number_are_refused(editor_client, complete_session):
    session = complete_session
    data = form_data(editor_client.get(session_change(session)))
    add_agenda_item(data, "2", en="Technical assistance")
    add_agenda_item(data, "2", en="Other matters")
    before = row_counts()
    response = post_form(editor_client, session_change(session), data)
    assert response.status_code == 200
    assert any("would both be item 2" in error for error in errors_of(response))
    assert row_counts() == before


def test_an_item_numbered_like_a_saved_one_is_refused(editor_client, complete_session):
    session = complete_session
    AgendaItem.objects.create(session=session, number=2, title_en="Technical assistance")
    data = form_data(editor_client.get(session_change(session)))
    add_agenda_item(data, "2", en="Other matters")
    before = row_counts()
    response = post_form(editor_client, session_change(session), data)
    assert response.status_code == 200
    assert any("would both be item 2" in error for error in errors_of(response))
    assert row_counts() == before


def test_a_sub_item_of_an_item_the_session_does_not_have_is_refused(
    editor_client, complete_session, other_session
):
    # The other session has an item 3; this one does not.
    session = complete_session
    data = form_data(editor_client.get(session_change(session)))
    add_agenda_item(data, "3(a)", en="Opening")
    before = row_counts()
    response = post_form(editor_client, session_change(session), data)
    assert response.status_code == 200
    assert "There is no item 3 on this page for the sub-item 3(a)." in errors_of(response)
    assert row_counts() == before


def test_end_date_before_start_date_is_a_form_error(editor_client, complete_session):
    session = complete_session
    data = form_data(editor_client.get(session_change(session)))
    data.update(start_date="2025-06-04", end_date="2025-06-02")
    response = post_form(editor_client, session_change(session), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["end_date"] == [
        "The end date cannot be before the start date."
    ]
    session.refresh_from_db()
    assert session.end_date == datetime.date(2025, 6, 4)


# --- Actions ------------------------------------------------------------------------------


def test_prepare_next_session_action_opens_the_new_draft(editor_client, session):
    AgendaItem.objects.create(session=session, number=1, title_en="Organizational matters")
    response = editor_client.post(
        SESSION_CHANGELIST,
        {"action": "prepare_next_session", "_selected_action": [str(session.pk)]},
    )
    draft = Session.objects.get(body=session.body, ordinal=2)
    assert response.status_code == 302
    assert response.url == session_change(draft)
    assert draft.status == Session.Status.DRAFT


def test_return_to_draft_hides_the_session_from_delegates(editor_client, session):
    delegate = Client()
    url = session.get_absolute_url()
    assert delegate.get(url).status_code == 200
    editor_client.post(
        SESSION_CHANGELIST,
        {"action": "return_to_draft", "_selected_action": [str(session.pk)]},
    )
    assert delegate.get(url).status_code == 404
