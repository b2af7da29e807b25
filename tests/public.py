"""Helpers of the public site's tests: a session of any size, with everything its page shows."""

import datetime

from agendas.models import (
    AgendaItem,
    AgendaItemDocument,
    Footnote,
    JointMeeting,
    JointMeetingItem,
    PanelDiscussion,
)
from documents.models import Document, Mandate, Resolution
from sessions.models import Body, ProgrammeEntry, ProgrammeSlot, Session, Venue

LANGUAGES = ["ar", "zh-hans", "en", "fr", "ru", "es"]


def build_session(
    body,
    ordinal,
    items=3,
    resolutions=1,
    documents=1,
    partner_body=None,
    status=Session.Status.PUBLISHED,
    start=datetime.date(2025, 6, 2),
):
    """A session of ``body`` with ``items`` agenda items (every third with two sub-items),
    cited resolutions and documents (written in the annotations), footnotes, panels, a
    programme slot per item and, with ``partner_body``, a joint meeting per item with a
    session of that body."""
    venue, _ = Venue.objects.get_or_create(name_en="Test Centre", city_en="Testville", country="AT")
    session = Session.objects.create(
        body=body,
        ordinal=ordinal,
        title_en=f"session {ordinal} of the {body.name_en}",
        start_date=start,
        end_date=start + datetime.timedelta(days=2),
        venue=venue,
        room_en="Room 1",
        agenda_symbol=f"{body.symbol_prefix}/{ordinal}/1",
        original_language="en",
        status=status,
    )
    partner = None
    if partner_body is not None:
        partner = Session.objects.create(
            body=partner_body,
            ordinal=ordinal,
            title_en=f"session {ordinal} of the {partner_body.name_en}",
            start_date=start,
            end_date=start + datetime.timedelta(days=2),
            venue=venue,
            status=Session.Status.PUBLISHED,
        )
    cited = [
        Resolution.objects.get_or_create(
            session_number=90 + ordinal % 9,
            sequence=n + 1,
            defaults={"title_en": f"Resolution title {n}"},
        )[0]
        for n in range(resolutions)
    ]
    session.resolutions.set(cited)
    docs = [
        Document.objects.create(
            symbol=f"{body.symbol_prefix}/{ordinal}/{n + 2}",
            title_en=f"Document title {n}",
            body=body,
            session=session,
        )
        for n in range(documents)
    ]
    for number in (1, 2):
        Footnote.objects.create(session=session, number=number, text_en=f"Footnote text {number}")
    for mandate_letter in "ab" if cited else "":
        Mandate.objects.get_or_create(
            resolution=cited[0],
            body=body,
            letter=mandate_letter,
            defaults={"text_en": f"Mandate function {mandate_letter}"},
        )
    slot_day = start
    for n in range(items):
        number = n + 1
        resolution = cited[n % len(cited)] if cited else None
        document = docs[n % len(docs)] if docs else None
        text = f"Annotation of item {number}, under resolution "
        text += f"{resolution.number}" if resolution else "none"
        text += f" and document ({document.symbol}).[^1]\n\nSecond paragraph." if document else "."
        item = AgendaItem.objects.create(
            session=session, number=number, title_en=f"Item title {number}", annotation_en=text
        )
        if resolution:
            item.resolutions.add(*cited[n % len(cited) : n % len(cited) + 2])
        if document:
            AgendaItemDocument.objects.create(agenda_item=item, document=document, listed=True)
        PanelDiscussion.objects.create(agenda_item=item, title_en=f"Panel on item {number}")
        sub_items = []
        if n % 3 == 0:
            for letter in "ab":
                sub_item = AgendaItem.objects.create(
                    session=session,
                    parent=item,
                    letter=letter,
                    title_en=f"Sub-item title {number}({letter})",
                    annotation_en=f"Sub-item annotation {number}({letter})[^2].",
                )
                sub_items.append(sub_item)
        if partner is not None:
            other = AgendaItem.objects.create(
                session=partner, number=number, title_en=f"Partner item {number}"
            )
            joint = JointMeeting.objects.create()
            JointMeetingItem.objects.create(joint_meeting=joint, agenda_item=item, position=0)
            JointMeetingItem.objects.create(joint_meeting=joint, agenda_item=other, position=1)
        slot = ProgrammeSlot.objects.create(
            session=session,
            date=slot_day + datetime.timedelta(days=(n // 8) % 3),
            start_time=datetime.time(8 + n % 8, (n // 24) * 10),
            end_time=datetime.time(8 + n % 8, 59),
        )
        ProgrammeEntry.objects.create(slot=slot, agenda_item=item, position=0)
        ProgrammeEntry.objects.create(slot=slot, agenda_item=item, position=1, continued=True)
        for position, sub_item in enumerate(sub_items, start=2):
            ProgrammeEntry.objects.create(slot=slot, agenda_item=sub_item, position=position)
    return session


def make_body(slug, prefix, name="Working Group on Size"):
    return Body.objects.create(
        name_en=name,
        short_name_en=name[:20],
        kind=Body.Kind.WORKING_GROUP,
        symbol_prefix=prefix,
        slug=slug,
    )


def many_sessions():
    """30 sessions of the body `wg-big`: the list pages' query counts."""
    big_body = make_body("wg-big", "CAC/COSP/WG.8")
    for ordinal in range(1, 31):
        build_session(big_body, ordinal, items=2, resolutions=1, documents=1)


def many_documents():
    """20 sessions of the body `wg-big` whose items all cite the first session's first
    resolution and document: the resolution and document pages' query counts."""
    big_body = make_body("wg-big", "CAC/COSP/WG.8")
    sessions = [
        build_session(big_body, ordinal, items=4, resolutions=3, documents=2)
        for ordinal in range(1, 21)
    ]
    resolution = sessions[0].resolutions.first()
    document = sessions[0].documents.first()
    for session in sessions[1:]:
        for item in session.agenda_items.all():
            item.resolutions.add(resolution)
            item.documents.add(document)
