"""The proposed programme of work (the annex) as the public site prints it.

Rows come from the session's programme slots; the a, b, c marks of items considered in joint
meetings, and their explanations under the table, are derived from the joint meetings.
"""

from dataclasses import dataclass, field
from string import ascii_lowercase

from agendas.joint import joint_membership, joint_partners


@dataclass
class ProgrammeRow:
    entry: object
    item: object
    title: object
    mark: str = ""
    first_of_slot: bool = False


@dataclass
class ProgrammeDay:
    date: object
    slots: list = field(default_factory=list)


@dataclass
class JointMark:
    letter: str
    item: object


def joint_item(item):
    """The item whose joint meeting covers ``item``: itself, or its parent for a sub-item."""
    for candidate in (item, item.parent if item.parent_id else None):
        if candidate is not None and joint_membership(candidate) and joint_partners(candidate):
            return candidate
    return None


def mark_letter(index):
    letters = ascii_lowercase
    return (
        letters[index] if index < len(letters) else letters[index // 26 - 1] + letters[index % 26]
    )


def programme_of_work(slots, items_by_pk, original_language=None):
    """Days of (slot, rows) and the joint-meeting marks, from prefetched slots and items.

    ``items_by_pk`` holds the session's agenda items (with their joint memberships loaded),
    so that no row needs a query of its own.
    """
    days = []
    marks = {}
    for slot in slots:
        if not days or days[-1].date != slot.date:
            days.append(ProgrammeDay(slot.date))
        rows = []
        for index, entry in enumerate(slot.entries.all()):
            item = items_by_pk.get(entry.agenda_item_id)
            if item is None:
                # An item of another session (the entry's clean() refuses it): the page has no
                # anchor for it, and reaching it would take a query per row.
                continue
            # The entry's agenda item is the one already loaded with the session's items.
            entry.agenda_item = item
            title = entry.shown_title(original_language=original_language)
            jointly = joint_item(item)
            letter = ""
            if jointly is not None:
                if jointly.pk not in marks:
                    marks[jointly.pk] = JointMark(mark_letter(len(marks)), jointly)
                letter = marks[jointly.pk].letter
            rows.append(ProgrammeRow(entry, item, title, letter, first_of_slot=index == 0))
        days[-1].slots.append((slot, rows))
    return days, list(marks.values())
