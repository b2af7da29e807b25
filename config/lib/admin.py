"""What every admin of the project shares: translation tabs, import/export, history,
year filters, labels for related objects, and no lost edits (a change form refuses to save
over changes someone else made since it was opened)."""

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_permission_codename
from django.db.models.functions import ExtractYear
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportMixin as LibraryImportExportMixin
from import_export.forms import ImportForm, SelectableFieldsExportForm
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.utils import build_localized_fieldname
from simple_history.admin import SimpleHistoryAdmin

from . import csp, spreadsheet, versions
from .i18n import FALLBACK_LANGUAGE, translated
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


class ColumnsExportForm(SelectableFieldsExportForm):
    """The export form, whose column check boxes never overwrite the form's own fields.

    The library's form names each column's check box ``<resource>_<field>`` and, once
    valid, renames them back to ``<field>`` in ``cleaned_data``, where a column named like
    one of the form's own fields (the sessions' ``format``, the file format's field) takes
    its place: the file format is then read from the check box, and the column, whose
    value is the file format's index, is left out of the file. Here the chosen columns are
    kept apart, and ``cleaned_data`` keeps the form's own fields."""

    def _normalize_resource_fields(self, selected_resource):
        prefix = selected_resource.__name__.lower() + "_"
        self._selected_resource_fields = [
            name.removeprefix(prefix)
            for name in self.resource_fields[selected_resource.__name__]
            if self.cleaned_data.get(name) is True
        ]

    def get_selected_resource_export_fields(self):
        chosen = set(self._selected_resource_fields)
        return [
            name for name in self.get_selected_resource()().get_export_order() if name in chosen
        ]

    def _validate_any_field_selected(self, resource):
        if not self._selected_resource_fields:
            raise forms.ValidationError(
                gettext("Select at least one column to export."), code="invalid"
            )


class ImportExportMixin(LibraryImportExportMixin):
    """Import and export as the project does them: CSV (encoded as ``CSV_ENCODING``) and
    XLSX only, both safe in a spreadsheet; a file is read and checked before its preview
    (new, changed and unchanged rows, and the warnings of ``config.lib.resources``: values
    a row would empty, records changed since their export, flagged fields changed), and an
    import with a bad row writes nothing. Importing needs the permissions to add and to
    change the model (a file can do both); exporting needs the permission to view it."""

    import_form_class = CheckedImportForm
    export_form_class = ColumnsExportForm
    formats = spreadsheet.FORMATS
    #: The preview lists at most this many warnings, and how many more there are.
    shown_warnings = 50

    def has_import_permission(self, request):
        opts = self.opts
        return all(
            request.user.has_perm(f"{opts.app_label}.{get_permission_codename(action, opts)}")
            for action in ("add", "change")
        )

    def has_export_permission(self, request):
        return self.has_view_permission(request)

    def import_action(self, request, **kwargs):
        """The import page; a preview that can be confirmed lists its warnings above the
        confirmation, for the editor to look at before confirming."""
        response = super().import_action(request, **kwargs)
        context = getattr(response, "context_data", None) or {}
        result, confirm = context.get("result"), context.get("confirm_form")
        found = getattr(result, "import_warnings", None)
        if confirm is not None and found:
            messages.warning(
                request,
                ngettext(
                    "Look at this warning before you confirm the import:",
                    "Look at these %(count)s warnings before you confirm the import:",
                    len(found),
                )
                % {"count": len(found)},
            )
            for warning in found[: self.shown_warnings]:
                messages.warning(request, str(warning))
            if len(found) > self.shown_warnings:
                more = len(found) - self.shown_warnings
                messages.warning(
                    request,
                    ngettext("… and %(count)s more.", "… and %(count)s more.", more)
                    % {"count": more},
                )
        return response

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


#: The change form's hidden field with the version of what the page shows.
VERSION_FIELD = "edit_version"


def _when(moment):
    return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def _change_message(change):
    """One change someone else made, in a sentence: what, which fields, who and when."""
    opts = change.model._meta
    what = gettext("%(model)s “%(object)s”") % {
        "model": capfirst(opts.verbose_name),
        "object": change.label,
    }
    by = {"users": ", ".join(name or gettext("an unknown user") for name in change.who)}
    by["time"] = _when(change.when) if change.when else ""
    if change.kind == "added":
        if change.who:
            return gettext("%(what)s: added by %(users)s (%(time)s).") % {"what": what, **by}
        return gettext("%(what)s: added.") % {"what": what}
    if change.kind == "deleted":
        if not change.label:
            return gettext("One of the %(models)s shown on this page: deleted.") % {
                "models": opts.verbose_name_plural
            }
        if change.who:
            return gettext("%(what)s: deleted by %(users)s (%(time)s).") % {"what": what, **by}
        return gettext("%(what)s: deleted.") % {"what": what}
    names = []
    for name in change.fields:
        try:
            names.append(str(opts.get_field(name).verbose_name))
        except LookupError:
            names.append(name)
    fields = ", ".join(names)
    if change.who:
        return gettext("%(what)s: %(fields)s changed by %(users)s (%(time)s).") % {
            "what": what,
            "fields": fields,
            **by,
        }
    return gettext("%(what)s: %(fields)s changed.") % {"what": what, "fields": fields}


def versioned_form(form_class, current_token, conflict):
    """``form_class`` with the hidden version field: a new form carries ``current_token()``;
    a posted one whose ``conflict(token)`` answers (messages, current token) is refused with
    those messages, and the page shown again carries the current version, so that saving
    it once more, after a look at their changes, replaces them with the editor's input."""

    class VersionedForm(form_class):
        edit_version = forms.CharField(widget=forms.HiddenInput, required=False)

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            if not self.is_bound:
                self.initial[VERSION_FIELD] = current_token()

        @cached_property
        def changed_data(self):
            # The version is the page's, not data of the object: no "Changed edit_version."
            return [name for name in super().changed_data if name != VERSION_FIELD]

        def clean(self):
            key = self.add_prefix(VERSION_FIELD)
            refusal = conflict(self.data.get(key, ""))
            if refusal is not None:
                refusal_messages, token = refusal
                for message in refusal_messages:
                    self.add_error(None, message)
                self.data = self.data.copy()
                self.data[key] = token
            return super().clean()

    VersionedForm.__name__ = form_class.__name__
    VersionedForm.__qualname__ = form_class.__qualname__
    return VersionedForm


class NoLostEditsMixin:
    """A change form that knows the version of what it shows (the object and its inline
    rows: config.lib.versions) and refuses to save when any of it changed since the page
    was opened, naming who changed what and when; the editor's input is shown again with
    the refusal, to be merged by hand. A new object (the add form) has nothing to check.

    The version is a hidden field rendered by ``change_form_template`` (an admin that needs
    its own template extends this one)."""

    change_form_template = "admin/versioned_change_form.html"

    def version_inlines(self, request, obj):
        """(model, foreign key name) of each inline of obj's page."""
        return [
            (inline.model, inline.get_formset(request, obj).fk.name)
            for inline in self.get_inline_instances(request, obj)
        ]

    def page_version(self, request, obj, *, lock=False):
        return versions.page_version(obj, self.version_inlines(request, obj), lock=lock)

    def edit_conflict(self, request, obj, token):
        """None when the page's ``token`` is the current version of obj's page, otherwise
        (the messages that say why the save is refused, the current version's token)."""
        inlines = self.version_inlines(request, obj)
        current = versions.page_version(obj, inlines, lock=True)
        try:
            opened = versions.read_token(token)
        except versions.BadToken:
            refusal = [
                gettext(
                    "Not saved: this page did not say which version of the %(model)s it was "
                    "opened on, so changes made since by someone else could be lost. Your "
                    "input is still below: check it and save again."
                )
                % {"model": self.model._meta.verbose_name}
            ]
            return refusal, versions.make_token(current)
        models = {m._meta.label_lower: m for m in [self.model, *(m for m, _fk in inlines)]}
        found = versions.changes(opened.rows, current, models)
        if not found:
            return None
        versions.describe(found, opened.at)
        refusal = [
            ngettext(
                "Not saved: since you opened this page (%(time)s), someone else has made "
                "this change:",
                "Not saved: since you opened this page (%(time)s), someone else has made "
                "these changes:",
                len(found),
            )
            % {"time": _when(opened.at)},
            *[_change_message(change) for change in found],
            gettext(
                "Your input is still below. To keep their changes, open the page again; "
                "to replace them with your input, save again."
            ),
        ]
        return refusal, versions.make_token(current)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if not change or obj is None or obj.pk is None:
            return form
        return versioned_form(
            form,
            current_token=lambda: versions.make_token(self.page_version(request, obj)),
            conflict=lambda token: self.edit_conflict(request, obj, token),
        )


# After modeltranslation's tabs: start the language switch on the default language.
# (Listed after modeltranslation's own scripts so that the media merge keeps it after them.)
TABS_JS = (*TabbedTranslationAdmin.Media.js, "js/admin-translation-tabs.js")


class TabsMedia(admin.ModelAdmin):
    """The translation tabs' scripts for an admin whose own model is not translated but
    whose inlines are (TabbedTranslationAdmin brings them for translated models)."""

    class Media:
        js = TABS_JS
        css = TabbedTranslationAdmin.Media.css


def translated_column(field, description, original_language=None, *, truncated=False):
    """A changelist column of the translated ``field`` as the public pages show it: the
    admin's language, English, the original language (``original_language(obj)``), then any
    language with text; a fallback isolated and marked with its language's name, so that a
    Spanish-only title is seen, and seen to be Spanish. Sorted by the English column.

    A ``truncated`` column keeps to one line, cut with an ellipsis by the admin's style
    sheet (static/css/admin-editors.css), its full text shown on hover (its title)."""

    @admin.display(
        description=description, ordering=build_localized_fieldname(field, FALLBACK_LANGUAGE)
    )
    def column(obj):
        value = translated(obj, field, original_language(obj) if original_language else None)
        if truncated:
            return format_html('<span class="truncated" title="{}">{}</span>', value.text, value)
        # As HTML already (a link column would otherwise print the plain text).
        return format_html("{}", value)

    column.__name__ = f"{field}_shown"
    return column


def session_language(path=""):
    """``original_language`` of :func:`translated_column` for objects of a session: the
    original language of ``obj.<path>.session`` (``path`` like ``"agenda_item"``)."""

    def original_language(obj):
        for attribute in filter(None, path.split(".")):
            obj = getattr(obj, attribute)
        session = obj.session if obj is not None else None
        return session.original_language if session is not None else None

    return original_language


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


class TranslatedAdmin(
    NoLostEditsMixin, RelatedLabelsMixin, ImportExportMixin, TabbedTranslationAdmin
):
    """A translated model: language tabs, import and export."""

    class Media:
        js = TABS_JS


class TranslatedHistoryAdmin(
    NoLostEditsMixin,
    RelatedLabelsMixin,
    ImportExportMixin,
    SimpleHistoryAdmin,
    TabbedTranslationAdmin,
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


class PlainAdmin(NoLostEditsMixin, RelatedLabelsMixin, ImportExportMixin, TabsMedia):
    """A model without translated fields (its inlines may have some): import and export."""
