"""The editors' admin for agenda items, their documents, footnotes, panels and joint meetings."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.forms.models import BaseInlineFormSet
from django.http import JsonResponse
from django.template.loader import render_to_string
from django.urls import path
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from config.lib.admin import (
    ImportExportMixin,
    NoLostEditsMixin,
    PlainAdmin,
    RelatedLabelsMixin,
    TranslatedAdmin,
    TranslatedHistoryAdmin,
    session_language,
    translated_column,
    year_filter,
)
from config.lib.i18n import in_every_language

from .joint_preview import preview
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
    title_shown = translated_column("title", _("title"), session_language(), truncated=True)
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

    class Media:
        css = {"all": ("css/admin-editors.css",)}

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

    def add_fields(self, form, index):
        super().add_fields(form, index)
        # A table row's inputs are named by their column's heading to the eye only: named
        # for screen readers too (the heading's words, Django's own "Delete?").
        names = {"position": form.fields["position"].label, "DELETE": gettext("Delete?")}
        for name, label in names.items():
            if name in form.fields:
                form.fields[name].widget.attrs.setdefault("aria-label", str(label))

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


class JointMeetingItemInline(RelatedLabelsMixin, admin.TabularInline):
    """The meeting's items, each named with its session (“IRG 15 (2024) – 4(a). Overview …”);
    rows are added with the “Add another” link (static/js/admin-joint-preview.js numbers a new
    row's position after the others)."""

    model = JointMeetingItem
    formset = JointMeetingItemFormSet
    fields = ("position", "agenda_item", "footnote")
    autocomplete_fields = ("agenda_item", "footnote")
    extra = 0
    min_num = 0


@admin.register(JointMeeting)
class JointMeetingAdmin(NoLostEditsMixin, RelatedLabelsMixin, ImportExportMixin, admin.ModelAdmin):
    """Joint meetings, with a live preview of what the session pages will show of one in every
    language (the sentence under each item, its programme mark) as its items are chosen.

    Nothing on its page is translated: no translation tabs, hence no language switch."""

    resource_classes = [JointMeetingResource]
    change_form_template = "admin/agendas/jointmeeting/change_form.html"
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

    class Media:
        js = ("admin/js/jquery.init.js", "js/admin-joint-preview.js")
        css = {"all": ("css/admin-editors.css",)}

    def get_urls(self):
        return [
            path(
                "preview/",
                self.admin_site.admin_view(self.preview_view),
                name="agendas_jointmeeting_preview",
            ),
            *super().get_urls(),
        ]

    def preview_view(self, request):
        """JSON: the preview of the items ``item`` (repeated, in the meeting's order) with
        their footnotes ``footnote`` (repeated, empty for none) of the meeting ``meeting``
        (empty for a new one), as HTML and as each language's sentences in plain text."""
        if not (self.has_add_permission(request) or self.has_change_permission(request)):
            raise PermissionDenied
        items = request.GET.getlist("item")
        footnotes = request.GET.getlist("footnote")
        footnotes += [""] * (len(items) - len(footnotes))
        chosen = [
            (int(item), int(footnote) if footnote.isdigit() else None)
            for item, footnote in zip(items, footnotes, strict=False)
            if item.isdigit()
        ][:20]
        meeting = request.GET.get("meeting", "")
        shown = preview(chosen, meeting_pk=int(meeting) if meeting.isdigit() else None)
        return JsonResponse(
            {
                "html": render_to_string(
                    "admin/agendas/jointmeeting/preview.html", {"preview": shown}, request
                ),
                "problems": shown.problems,
                "languages": {
                    language.code: [
                        {
                            "item": f"{line.session}, {line.reference}",
                            "sentence": line.sentence.text if line.sentence else "",
                            "mark": line.mark,
                        }
                        for line in language.lines
                    ]
                    for language in shown.languages
                },
            }
        )

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
