"""What every admin of the project shares: translation tabs, import/export, history,
year filters, and labels for related objects."""

from django.contrib import admin, messages
from django.db.models.functions import ExtractYear
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportMixin as LibraryImportExportMixin
from import_export.forms import ImportForm
from modeltranslation.admin import TabbedTranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from . import csp, spreadsheet
from .resources import error_messages


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


class CheckedImportForm(ImportForm):
    """The import form, which also reads the file: one that is not UTF-8 (for CSV), not of
    the chosen format, or without a column every row needs is refused with a message on
    the form, before any row is imported."""

    def __init__(self, formats, resources, **kwargs):
        self.format_classes = formats
        self.resource_classes = resources
        super().__init__(formats, resources, **kwargs)

    def clean(self):
        cleaned_data = super().clean()
        upload = cleaned_data.get("import_file")
        chosen = cleaned_data.get("format")
        if upload is None or chosen in (None, ""):
            return cleaned_data
        file_format = self.format_classes[int(chosen)]()
        try:
            dataset = spreadsheet.read_dataset(file_format, b"".join(upload.chunks()))
        except spreadsheet.UnreadableFile as error:
            self.add_error("import_file", str(error))
            return cleaned_data
        resource_class = self.resource_classes[int(cleaned_data.get("resource") or 0)]
        message = resource_class.missing_columns_message(dataset.headers)
        if message:
            self.add_error("import_file", message)
        return cleaned_data


class ImportExportMixin(LibraryImportExportMixin):
    """Import and export as the project does them: CSV (encoded as ``CSV_ENCODING``) and
    XLSX only, both safe in a spreadsheet; a file is read and checked before its preview
    (new, changed and unchanged rows), and an import with a bad row writes nothing."""

    import_form_class = CheckedImportForm
    formats = spreadsheet.FORMATS

    def export_action(self, request):
        """The export page, whose template (import-export 4.4's admin/import_export/export.html)
        has the "Select all" toggle's inline handler and two style attributes: allowed by their
        hashes on this page only (config/lib/csp.py)."""
        view = csp.allow_inline_attributes(
            super().export_action,
            scripts=["onSelectToggleChange(event)"],
            styles=["padding: 0;", "font-weight: bold;"],
        )
        return view(request)

    @property
    def from_encoding(self):
        return spreadsheet.import_encoding()

    @property
    def to_encoding(self):
        return spreadsheet.export_encoding()

    def get_import_data_kwargs(self, **kwargs):
        kwargs = super().get_import_data_kwargs(**kwargs)
        kwargs["rollback_on_validation_errors"] = True
        return kwargs

    def process_result(self, result, request):
        """The confirmed import: were the data changed since the preview so that a row
        fails now, nothing is written and the editor is told why."""
        if result.has_errors() or result.has_validation_errors():
            messages.error(
                request,
                gettext("Nothing was imported: %(errors)s")
                % {"errors": "; ".join(error_messages(result))},
            )
            app_label, model_name = self.get_model_info()
            return HttpResponseRedirect(
                reverse(f"admin:{app_label}_{model_name}_import", current_app=self.admin_site.name)
            )
        return super().process_result(result, request)


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

    def history_view(self, request, object_id, extra_context=None):
        """The History page, whose paginator (simple_history 3.x's object_history_list.html)
        has an inline style: allowed by its hash on this page only (config/lib/csp.py)."""
        view = csp.allow_inline_attributes(super().history_view, styles=["border-top: 0"])
        return view(request, object_id, extra_context=extra_context)


class PlainAdmin(RelatedLabelsMixin, ImportExportMixin, TabsMedia):
    """A model without translated fields (its inlines may have some): import and export."""
