"""The editors' admin for documents, resolutions and mandates."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modeltranslation.admin import TranslationStackedInline

from config.lib.admin import (
    PlainAdmin,
    TranslatedHistoryAdmin,
    session_language,
    translated_column,
    year_filter,
)
from config.lib.i18n import in_every_language
from config.lib.reporting import report_actions

from .keys import resolution_query
from .models import Document, DocumentSymbol, Mandate, Resolution
from .reports import DocumentsReport, MandatesReport
from .resources import (
    DocumentResource,
    DocumentSymbolResource,
    MandateResource,
    ResolutionResource,
)


class DocumentSymbolInline(admin.TabularInline):
    """The document's other symbols (a paper issued jointly); each one's issuing body
    follows from its prefix."""

    model = DocumentSymbol
    fields = ("symbol", "body")
    readonly_fields = ("body",)
    extra = 0


@admin.register(DocumentSymbol)
class DocumentSymbolAdmin(PlainAdmin):
    """Every other symbol, with its document; edited on the document's page too."""

    resource_classes = [DocumentSymbolResource]
    list_display = ("symbol", "document", "body")
    list_select_related = ("document", "body")
    search_fields = ("symbol", "document__symbol")
    autocomplete_fields = ("document",)
    readonly_fields = ("body",)


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
    search_fields = ("symbol", "other_symbols__symbol", *in_every_language("title"))
    inlines = [DocumentSymbolInline]
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
    list_display = ("number", "kind", "organ", title_shown, "adopted_at", "date")
    list_display_links = ("number", title_shown)
    list_filter = ("organ", "kind", "session_number", year_filter("date"))
    list_select_related = ("adopted_at__body",)
    date_hierarchy = "date"
    search_fields = in_every_language("title")
    autocomplete_fields = ("adopted_at",)
    inlines = [MandateInline]

    def get_search_results(self, request, queryset, search_term):
        """A number such as 7/1 finds the resolutions and decisions of that number; a key
        such as decision 7/1 or A/RES/58/4 finds that one."""
        query = resolution_query(search_term)
        if query is None:
            return super().get_search_results(request, queryset, search_term)
        return queryset.filter(query), False


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
