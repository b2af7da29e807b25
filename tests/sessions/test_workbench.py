"""The session's workbench through the admin's own form: the agenda editor's labels (the order
the page sends), checked and saved on the server, and the programme slots' items chosen on the
session's page."""

import datetime

import pytest
from django.contrib.admin.models import LogEntry

from agendas.models import AgendaItem
from sessions.models import ProgrammeEntry
from tests.admin_forms import add_inline_row, errors_of, form_data, set_row
from tests.factories import (
    AgendaItemFactory,
    ProgrammeEntryFactory,
    ProgrammeSlotFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db


def session_page(session):
    return f"/admin/meetings/session/{session.pk}/change/"


@pytest.fixture
def agenda(session):
    """Items 1 (with 1(a) and 1(b)), 2 and 3 (with 3(a)) of the test session."""
    session.venue = VenueFactory()
    session.save()
    one = AgendaItemFactory(session=session, number=1, title_en="Organizational matters")
    AgendaItemFactory(parent=one, sub_item=True, letter="a", title_en="Opening of the meeting")
    AgendaItemFactory(parent=one, sub_item=True, letter="b", title_en="Adoption of the agenda")
    AgendaItemFactory(session=session, number=2, title_en="Technical assistance")
    three = AgendaItemFactory(session=session, number=3, title_en="Thematic discussion")
    AgendaItemFactory(parent=three, sub_item=True, letter="a", title_en="Beneficial ownership")
    return session


def titles_by_label(session):
    return dict(
        AgendaItem.objects.filter(session=session)
        .order_by("position")
        .values_list("label", "title_en")
    )


def relabel(data, labels):
    """Set the labels of the rows whose English title is a key of ``labels``, as the page's
    script does when rows are dragged."""
    total = int(data["agenda_items-TOTAL_FORMS"])
    for index in range(total):
        title = data.get(f"agenda_items-{index}-title_en")
        if title in labels:
            set_row(data, "agenda_items", index, item_label=labels[title])


def test_the_page_shows_each_items_label_in_one_field(editor_client, agenda):
    data = form_data(editor_client.get(session_page(agenda)))
    labels = [data[f"agenda_items-{i}-item_label"] for i in range(6)]
    assert labels == ["1", "1(a)", "1(b)", "2", "3", "3(a)"]
    for name in ("number", "parent", "letter"):
        assert f"agenda_items-0-{name}" not in data


def save_labels(client, session, labels):
    """Open the session's page, label rows as ``labels`` says (by English title), save."""
    data = form_data(client.get(session_page(session)))
    relabel(data, labels)
    response = client.post(session_page(session), data)
    assert response.status_code == 302, errors_of(response)


def agenda_lines(session):
    return [f"{label} {title}" for label, title in titles_by_label(session).items()]


def test_two_items_swap_places_with_their_sub_items(editor_client, agenda):
    # Item 3 and its sub-item dragged above item 2.
    labels = {"Thematic discussion": "2", "Beneficial ownership": "2(a)"}
    save_labels(editor_client, agenda, {**labels, "Technical assistance": "3"})
    assert agenda_lines(agenda) == [
        "1 Organizational matters",
        "1(a) Opening of the meeting",
        "1(b) Adoption of the agenda",
        "2 Thematic discussion",
        "2(a) Beneficial ownership",
        "3 Technical assistance",
    ]
    moved = AgendaItem.objects.get(session=agenda, label="2(a)")
    assert moved.parent.title_en == "Thematic discussion"


def test_a_sub_item_moves_to_another_item(editor_client, agenda):
    # 1(b) dragged below item 2: it becomes 2(a).
    save_labels(editor_client, agenda, {"Adoption of the agenda": "2(a)"})
    moved = AgendaItem.objects.get(session=agenda, label="2(a)")
    assert (moved.title_en, moved.parent.label) == ("Adoption of the agenda", "2")
    assert list(titles_by_label(agenda)) == ["1", "1(a)", "2", "2(a)", "3", "3(a)"]


def test_sub_items_swap_between_two_items_that_swap_too(editor_client, agenda):
    # Items 1 and 3 change places; the sub-items keep their labels, under the other item.
    labels = {"Organizational matters": "3", "Thematic discussion": "1"}
    save_labels(editor_client, agenda, labels)
    assert agenda_lines(agenda) == [
        "1 Thematic discussion",
        "1(a) Opening of the meeting",
        "1(b) Adoption of the agenda",
        "2 Technical assistance",
        "3 Organizational matters",
        "3(a) Beneficial ownership",
    ]
    assert AgendaItem.objects.get(session=agenda, label="3(a)").parent.label == "3"


def test_a_new_item_takes_existing_sub_items(editor_client, agenda):
    data = form_data(editor_client.get(session_page(agenda)))
    # A new item 4, and 3(a) moved under it.
    add_inline_row(data, "agenda_items", item_label="4", title_en="Other matters")
    relabel(data, {"Beneficial ownership": "4(a)"})
    response = editor_client.post(session_page(agenda), data)
    assert response.status_code == 302, errors_of(response)
    moved = AgendaItem.objects.get(session=agenda, label="4(a)")
    assert moved.parent.title_en == "Other matters"


def test_the_history_says_which_labels_changed(editor_client, agenda):
    data = form_data(editor_client.get(session_page(agenda)))
    relabel(data, {"Technical assistance": "3", "Thematic discussion": "2"})
    relabel(data, {"Beneficial ownership": "2(a)"})
    assert editor_client.post(session_page(agenda), data).status_code == 302
    message = LogEntry.objects.latest("action_time").get_change_message()
    assert "Changed label for agenda item “3. Technical assistance”." in message
    item = AgendaItem.objects.get(session=agenda, label="3")
    assert [record.label for record in item.history.order_by("history_date")] == ["2", "3"]


@pytest.mark.parametrize("label", ["1a", "0", "a", "(a)", "1(A)", "1(a)(b)", "1.2"])
def test_a_malformed_label_is_refused(editor_client, agenda, label):
    data = form_data(editor_client.get(session_page(agenda)))
    relabel(data, {"Technical assistance": label})
    response = editor_client.post(session_page(agenda), data)
    assert response.status_code == 200
    assert "Write the label as 3 for an item or 3(b) for a sub-item." in errors_of(response)
    assert titles_by_label(agenda)["2"] == "Technical assistance"


def test_two_rows_with_one_label_are_refused(editor_client, agenda):
    data = form_data(editor_client.get(session_page(agenda)))
    relabel(data, {"Technical assistance": "3"})
    response = editor_client.post(session_page(agenda), data)
    assert response.status_code == 200
    assert any("would both be item 3" in error for error in errors_of(response))
    assert titles_by_label(agenda)["2"] == "Technical assistance"


def test_a_sub_item_under_a_deleted_item_is_refused(editor_client, agenda):
    data = form_data(editor_client.get(session_page(agenda)))
    index = next(
        i for i in range(6) if data[f"agenda_items-{i}-title_en"] == "Technical assistance"
    )
    set_row(data, "agenda_items", index, DELETE="on")
    relabel(data, {"Beneficial ownership": "2(a)"})
    response = editor_client.post(session_page(agenda), data)
    assert response.status_code == 200
    assert "There is no item 2 on this page for the sub-item 2(a)." in errors_of(response)
    assert AgendaItem.objects.filter(session=agenda).count() == 6


def test_a_sub_item_cannot_hold_sub_items(editor_client, agenda):
    # An item turned into a sub-item while its own sub-items stay under its old number.
    data = form_data(editor_client.get(session_page(agenda)))
    relabel(data, {"Thematic discussion": "2(a)"})
    response = editor_client.post(session_page(agenda), data)
    assert response.status_code == 200
    assert "There is no item 3 on this page for the sub-item 3(a)." in errors_of(response)


# --- The programme slots, on the session's page ---------------------------------------------


@pytest.fixture
def slots(agenda):
    """Two slots of the first day: item 1(a) and 2 in the morning, 3(a) in the afternoon."""
    morning = ProgrammeSlotFactory(session=agenda)
    afternoon = ProgrammeSlotFactory(
        session=agenda, start_time=datetime.time(15, 0), end_time=datetime.time(18, 0)
    )
    for position, label in enumerate(["1(a)", "2"]):
        item = AgendaItem.objects.get(session=agenda, label=label)
        ProgrammeEntryFactory(slot=morning, agenda_item=item, position=position)
    ProgrammeEntryFactory(
        slot=afternoon,
        agenda_item=AgendaItem.objects.get(session=agenda, label="3(a)"),
        title_en="Panel on beneficial ownership",
    )
    return morning, afternoon


def item_pks(session, *labels):
    return [str(AgendaItem.objects.get(session=session, label=label).pk) for label in labels]


def entries_of(slot):
    return [
        (entry.agenda_item.label, entry.continued)
        for entry in slot.entries.select_related("agenda_item").order_by("position")
    ]


def test_the_slots_items_are_chosen_and_ordered_on_the_session_page(editor_client, slots):
    morning, afternoon = slots
    session = morning.session
    data = form_data(editor_client.get(session_page(session)))
    assert data["programme_slots-0-agenda_items"] == item_pks(session, "1(a)", "2")
    # The morning takes up 2 before 1(a), and 3(a); the afternoon continues 3(a), then 3.
    data["programme_slots-0-agenda_items"] = item_pks(session, "2", "1(a)", "3(a)")
    data["programme_slots-1-agenda_items"] = item_pks(session, "3(a)", "3")
    response = editor_client.post(session_page(session), data)
    assert response.status_code == 302, errors_of(response)
    assert entries_of(morning) == [("2", False), ("1(a)", False), ("3(a)", False)]
    assert entries_of(afternoon) == [("3(a)", True), ("3", False)]
    # The entry kept its own wording.
    assert afternoon.entries.get(position=0).title_en == "Panel on beneficial ownership"


def test_continued_follows_the_slots_order(editor_client, slots):
    morning, afternoon = slots
    session = morning.session
    data = form_data(editor_client.get(session_page(session)))
    data["programme_slots-1-agenda_items"] = item_pks(session, "2")
    response = editor_client.post(session_page(session), data)
    assert response.status_code == 302, errors_of(response)
    assert entries_of(afternoon) == [("2", True)]
    # The morning slot removed: the afternoon's item 2 no longer continues anything.
    data = form_data(editor_client.get(session_page(session)))
    data["programme_slots-0-DELETE"] = "on"
    response = editor_client.post(session_page(session), data)
    assert response.status_code == 302, errors_of(response)
    assert entries_of(afternoon) == [("2", False)]


def test_a_slot_cannot_take_up_another_sessions_item(editor_client, slots, other_body):
    morning, _afternoon = slots
    session = morning.session
    foreign = AgendaItemFactory(session__body=other_body, number=1)
    data = form_data(editor_client.get(session_page(session)))
    data["programme_slots-0-agenda_items"] = [str(foreign.pk)]
    response = editor_client.post(session_page(session), data)
    assert response.status_code == 200
    assert any("Select a valid choice" in error for error in errors_of(response))
    assert entries_of(morning) == [("1(a)", False), ("2", False)]


def test_an_entry_changed_on_the_slots_page_refuses_the_session_page(editor_client, slots):
    morning, _afternoon = slots
    session = morning.session
    data = form_data(editor_client.get(session_page(session)))
    ProgrammeEntry.objects.filter(slot=morning, position=0).update(position=5)
    data["programme_slots-0-agenda_items"] = item_pks(session, "2")
    response = editor_client.post(session_page(session), data)
    assert response.status_code == 200
    errors = [str(e) for e in response.context["adminform"].form.non_field_errors()]
    assert errors[0].startswith("Not saved: since you opened this page")
    assert entries_of(morning) == [("2", False), ("1(a)", False)]


def test_a_sub_item_moved_away_from_a_deleted_item_stays(editor_client, agenda):
    data = form_data(editor_client.get(session_page(agenda)))
    index = next(i for i in range(6) if data[f"agenda_items-{i}-title_en"] == "Thematic discussion")
    set_row(data, "agenda_items", index, DELETE="on")
    relabel(data, {"Beneficial ownership": "2(a)"})
    response = editor_client.post(session_page(agenda), data)
    assert response.status_code == 302, errors_of(response)
    assert agenda_lines(agenda)[-2:] == ["2 Technical assistance", "2(a) Beneficial ownership"]
    assert len(agenda_lines(agenda)) == 5


def test_an_empty_title_shows_the_items_title_in_another_language(editor_client, agenda):
    response = editor_client.get(session_page(agenda))
    form = response.context["inline_admin_formsets"][0].formset.forms[0]
    arabic = form.fields["title_ar"].widget.attrs
    assert (arabic["placeholder"], arabic["lang"], arabic["dir"]) == (
        "Organizational matters",
        "ar",
        "rtl",
    )
    assert "placeholder" not in form.fields["title_en"].widget.attrs


def test_the_slots_own_page_derives_continued_too(editor_client, slots):
    morning, afternoon = slots
    url = f"/admin/meetings/programmeslot/{afternoon.pk}/change/"
    data = form_data(editor_client.get(url))
    item_2 = AgendaItem.objects.get(session=morning.session, label="2")
    set_row(data, "entries", 1, position="1", agenda_item=str(item_2.pk))
    response = editor_client.post(url, data)
    assert response.status_code == 302, errors_of(response)
    assert entries_of(afternoon) == [("3(a)", False), ("2", True)]
