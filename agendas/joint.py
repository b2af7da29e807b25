"""The joint-meeting note of an agenda item, derived from its JointMeeting, never typed.

“Agenda item 2 will be discussed in joint meetings with agenda item 4(a) of the fifteenth
session of the Implementation Review Group and agenda item 2 of the thirteenth expert meeting
on international cooperation.”
"""

from django.core.exceptions import ObjectDoesNotExist
from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext


def joint_membership(item):
    """The item's place in a joint meeting, or None (no query once selected/prefetched)."""
    try:
        return item.joint_membership
    except ObjectDoesNotExist:
        return None


def joint_partners(item):
    """The memberships of the other published sessions' items considered with ``item``.

    Items of draft sessions are left out: delegates never see a draft.
    """
    membership = joint_membership(item)
    if membership is None:
        return []
    return [
        other
        for other in membership.joint_meeting.memberships.all()
        if other.agenda_item_id != item.pk and other.agenda_item.session.is_published
    ]


def join_list(parts):
    """“a”, “a and b”, “a, b and c” in the reader's language.

    The parts are rendered already (safe); the separators are the catalogue's, escaped, and
    hold no markup. A template cannot put a rendered part into the catalogue's
    "%(first)s and %(last)s", so the list is joined here.
    """
    parts = [str(part) for part in parts]
    if not parts:
        return ""
    if len(parts) == 1:
        return mark_safe(parts[0])  # noqa: S308 (a rendered template)
    first = escape(gettext(", ")).join(parts[:-1])
    # The parts are rendered templates, the catalogue's separators escaped.
    return mark_safe(  # noqa: S308
        escape(gettext("%(first)s and %(last)s")) % {"first": first, "last": parts[-1]}
    )


def partner_reference(membership, session):
    """“agenda item 4(a) of the fifteenth session of the Implementation Review Group”, linked,
    with the superscript of a footnote of ``session``'s document that marks it."""
    footnote = membership.footnote
    marked = footnote is not None and footnote.session_id == session.pk
    return render_to_string(
        "agendas/partials.html#joint-partner",
        {"item": membership.agenda_item, "number": footnote.number if marked else None},
    )


def joint_note(item, session):
    """The sentence for ``item`` (an item of ``session``), or "" when it meets alone."""
    partners = joint_partners(item)
    if not partners:
        return ""
    references = join_list(partner_reference(m, session) for m in partners)
    return render_to_string(
        "agendas/partials.html#joint-note", {"item": item, "partners": references}
    )
