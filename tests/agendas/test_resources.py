"""The agendas app's resources: items by session and label (the parent, number and
position derived from the label), joint meetings by the list of their items."""

import tablib

from agendas.models import AgendaItem, JointMeeting, JointMeetingItem
from agendas.resources import AgendaItemResource, JointMeetingItemResource, JointMeetingResource

HEADERS = ["session", "label", "title_en", "resolutions"]


def items_file(*rows):
    dataset = tablib.Dataset(headers=HEADERS)
    for row in rows:
        dataset.append(row)
    return dataset


def test_items_come_before_their_sub_items_and_cite_resolutions_by_number(demo):
    exported = AgendaItemResource().export().dict
    labels = [r["label"] for r in exported if r["session"] == "wg-asset-recovery/18"]

    assert labels[:3] == ["1", "1(a)", "1(b)"]
    item_2 = next(
        r for r in exported if r["session"] == "wg-asset-recovery/18" and r["label"] == "2"
    )
    assert "resolution 1/4" in item_2["resolutions"].split(", ")


def test_a_sub_item_is_imported_by_its_label_under_its_item(session):
    result = AgendaItemResource().import_data(
        items_file(
            ["wg-testing/1", "3", "Thematic discussion", ""],
            ["wg-testing/1", "3(b)", "Beneficial ownership", ""],
        ),
        dry_run=False,
    )

    assert result.totals["new"] == 2
    assert not result.has_validation_errors()
    item = AgendaItem.objects.get(session=session, label="3")
    sub_item = AgendaItem.objects.get(session=session, label="3(b)")
    assert (item.number, item.parent, item.position) == (3, None, 3000)
    assert (sub_item.parent, sub_item.number, sub_item.letter, sub_item.position) == (
        item,
        None,
        "b",
        3002,
    )


def test_a_label_that_is_not_one_is_refused(session):
    result = AgendaItemResource().import_data(
        items_file(["wg-testing/1", "3b", "Bad", ""]), dry_run=False
    )

    [invalid] = result.invalid_rows
    assert invalid.error_dict == {"label": ["“3b” is not an agenda item label such as 3 or 3(a)."]}
    assert not AgendaItem.objects.exists()


def test_joint_meetings_round_trip_through_their_file(demo):
    dataset = JointMeetingResource().export()
    items = JointMeetingItemResource().export()
    before = sorted(
        (m.joint_meeting.memberships.first().agenda_item.label, m.agenda_item.label, m.position)
        for m in JointMeetingItem.objects.all()
    )
    footnoted = JointMeetingItem.objects.get(footnote__isnull=False).agenda_item
    assert dataset.dict[0]["agenda_items"] == (
        "wg-asset-recovery/18/2, irg/15/4(a), expert-meeting-international-cooperation/13/2"
    )
    JointMeeting.objects.all().delete()

    first = JointMeetingResource().import_data(dataset, dry_run=False)
    second = JointMeetingItemResource().import_data(items, dry_run=False)

    assert first.totals["new"] == 3
    assert second.totals["update"] == 1
    after = sorted(
        (m.joint_meeting.memberships.first().agenda_item.label, m.agenda_item.label, m.position)
        for m in JointMeetingItem.objects.all()
    )
    assert after == before
    assert JointMeetingItem.objects.get(footnote__isnull=False).agenda_item == footnoted


def test_a_joint_meeting_of_one_session_is_refused(demo):
    dataset = tablib.Dataset(headers=["agenda_items"])
    dataset.append(["wg-asset-recovery/18/1(a), wg-asset-recovery/18/1(b)"])
    dataset.append(["wg-asset-recovery/18/1(a), irg/15/99"])
    count = JointMeeting.objects.count()

    result = JointMeetingResource().import_data(dataset, dry_run=False)

    first, second = result.invalid_rows
    assert "are both of Asset Recovery Working Group" in first.error_dict["agenda_items"][0]
    assert second.error_dict["agenda_items"] == ["Unknown agenda item: irg/15/99."]
    assert JointMeeting.objects.count() == count


def test_a_joint_meeting_of_two_sessions_of_one_body_is_refused(demo):
    """The 2009 and the 2024 meeting of the Working Group, and the same meeting's items with
    an item of another body's session that overlaps: both are one body twice."""
    dataset = tablib.Dataset(headers=["agenda_items"])
    dataset.append(["wg-asset-recovery/18/2, wg-asset-recovery/3/2"])
    dataset.append(["wg-asset-recovery/18/2, irg/15/4(a), wg-asset-recovery/18/3"])
    count = JointMeeting.objects.count()

    result = JointMeetingResource().import_data(dataset, dry_run=False)

    first, second = result.invalid_rows
    assert first.error_dict["agenda_items"][0] == (
        "Agenda items 2 (Asset Recovery Working Group 18 (2024)) and 2 (Asset Recovery "
        "Working Group 3 (2009)) are both of Asset Recovery Working Group: a joint meeting "
        "links items of sessions of different bodies."
    )
    assert "are both of Asset Recovery Working Group" in second.error_dict["agenda_items"][0]
    assert JointMeeting.objects.count() == count
