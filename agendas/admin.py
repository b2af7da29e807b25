"""The editors' admin for agenda items, their documents, footnotes, panels and joint meetings."""

from django.contrib import admin
from django.db.models import Prefetch
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from config.lib.admin import (
    PlainAdmin,
    TranslatedAdmin,
    TranslatedHistoryAdmin,
    session_language,
    translated_column,
    year_filter,
)
from config.lib.i18n import in_every_language

from .models import (
    AgendaItem,
    AgendaItemDocument,
    Footnote,
    JointMeeting,
    JointMeetingItem,
    PanelDiscussion,
    validate_joint_meeting,
)
from .resources import (
    AgendaItemDocumentResource,
    AgendaItemResource,
    FootnoteResource,
    JointMeetingItemResource,
    JointMeetingResource,
    PanelDiscussionResource,
)

SESSION_SEARCH = (
    "session__agenda_symbol",
    "session__body__symbol_prefix",
    *["session__body__" + field for field in in_every_language("short_name")],
)


class AgendaItemDocumentInline(admin.TabularInline):
    model = AgendaItemDocument
    fields = ("position", "document", "listed")
    autocomplete_fields = ("document",)
    extra = 0


class PanelDiscussionInline(TranslationTabularInline):
    model = PanelDiscussion
    fields = ("position", "title")
    extra = 0


@admin.register(AgendaItem)
class AgendaItemAdmin(TranslatedHistoryAdmin):
    resource_classes = [AgendaItemResource]
    title_shown = translated_column("title", _("title"), session_language())
    list_display = ("label", title_shown, "session", "parent_label")
    list_display_links = ("label", title_shown)
    list_filter = (
        ("session__body", admin.RelatedOnlyFieldListFilter),
        year_filter("session__start_date"),
        "session__status",
    )
    list_select_related = ("session__body", "parent")
    search_fields = ("label", *in_every_language("title"), *SESSION_SEARCH)
    autocomplete_fields = ("session", "parent", "resolutions")
    ordering = ("-session__start_date", "session__body__symbol_prefix", "position")
    inlines = [AgendaItemDocumentInline, PanelDiscussionInline]
    fields = ("session", ("number", "parent", "letter"), "title", "annotation", "resolutions")
    autocomplete_select_related = ("session__body",)

    @staticmethod
    def autocomplete_label(item):
        """An item named with its session: “Testing WG 1 (2025) – 2. Adoption of the report”."""
        return f"{item.session} – {item.label}. {item.title}"

    def get_queryset(self, request):
        # (A queryset with select_related makes the changelist skip list_select_related.)
        return super().get_queryset(request).select_related("session__body", "parent")

    @admin.display(description=_("sub-item of"), ordering="parent__position")
    def parent_label(self, item):
        return item.parent.label if item.parent_id else ""


@admin.register(AgendaItemDocument)
class AgendaItemDocumentAdmin(PlainAdmin):
    resource_classes = [AgendaItemDocumentResource]
    list_display = ("document", "agenda_item", "listed", "position")
    list_filter = ("listed", ("document__kind"))
    list_select_related = ("agenda_item__session__body", "document")
    search_fields = ("document__symbol", *["agenda_item__" + f for f in in_every_language("title")])
    autocomplete_fields = ("agenda_item", "document")


@admin.register(Footnote)
class FootnoteAdmin(TranslatedAdmin):
    resource_classes = [FootnoteResource]
    list_display = ("number", translated_column("text", _("text"), session_language()), "session")
    list_filter = (("session__body", admin.RelatedOnlyFieldListFilter),)
    list_select_related = ("session__body",)
    search_fields = (*in_every_language("text"), *SESSION_SEARCH)
    autocomplete_fields = ("session",)
    autocomplete_select_related = ("session__body",)

    @staticmethod
    def autocomplete_label(footnote):
        return f"{footnote.session} – {footnote}"


@admin.register(PanelDiscussion)
class PanelDiscussionAdmin(TranslatedAdmin):
    resource_classes = [PanelDiscussionResource]
    list_display = (
        translated_column("title", _("title"), session_language("agenda_item")),
        "agenda_item",
    )
    list_filter = (("agenda_item__session__body", admin.RelatedOnlyFieldListFilter),)
    list_select_related = ("agenda_item__session__body",)
    search_fields = in_every_language("title")
    autocomplete_fields = ("agenda_item",)


class JointMeetingItemFormSet(BaseInlineFormSet):
    """The rule of a joint meeting, checked over all its items at once: at least two items,
    each of a session of a different body, the sessions meeting at the same time."""

    def clean(self):
        super().clean()
        if any(form.errors for form in self.forms):
            return
        items = [
            form.cleaned_data["agenda_item"]
            for form in self.forms
            if form.cleaned_data
            and form.cleaned_data.get("agenda_item")
            and not self._should_delete_form(form)
        ]
        validate_joint_meeting(items)


class JointMeetingItemInline(admin.TabularInline):
    model = JointMeetingItem
    formset = JointMeetingItemFormSet
    fields = ("position", "agenda_item", "footnote")
    autocomplete_fields = ("agenda_item", "footnote")
    extra = 2
    min_num = 0


@admin.register(JointMeeting)
class JointMeetingAdmin(PlainAdmin):
    resource_classes = [JointMeetingResource]
    list_display = ("items_display",)
    list_display_links = ("items_display",)
    list_filter = (("memberships__agenda_item__session__body", admin.RelatedOnlyFieldListFilter),)
    search_fields = (
        "memberships__agenda_item__label",
        "memberships__agenda_item__session__agenda_symbol",
        *["memberships__agenda_item__" + field for field in in_every_language("title")],
        *[
            "memberships__agenda_item__session__body__" + field
            for field in in_every_language("short_name")
        ],
    )
    inlines = [JointMeetingItemInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related(
                Prefetch(
                    "memberships",
                    queryset=JointMeetingItem.objects.select_related("agenda_item__session__body"),
                )
            )
        )

    @admin.display(description=_("agenda items considered jointly"))
    def items_display(self, joint_meeting):
        # Plain text: the admin escapes it.
        return "; ".join(
            AgendaItemAdmin.autocomplete_label(m.agenda_item)
            for m in joint_meeting.memberships.all()
        )


@admin.register(JointMeetingItem)
class JointMeetingItemAdmin(PlainAdmin):
    resource_classes = [JointMeetingItemResource]
    list_display = ("__str__", "joint_meeting", "position", "footnote")
    list_select_related = ("agenda_item__session__body", "footnote__session__body")
    list_filter = (("agenda_item__session__body", admin.RelatedOnlyFieldListFilter),)
    search_fields = (
        "agenda_item__label",
        *["agenda_item__" + f for f in in_every_language("title")],
    )
    autocomplete_fields = ("joint_meeting", "agenda_item", "footnote")
