"""A session as the reader's tests compare it: its facts in one language, read from the
database (labels, titles, annotation paragraphs, footnotes, citations, joint meetings,
programme slots), and the share of one session's facts another one has."""

from agendas.annotation import paragraphs


def field(obj, name, language):
    return getattr(obj, f"{name}_{language.replace('-', '_')}") or ""


def snapshot(session, language):
    items = {}
    joint = {}
    for item in session.agenda_items.order_by("position"):
        items[item.label] = {
            "title": field(item, "title", language),
            "paragraphs": paragraphs(field(item, "annotation", language)),
            "resolutions": sorted(r.number for r in item.resolutions.all()),
            "documents": [
                (link.document.symbol, link.listed)
                for link in item.document_links.order_by("position", "pk")
            ],
        }
        membership = getattr(item, "joint_membership", None)
        if membership is not None:
            joint[item.label] = sorted(
                (
                    f"{other.agenda_item.session.body.slug}/{other.agenda_item.session.ordinal}",
                    other.agenda_item.label,
                    other.footnote.number
                    if other.footnote and other.footnote.session_id == session.pk
                    else None,
                )
                for other in membership.joint_meeting.memberships.exclude(agenda_item=item)
            )
    return {
        "items": items,
        "footnotes": {f.number: field(f, "text", language) for f in session.footnotes.all()},
        "joint": joint,
        "slots": [
            (
                slot.date,
                slot.start_time,
                slot.end_time,
                [
                    (entry.agenda_item.label, entry.continued, field(entry, "title", language))
                    for entry in slot.entries.order_by("position", "pk")
                ],
            )
            for slot in session.programme_slots.order_by("date", "start_time")
        ],
        "resolutions": sorted(r.number for r in session.resolutions.all()),
        "resources_note": field(session, "resources_note", language),
    }


def facts(shot):
    """The snapshot as a set of separate facts, each worth one in the share recovered."""
    found = set()
    for label, item in shot["items"].items():
        found.add(("item", label))
        found.add(("title", label, item["title"]))
        found.update(
            ("paragraph", label, index, text) for index, text in enumerate(item["paragraphs"])
        )
        found.update(("resolution", label, number) for number in item["resolutions"])
        found.update(("document", label, *document) for document in item["documents"])
    found.update(("footnote", number, text) for number, text in shot["footnotes"].items())
    found.update(
        ("joint", label, *partner)
        for label, partners in shot["joint"].items()
        for partner in partners
    )
    for date, start, end, entries in shot["slots"]:
        found.add(("slot", date, start, end))
        found.update(("entry", date, start, index, *entry) for index, entry in enumerate(entries))
    return found


def share(got, expected):
    """{kind: (recovered, expected)} and the overall share of ``expected``'s facts in ``got``."""
    got, expected = facts(got), facts(expected)
    by_kind = {}
    for fact in expected:
        recovered, total = by_kind.get(fact[0], (0, 0))
        by_kind[fact[0]] = (recovered + (fact in got), total + 1)
    return by_kind, len(got & expected) / len(expected)
