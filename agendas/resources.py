"""Import-export resources of the agendas app.

Keys (see ``config.lib.resources``): an agenda item by ``session`` and ``label``; a
footnote by ``session`` and ``number``; a document of an item by ``session``, ``item``
and ``document``; a panel discussion by ``session``, ``item`` and ``position``; a joint
meeting by the list of its items (``wg-asset-recovery/18/2, irg/15/4(a)``); an item's
place in a joint meeting by its ``agenda_item``.

An agenda item's number, letter, parent and position are derived from its label: ``3`` is
item 3; ``3(a)`` is sub-item (a) of item 3 of the same session, which must already exist
(earlier in the file, or in the database).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from import_export.fields import Field

from config.lib.export_rows import InstanceMaker
from config.lib.i18n import in_every_language
from config.lib.resources import KeyedResource, KeyList, KeyListWidget, KeyWidget, cell_text
from documents.keys import DocumentKey, ResolutionKey
from sessions.keys import SessionKey

from .keys import LABEL_PATTERN, AgendaItemKey, FootnoteKey, ItemInSessionKey, item_key
from .models import (
    AgendaItem,
    AgendaItemDocument,
    Footnote,
    JointMeeting,
    JointMeetingItem,
    PanelDiscussion,
    item_position,
    validate_joint_meeting,
)


class LabelField(Field):
    """An agenda item's label (``3``, ``3(a)``): sets its number or its parent and letter.

    ``labels``, during an import: {session id: {label: item}} of the sessions its file
    names (``AgendaItemResource.read_rows``): the parent and the check of the label ask no
    query."""

    labels = None

    def save(self, instance, row, is_m2m=False, **kwargs):
        label = cell_text(row.get(self.column_name))
        match = LABEL_PATTERN.match(label)
        if not match:
            raise ValueError(
                _("“%(label)s” is not an agenda item label such as 3 or 3(a).") % {"label": label}
            )
        number, letter = int(match.group(1)), match.group(2) or ""
        if number < 1:
            raise ValueError(_("Agenda item numbers start at 1."))
        instance.label = label
        instance.position = item_position(number, letter)
        session_labels = (self.labels or {}).get(instance.session_id)
        instance.session_labels = session_labels
        if not letter:
            instance.parent, instance.number, instance.letter = None, number, ""
            return
        instance.number, instance.letter = None, letter
        if not instance.session_id:
            return  # the session column's own error says why
        if session_labels is not None:
            parent = session_labels.get(str(number))
        else:
            parent = AgendaItem.objects.filter(
                session_id=instance.session_id, parent__isnull=True, number=number
            ).first()
        if parent is None:
            raise ValueError(
                _(
                    "Session %(session)s has no item %(number)s for sub-item %(label)s: "
                    "list the item before its sub-items."
                )
                % {"session": row.get("session"), "number": number, "label": label}
            )
        instance.parent = parent


class AgendaItemResource(KeyedResource):
    """``agenda_items``: key ``session`` and ``label``; ``resolutions`` lists the numbers of
    the resolutions it cites."""

    session = Field(attribute="session", column_name="session", widget=SessionKey())
    label = LabelField(attribute="label", column_name="label")
    resolutions = Field(
        attribute="resolutions", column_name="resolutions", widget=KeyListWidget(ResolutionKey())
    )
    export_select_related = ("session__body",)
    export_prefetch_related = ("resolutions",)

    class Meta:
        model = AgendaItem
        import_id_fields = ["session", "label"]
        fields = [
            "session",
            "label",
            *in_every_language("title", "annotation"),
            "resolutions",
        ]

    def read_rows(self, dataset):
        """With the labels of the items of every session the file names."""
        super().read_rows(dataset)
        sessions = self.fields["session"].widget.found or {}
        labels = {session.pk: {} for session in sessions.values()}
        for item in AgendaItem.objects.filter(session__in=labels).only(
            "pk", "session_id", "parent_id", "number", "letter", "label"
        ):
            labels[item.session_id][item.label] = item
        for item in (getattr(self, "_found", None) or {}).values():
            labels.setdefault(item.session_id, {})[item.label] = item
        self.fields["label"].labels = labels

    def save_instance(self, instance, is_create, row, **kwargs):
        super().save_instance(instance, is_create, row, **kwargs)
        if instance.session_labels is not None:
            instance.session_labels[instance.label] = instance

    def parent_key(self, row):
        """A sub-item (``3(a)``) depends on its item (``3``) of the same session."""
        match = LABEL_PATTERN.match(cell_text(row.get("label")))
        if match and match.group(2):
            return (cell_text(row.get("session")), match.group(1))
        return None

    def filter_export(self, queryset, **kwargs):
        # Items before their sub-items.
        return (
            super()
            .filter_export(queryset, **kwargs)
            .order_by("session__body__slug", "session__ordinal", "session__part", "position")
        )


class FootnoteResource(KeyedResource):
    """``footnotes``: key ``session`` and ``number``."""

    session = Field(attribute="session", column_name="session", widget=SessionKey())
    export_select_related = ("session__body",)

    class Meta:
        model = Footnote
        import_id_fields = ["session", "number"]
        fields = ["session", "number", *in_every_language("text")]


class ItemSessionField(Field):
    """The session of the row's agenda item: read with the item's label, not saved."""

    def __init__(self, **kwargs):
        super().__init__(
            attribute="agenda_item__session",
            column_name="session",
            readonly=True,
            widget=SessionKey(),
            **kwargs,
        )


class AgendaItemDocumentResource(KeyedResource):
    """``agenda_item_documents``: key ``session``, ``item`` (label) and ``document``
    (symbol); ``listed`` is 1 when the item lists it under “Documents”."""

    session = ItemSessionField()
    agenda_item = Field(attribute="agenda_item", column_name="item", widget=ItemInSessionKey())
    document = Field(attribute="document", column_name="document", widget=DocumentKey())
    export_select_related = ("agenda_item__session__body", "document")

    class Meta:
        model = AgendaItemDocument
        import_id_fields = ["session", "agenda_item", "document"]
        fields = ["session", "agenda_item", "document", "listed", "position"]


class PanelDiscussionResource(KeyedResource):
    """``panel_discussions``: key ``session``, ``item`` (label) and ``position``."""

    session = ItemSessionField()
    agenda_item = Field(attribute="agenda_item", column_name="item", widget=ItemInSessionKey())
    export_select_related = ("agenda_item__session__body",)

    class Meta:
        model = PanelDiscussion
        import_id_fields = ["session", "agenda_item", "position"]
        fields = ["session", "agenda_item", "position", *in_every_language("title")]


def members_of(joint_meeting):
    """A joint meeting's agenda items, in order."""
    if not joint_meeting.pk:
        return []
    cache = getattr(joint_meeting, "_prefetched_objects_cache", {})
    if "memberships" in cache:
        memberships = sorted(cache["memberships"], key=lambda m: (m.position, m.pk))
    else:
        memberships = joint_meeting.memberships.select_related("agenda_item__session__body")
    return [membership.agenda_item for membership in memberships]


def members_of_meetings(ids):
    """{id of a joint meeting: its agenda items, in order} of the joint meetings ``ids``, in
    one query (the export's, a chunk of rows at a time): each item holds what its key reads
    only."""
    fields = AgendaItemKey.key_fields
    make, members = InstanceMaker(AgendaItem, fields), {}
    rows = (
        JointMeetingItem.objects.filter(joint_meeting_id__in=ids)
        .order_by("position", "pk")
        .values_list("joint_meeting_id", *(f"agenda_item__{name}" for name in fields))
    )
    for joint_meeting, *values in rows:
        members.setdefault(joint_meeting, []).append(make(tuple(values)))
    return members


def joint_meeting_of(items):
    """The joint meeting that holds any of ``items``, or None."""
    return (
        JointMeeting.objects.filter(memberships__agenda_item__in=items)
        .order_by("pk")
        .distinct()
        .first()
    )


class JointItemsField(Field):
    """A joint meeting's items, in order, as a list of agenda item keys."""

    def get_value(self, instance):
        pending = getattr(instance, "_imported_items", None)
        return pending if pending is not None else members_of(instance)

    def save(self, instance, row, is_m2m=False, **kwargs):
        instance._imported_items = self.clean(row)

    def export_lists(self, ids):
        """{id: items} of the joint meetings ``ids``, for the export (one query)."""
        return members_of_meetings(ids)


class JointMeetingResource(KeyedResource):
    """``joint_meetings``: one row per joint meeting, keyed by ``agenda_items``, the keys of
    its items in order (``wg-asset-recovery/18/2, irg/15/4(a)``). A row whose items are
    already (partly) in a joint meeting updates that meeting; it needs at least two items,
    of sessions of different bodies that meet at the same time."""

    agenda_items = JointItemsField(
        attribute="agenda_items", column_name="agenda_items", widget=KeyList(AgendaItemKey())
    )
    export_prefetch_related = ("memberships__agenda_item__session__body",)

    class Meta:
        model = JointMeeting
        import_id_fields = ["agenda_items"]
        fields = ["agenda_items"]

    #: A row finds its joint meeting by the rows before it: each is written at once.
    rows_per_write = 1

    def find_instance(self, row):
        items = self.fields["agenda_items"].clean(row)
        return joint_meeting_of(items) if items else None

    def derive(self, instance, row):
        try:
            validate_joint_meeting(instance._imported_items)
        except ValidationError as error:
            raise ValidationError({"agenda_items": error.messages}) from None

    def after_save_instance(self, instance, row, **kwargs):
        items = instance._imported_items
        for position, item in enumerate(items):
            JointMeetingItem.objects.update_or_create(
                agenda_item=item, defaults={"joint_meeting": instance, "position": position}
            )
        instance.memberships.exclude(agenda_item__in=items).delete()


class JointMeetingKey(KeyWidget):
    """A joint meeting by the keys of its items (any of them finds it)."""

    model = JointMeeting

    def to_key(self, joint_meeting):
        return self.items_key(members_of(joint_meeting))

    @staticmethod
    def items_key(items):
        return ", ".join(item_key(item) for item in items)

    def export_keys(self, ids):
        """{id: key} of the joint meetings ``ids``, for the export (one query)."""
        return {pk: self.items_key(items) for pk, items in members_of_meetings(ids).items()}

    def clean(self, value, row=None, **kwargs):
        items = KeyList(AgendaItemKey()).clean(value, row)
        if not items:
            return None
        joint_meeting = joint_meeting_of(items)
        if joint_meeting is None:
            raise ValueError(
                _("No joint meeting holds %(items)s: import the joint meetings first.")
                % {"items": cell_text(value)}
            )
        return joint_meeting


class JointMeetingItemResource(KeyedResource):
    """``joint_meeting_items``: key ``agenda_item`` (``irg/15/4(b)``); ``joint_meeting`` is
    the meeting's list of items (as in ``joint_meetings``); ``footnote`` the footnote that
    marks the reference to the item (``wg-asset-recovery/18/2``)."""

    agenda_item = Field(attribute="agenda_item", column_name="agenda_item", widget=AgendaItemKey())
    joint_meeting = Field(
        attribute="joint_meeting", column_name="joint_meeting", widget=JointMeetingKey()
    )
    footnote = Field(attribute="footnote", column_name="footnote", widget=FootnoteKey())
    required_columns = ("joint_meeting",)
    export_select_related = ("agenda_item__session__body", "footnote__session__body")
    export_prefetch_related = ("joint_meeting__memberships__agenda_item__session__body",)

    class Meta:
        model = JointMeetingItem
        import_id_fields = ["agenda_item"]
        fields = ["agenda_item", "joint_meeting", "position", "footnote"]
