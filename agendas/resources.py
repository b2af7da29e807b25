"""Import-export resources of the agendas app."""

from import_export import resources

from .models import (
    AgendaItem,
    AgendaItemDocument,
    Footnote,
    JointMeeting,
    JointMeetingItem,
    PanelDiscussion,
)


class AgendaItemResource(resources.ModelResource):
    class Meta:
        model = AgendaItem


class AgendaItemDocumentResource(resources.ModelResource):
    class Meta:
        model = AgendaItemDocument


class FootnoteResource(resources.ModelResource):
    class Meta:
        model = Footnote


class PanelDiscussionResource(resources.ModelResource):
    class Meta:
        model = PanelDiscussion


class JointMeetingResource(resources.ModelResource):
    class Meta:
        model = JointMeeting


class JointMeetingItemResource(resources.ModelResource):
    class Meta:
        model = JointMeetingItem
