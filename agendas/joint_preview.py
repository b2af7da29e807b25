"""A joint meeting as the public pages will show it, before it is saved: the sentence under
each item (“Agenda item 2 will be discussed in joint meetings with …”) and the item's mark
(a, b, c) in its session's programme of work, in every language.

Laid out by the public document's own code (``rendition.joint_paragraph``,
``sessions.programme.programme_of_work``) over the items of each session read as the public
page reads them (``provisional_agenda.session_items``), with the chosen items' memberships
put in place in memory: nothing is written.
"""

import dataclasses

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import gettext

from config.lib.i18n import LOCAL_NAMES
from sessions.models import ProgrammeEntry, ProgrammeSlot, Session
from sessions.programme import programme_of_work

from .models import Footnote, JointMeeting, JointMeetingItem, validate_joint_meeting
from .provisional_agenda import session_items
from .rendition import item_reference, joint_paragraph

#: The primary key the unsaved meeting is given in memory, so that its memberships can be
#: read through ``memberships.all()`` as a saved one's (a related manager needs a key). No
#: row has it: keys start at 1.
UNSAVED = 0


@dataclasses.dataclass
class PreviewLine:
    """One chosen item in one language: the session's name, the item's reference, its
    sentence (None when it meets alone), printed under the item unless it is a sub-item (then
    in the programme's notes only), and its programme mark ("" when the programme of work
    does not list it)."""

    session: str
    reference: str
    sentence: object
    mark: str
    draft: bool
    sub_item: bool


@dataclasses.dataclass
class LanguagePreview:
    code: str
    name: str
    direction: str
    lines: list


@dataclasses.dataclass
class Preview:
    languages: list
    problems: list


def programme_marks(session, items_by_pk):
    """The programme of work's marks of ``session``: {item pk: letter}."""
    slots = ProgrammeSlot.objects.filter(session=session).prefetch_related(
        Prefetch("entries", queryset=ProgrammeEntry.objects.order_by("position", "pk"))
    )
    _days, marks = programme_of_work(list(slots), items_by_pk, session.original_language)
    return {mark.item.pk: mark.letter for mark in marks}


def chosen_problems(memberships, meeting_pk):
    """Why saving these items together would be refused, as the admin's form would say."""
    problems = []
    items = [membership.agenda_item for membership in memberships]
    try:
        validate_joint_meeting(items)
    except ValidationError as error:
        problems.extend(error.messages)
    taken = JointMeetingItem.objects.filter(agenda_item__in=items).exclude(
        joint_meeting_id=meeting_pk
    )
    for item_pk in taken.values_list("agenda_item_id", flat=True):
        item = next(item for item in items if item.pk == item_pk)
        problems.append(
            gettext("Agenda item %(label)s (%(session)s) is in another joint meeting already.")
            % {"label": item.label, "session": item.session}
        )
    return problems


def preview(chosen, *, meeting_pk=None):
    """The preview of the joint meeting of ``chosen``: (agenda item pk, footnote pk or None)
    in the meeting's order; ``meeting_pk`` the meeting being changed, if saved."""
    item_pks = list(dict.fromkeys(pk for pk, _footnote in chosen))
    sessions = {
        session.pk: session
        for session in Session.objects.with_header().filter(agenda_items__pk__in=item_pks)
    }
    items = {}
    footnote_numbers = {}
    marked_sessions = {}
    for session in sessions.values():
        loaded = session_items(session)
        marked_sessions[session.pk] = {item.pk: item for item in loaded}
        items.update(marked_sessions[session.pk])
        footnote_numbers[session.pk] = {note.number: True for note in session.footnotes.all()}
    footnotes = Footnote.objects.in_bulk([pk for _item, pk in chosen if pk])

    meeting = JointMeeting(pk=meeting_pk or UNSAVED)
    memberships = []
    for position, (item_pk, footnote_pk) in enumerate(chosen):
        if item_pk not in items or any(m.agenda_item.pk == item_pk for m in memberships):
            continue
        memberships.append(
            JointMeetingItem(
                joint_meeting=meeting,
                agenda_item=items[item_pk],
                footnote=footnotes.get(footnote_pk),
                position=position,
            )
        )
    meeting._prefetched_objects_cache = {"memberships": memberships}
    for item in items.values():
        membership = next((m for m in memberships if m.agenda_item is item), None)
        saved = getattr(item, "joint_membership", None)
        if membership is not None:
            item.joint_membership = membership
        elif meeting_pk and saved is not None and saved.joint_meeting_id == meeting_pk:
            # Taken out of the meeting on the form: it meets alone once saved.
            item.joint_membership = None

    marks = {pk: programme_marks(sessions[pk], by_pk) for pk, by_pk in marked_sessions.items()}
    languages = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines = []
            for membership in memberships:
                item = membership.agenda_item
                session = item.session
                lines.append(
                    PreviewLine(
                        session=str(session),
                        reference=item_reference(item, code),
                        sentence=joint_paragraph(item, session, code, footnote_numbers[session.pk]),
                        mark=marks[session.pk].get(item.pk, ""),
                        draft=not session.is_published,
                        sub_item=bool(item.parent_id),
                    )
                )
            languages.append(
                LanguagePreview(
                    code=code,
                    name=LOCAL_NAMES.get(code, code),
                    direction="rtl" if code in settings.LANGUAGES_BIDI else "ltr",
                    lines=lines,
                )
            )
    return Preview(languages=languages, problems=chosen_problems(memberships, meeting_pk))
