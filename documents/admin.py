"""The editors' admin for documents, resolutions and mandates."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modeltranslation.admin import TranslationStackedInline

from config.lib.admin import (
    TranslatedHistoryAdmin,
    session_language,
    translated_column,
    year_filter,
)
from config.lib.i18n import in_every_language
from config.lib.reporting import report_actions

from .models import Document, Mandate, Resolution, parse_resolution_number
from .reports import DocumentsReport, MandatesReport
from .resources import DocumentResource, MandateResource, ResolutionResource


@admin.register(Document)
class DocumentAdmin(TranslatedHistoryAdmin):
    resource_classes = [DocumentResource]
    list_display = (
        "symbol",
        translated_column("title", _("title"), session_language()),
        "kind",
        "body",
        "session",
        "date",
    )
    list_filter = ("kind", ("body", admin.RelatedOnlyFieldListFilter), year_filter("date"))
    list_select_related = ("body", "session__body")
    date_hierarchy = "date"
    search_fields = ("symbol", *in_every_language("title"))
    autocomplete_fields = ("body", "session")
    actions = report_actions(
        DocumentsReport, pgettext_lazy("report", "Documents report of the selected documents")
    )


class MandateInline(TranslationStackedInline):
    model = Mandate
    fk_name = "resolution"
    fields = ("body", "letter", "position", "text")
    autocomplete_fields = ("body",)
    extra = 0


@admin.register(Resolution)
class ResolutionAdmin(TranslatedHistoryAdmin):
    resource_classes = [ResolutionResource]
    title_shown = translated_column("title", _("title"))
    list_display = ("number", title_shown, "adopted_at", "date")
    list_display_links = ("number", title_shown)
    list_filter = ("session_number", year_filter("date"))
    list_select_related = ("adopted_at__body",)
    date_hierarchy = "date"
    search_fields = in_every_language("title")
    autocomplete_fields = ("adopted_at",)
    inlines = [MandateInline]

    def get_search_results(self, request, queryset, search_term):
        """A resolution number such as 10/6 finds that resolution."""
        try:
            session_number, sequence = parse_resolution_number(search_term)
        except ValueError:
            return super().get_search_results(request, queryset, search_term)
        return queryset.filter(session_number=session_number, sequence=sequence), False


@admin.register(Mandate)
class MandateAdmin(TranslatedHistoryAdmin):
    resource_classes = [MandateResource]
    list_display = ("__str__", "body", "resolution", "letter", "position")
    list_filter = (("body", admin.RelatedOnlyFieldListFilter), "resolution__session_number")
    list_select_related = ("body", "resolution")
    search_fields = (
        *in_every_language("text"),
        *["resolution__" + field for field in in_every_language("title")],
        *["body__" + field for field in in_every_language("short_name")],
    )
    autocomplete_fields = ("resolution", "body")
    actions = report_actions(
        MandatesReport, pgettext_lazy("report", "Mandates report of the selected mandates")
    )
