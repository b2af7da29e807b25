"""The proposed programme of work (the annex) as the public site prints it.

Rows come from the session's programme slots; the a, b, c marks of items considered in joint
meetings, and their explanations under the table, are derived from the joint meetings.
The session's day-by-day page reads the same rows, without the marks (:func:`session_days`).
"""

from dataclasses import dataclass, field
from string import ascii_lowercase

from django.db.models import Prefetch

from agendas.joint import joint_membership, joint_partners
from agendas.models import AgendaItem

from .models import ProgrammeEntry, ProgrammeSlot


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


def programme_of_work(slots, items_by_pk, original_language=None, marked=True):
    """Days of (slot, rows) and the joint-meeting marks, from prefetched slots and items.

    ``items_by_pk`` holds the session's agenda items (with their joint memberships loaded,
    unless ``marked`` is False: no marks), so that no row needs a query of its own.
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
            jointly = joint_item(item) if marked else None
            letter = ""
            if jointly is not None:
                if jointly.pk not in marks:
                    marks[jointly.pk] = JointMark(mark_letter(len(marks)), jointly)
                letter = marks[jointly.pk].letter
            rows.append(ProgrammeRow(entry, item, title, letter, first_of_slot=index == 0))
        days[-1].slots.append((slot, rows))
    return days, list(marks.values())


def session_days(session):
    """The session's programme of work by day: its :class:`ProgrammeDay` list, each slot with
    its rows, in three queries whatever its size (slots, their entries, the items)."""
    # Each in its own order: the models' default orderings begin with the session, which
    # would join the sessions and bodies into every query for nothing.
    slots = (
        ProgrammeSlot.objects.filter(session=session)
        .order_by("date", "start_time")
        .prefetch_related(
            Prefetch("entries", queryset=ProgrammeEntry.objects.order_by("position", "pk"))
        )
    )
    items = AgendaItem.objects.filter(session=session).order_by()
    days, _marks = programme_of_work(
        slots, {item.pk: item for item in items}, session.original_language, marked=False
    )
    return days
