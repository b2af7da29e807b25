import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from agendas.models import AgendaItem, JointMeetingItem
from tests.factories import AgendaItemFactory, JointMeetingFactory, SessionFactory

pytestmark = pytest.mark.django_db


def test_labels_are_derived_from_number_and_letter(session):
    item = AgendaItem.objects.create(session=session, number=3, title_en="Thematic discussion")
    sub_item = AgendaItem.objects.create(
        session=session, parent=item, letter="a", title_en="Beneficial ownership"
    )
    assert (item.label, sub_item.label) == ("3", "3(a)")
    assert sub_item.full_title == "Thematic discussion: Beneficial ownership"


def test_renumbering_an_item_relabels_its_sub_items(session):
    item = AgendaItem.objects.create(session=session, number=3, title_en="Thematic discussion")
    AgendaItem.objects.create(session=session, parent=item, letter="b", title_en="Follow-up")
    item.number = 4
    item.save()
    assert list(session.agenda_items.order_by("position").values_list("label", flat=True)) == [
        "4",
        "4(b)",
    ]


def test_database_rejects_duplicate_label_in_a_session(session):
    AgendaItem.objects.create(session=session, number=2, title_en="Overview")
    with pytest.raises(IntegrityError), transaction.atomic():
        AgendaItem.objects.create(session=session, number=2, title_en="Another item 2")
    assert session.agenda_items.count() == 1


def test_clean_explains_duplicate_label(session):
    AgendaItem.objects.create(session=session, number=2, title_en="Overview")
    duplicate = AgendaItem(session=session, number=2, title_en="Another item 2")
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert error.value.message_dict["number"] == ["This session already has an agenda item 2."]


def test_same_label_in_two_sessions_is_allowed(session, other_body):
    other = SessionFactory(body=other_body, ordinal=1)
    AgendaItemFactory(session=session, number=1)
    AgendaItemFactory(session=other, number=1)
    assert AgendaItem.objects.filter(label="1").count() == 2


def test_database_rejects_item_without_number_or_parent(session):
    with pytest.raises(IntegrityError), transaction.atomic():
        AgendaItem.objects.create(session=session, title_en="No number")


def test_sub_item_parent_must_be_in_same_session(session, other_body):
    parent = AgendaItemFactory(session__body=other_body, number=1)
    sub_item = AgendaItem(session=session, parent=parent, letter="a", title_en="Opening")
    with pytest.raises(ValidationError) as error:
        sub_item.full_clean()
    assert "same session" in error.value.message_dict["parent"][0]


def test_joint_meeting_refuses_items_of_the_same_session(session):
    first = AgendaItemFactory(session=session, number=2)
    second = AgendaItemFactory(session=session, number=3)
    joint = JointMeetingFactory(items=[first])
    membership = JointMeetingItem(joint_meeting=joint, agenda_item=second)
    with pytest.raises(ValidationError) as error:
        membership.full_clean()
    assert (
        "a joint meeting links items of sessions of different bodies"
        in (error.value.message_dict["agenda_item"][0])
    )


def test_joint_meeting_refuses_two_sessions_of_the_same_body(session):
    """Two sessions of one body never meet jointly, not even a session and its resumed part
    held at the same time."""
    resumed = SessionFactory(body=session.body, ordinal=session.ordinal, part=1)
    first = AgendaItemFactory(session=session, number=2)
    second = AgendaItemFactory(session=resumed, number=2)
    joint = JointMeetingFactory(items=[first])
    membership = JointMeetingItem(joint_meeting=joint, agenda_item=second)
    with pytest.raises(ValidationError) as error:
        membership.full_clean()
    assert error.value.message_dict["agenda_item"] == [
        f"Agenda items 2 ({session}) and 2 ({resumed}) are both of {session.body}: "
        "a joint meeting links items of sessions of different bodies."
    ]


def test_joint_meeting_refuses_sessions_that_do_not_overlap(session, other_body):
    later = SessionFactory(
        body=other_body,
        start_date=datetime.date(2025, 9, 1),
        end_date=datetime.date(2025, 9, 3),
    )
    first = AgendaItemFactory(session=session, number=2)
    second = AgendaItemFactory(session=later, number=4)
    joint = JointMeetingFactory(items=[first])
    membership = JointMeetingItem(joint_meeting=joint, agenda_item=second)
    with pytest.raises(ValidationError) as error:
        membership.full_clean()
    assert "do not meet at the same time" in error.value.message_dict["agenda_item"][0]


def test_joint_meeting_accepts_overlapping_sessions_of_different_bodies(session, other_body):
    overlapping = SessionFactory(
        body=other_body,
        start_date=datetime.date(2025, 6, 3),
        end_date=datetime.date(2025, 6, 6),
    )
    first = AgendaItemFactory(session=session, number=2)
    second = AgendaItemFactory(session=overlapping, number=4)
    joint = JointMeetingFactory(items=[first])
    JointMeetingItem(joint_meeting=joint, agenda_item=second, position=1).full_clean()
