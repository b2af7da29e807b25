"""The joint-meeting note of an agenda item, derived from its JointMeeting, never typed.

“Agenda item 2 will be discussed in joint meetings with agenda item 4(a) of the fifteenth
session of the Implementation Review Group and agenda item 2 of the thirteenth expert meeting
on international cooperation.”
"""

from django.core.exceptions import ObjectDoesNotExist
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from config.lib.i18n import translated

from .annotation import footnote_reference


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
    """“a”, “a and b”, “a, b and c” in the reader's language."""
    parts = [str(part) for part in parts]
    if not parts:
        return ""
    if len(parts) == 1:
        return mark_safe(parts[0])
    first = escape(gettext(", ")).join(parts[:-1])
    return mark_safe(
        escape(gettext("%(first)s and %(last)s")) % {"first": first, "last": parts[-1]}
    )


def partner_reference(membership, session):
    """“agenda item 4(a) of the fifteenth session of the Implementation Review Group”, linked,
    with the superscript of a footnote of ``session``'s document that marks it."""
    other = membership.agenda_item
    designation = translated(other.session, "title", other.session.original_language)
    if not designation:
        designation = other.session.designation
    text = gettext("agenda item %(label)s of the %(session)s") % {
        "label": other.label,
        "session": "\x00",
    }
    before, _, after = text.partition("\x00")
    link = format_html(
        '<a href="{}">{}{}{}</a>', other.get_absolute_url(), before, designation, after
    )
    footnote = membership.footnote
    if footnote is not None and footnote.session_id == session.pk:
        link = format_html("{}{}", link, footnote_reference(footnote.number))
    return link


def joint_note(item, session):
    """The sentence for ``item`` (an item of ``session``), or "" when it meets alone."""
    partners = joint_partners(item)
    if not partners:
        return ""
    references = join_list(partner_reference(m, session) for m in partners)
    return mark_safe(
        escape(
            gettext("Agenda item %(label)s will be discussed in joint meetings with %(partners)s.")
        )
        % {"label": format_html("{}", item.label), "partners": references}
    )
