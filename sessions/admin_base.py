"""What every admin of the project shares: translation tabs, import/export, history,
year filters, and labels for related objects."""

from django.conf import settings
from django.contrib import admin
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportMixin
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.utils import build_localized_fieldname
from simple_history.admin import SimpleHistoryAdmin


def in_every_language(*fields):
    """``("title",)`` → ``["title_ar", "title_zh_hans", "title_en", ...]``: for search_fields."""
    return [
        build_localized_fieldname(field, code) for field in fields for code, _ in settings.LANGUAGES
    ]


def year_filter(field_path, title=None):
    """A list filter by the year of a date (``start_date``, ``session__start_date``)."""

    class YearFilter(admin.SimpleListFilter):
        parameter_name = f"{field_path.replace('__', '_')}_year"

        def lookups(self, request, model_admin):
            years = (
                model_admin.get_queryset(request)
                .exclude(**{f"{field_path}__isnull": True})
                .annotate(filter_year=ExtractYear(field_path))
                .order_by("-filter_year")
                .values_list("filter_year", flat=True)
                .distinct()
            )
            return [(str(year), str(year)) for year in years]

        def queryset(self, request, queryset):
            value = self.value()
            if value and value.isdigit():
                return queryset.filter(**{f"{field_path}__year": int(value)})
            return queryset

    YearFilter.title = title or _("year")
    return YearFilter


# After modeltranslation's tabs: start the language switch on the default language.
# (Listed after modeltranslation's own scripts so that the media merge keeps it after them.)
TABS_JS = (*TabbedTranslationAdmin.Media.js, "js/admin-translation-tabs.js")


class TabsMedia(admin.ModelAdmin):
    """The translation tabs' scripts for an admin whose own model is not translated but
    whose inlines are (TabbedTranslationAdmin brings them for translated models)."""

    class Media:
        js = TABS_JS
        css = TabbedTranslationAdmin.Media.css


class RelatedLabelsMixin:
    """Label choices of a related model by its admin's ``autocomplete_label``, fetching what
    the label needs (``autocomplete_select_related``) in the same query."""

    def _label_related(self, db_field, formfield):
        related_admin = self.admin_site._registry.get(db_field.related_model)
        label = getattr(related_admin, "autocomplete_label", None)
        if formfield is not None and label is not None:
            formfield.label_from_instance = label
            related = getattr(related_admin, "autocomplete_select_related", ())
            if related:
                formfield.queryset = formfield.queryset.select_related(*related)
        return formfield

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        formfield = super().formfield_for_foreignkey(db_field, request, **kwargs)
        return self._label_related(db_field, formfield)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        formfield = super().formfield_for_manytomany(db_field, request, **kwargs)
        return self._label_related(db_field, formfield)


class TranslatedAdmin(RelatedLabelsMixin, ImportExportMixin, TabbedTranslationAdmin):
    """A translated model: language tabs, import and export."""

    class Media:
        js = TABS_JS


class TranslatedHistoryAdmin(
    RelatedLabelsMixin, ImportExportMixin, SimpleHistoryAdmin, TabbedTranslationAdmin
):
    """A translated model with history: language tabs, import and export, and a History
    page that shows who changed which field (in which language) and when."""

    class Media:
        js = TABS_JS


class PlainAdmin(RelatedLabelsMixin, ImportExportMixin, TabsMedia):
    """A model without translated fields (its inlines may have some): import and export."""
