"""A :class:`~publishing.models.Deletion` for each published row deleted, whoever deletes it
(the admin, an import, a command, a cascade): the API's list of deletions reads them.

Drafts were never published: their deletion is not recorded. Bodies, documents, resolutions,
mandates and joint meetings are public as soon as they exist. A session returned to draft
leaves the public too: it is recorded as deleted (with it, for a mirror, its agenda items and
programme), and comes back through ``modified_since`` when it is published again.
"""

from django.db.models.signals import post_delete, pre_save

from agendas.models import AgendaItem, JointMeeting
from documents.models import Document, Mandate, Resolution
from sessions.keys import session_key
from sessions.models import Body, ProgrammeEntry, ProgrammeSlot, Session

from .models import Deletion

PUBLISHED = Session.Status.PUBLISHED


def published_session(session_id):
    """Whether the session (still in the database: a cascade deletes its rows first) is
    published."""
    return Session.objects.filter(pk=session_id, status=PUBLISHED).exists()


def body_key(body):
    return body.slug


def session_deleted_key(session):
    return session_key(session) if session.status == PUBLISHED else None


def agenda_item_key(item):
    if not published_session(item.session_id):
        return None
    session = Session.objects.select_related("body").get(pk=item.session_id)
    return f"{session_key(session)}/{item.label}"


def programme_slot_key(slot):
    if not published_session(slot.session_id):
        return None
    return f"{slot.date.isoformat()} {slot.start_time:%H:%M}"


def programme_entry_key(entry):
    slot = ProgrammeSlot.objects.filter(pk=entry.slot_id).first()
    if slot is None or not published_session(slot.session_id):
        return None
    return ""


def joint_meeting_key(joint_meeting):
    return ""


def document_key(document):
    return document.symbol


def resolution_key(resolution):
    return resolution.number


def mandate_key(mandate):
    return ""


#: model → (the kind of row, the key of a deleted row, or None for a row never published)
RECORDED = {
    Body: (Deletion.Kind.BODY, body_key),
    Session: (Deletion.Kind.SESSION, session_deleted_key),
    AgendaItem: (Deletion.Kind.AGENDA_ITEM, agenda_item_key),
    JointMeeting: (Deletion.Kind.JOINT_MEETING, joint_meeting_key),
    ProgrammeSlot: (Deletion.Kind.PROGRAMME_SLOT, programme_slot_key),
    ProgrammeEntry: (Deletion.Kind.PROGRAMME_ENTRY, programme_entry_key),
    Document: (Deletion.Kind.DOCUMENT, document_key),
    Resolution: (Deletion.Kind.RESOLUTION, resolution_key),
    Mandate: (Deletion.Kind.MANDATE, mandate_key),
}


def record_deletion(sender, instance, **kwargs):
    kind, key = RECORDED[sender]
    value = key(instance)
    if value is not None:
        Deletion.objects.create(kind=kind, object_id=instance.pk, key=value)


def record_withdrawal(sender, instance, raw=False, **kwargs):
    """A published session saved as a draft."""
    if raw or instance.pk is None or instance.status == PUBLISHED:
        return
    if published_session(instance.pk):
        Deletion.objects.create(
            kind=Deletion.Kind.SESSION, object_id=instance.pk, key=session_key(instance)
        )


def connect():
    for model in RECORDED:
        post_delete.connect(
            record_deletion, sender=model, weak=False, dispatch_uid=f"deletion-{model._meta.label}"
        )
    pre_save.connect(record_withdrawal, sender=Session, weak=False, dispatch_uid="withdrawal")
