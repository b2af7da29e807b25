"""The editors' admin for bodies, venues, sessions and the programme of work.

The session's change form is the editor's workbench: its agenda items (and sub-items),
programme slots and footnotes are edited inline on it; a slot's own page holds its
entries.
"""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count
from django.forms.models import BaseInlineFormSet
from django.http import HttpResponseRedirect
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline

from agendas.models import AgendaItem, Footnote
from agendas.reading.views import ReadDocumentView
from agendas.reports import AgendaReport, TranslationsReport
from agendas.translation_status import prefetched_status
from config.lib.admin import (
    PlainAdmin,
    TranslatedAdmin,
    TranslatedHistoryAdmin,
    translated_column,
    year_filter,
)
from config.lib.countries import country_choices
from config.lib.i18n import LOCAL_NAMES, in_every_language
from config.lib.reporting import report_actions
from documents.models import Mandate, symbol_validator
from documents.services import keep_agenda_document

from . import services
from .models import Body, ProgrammeEntry, ProgrammeSlot, Session, Venue
from .reports import SessionsReport
from .resources import (
    BodyResource,
    ProgrammeEntryResource,
    ProgrammeSlotResource,
    SessionResource,
    VenueResource,
)
from .workbench import TIME_WIDGET, AgendaItemInline, ProgrammeSlotInline


class MandateInline(TranslationStackedInline):
    model = Mandate
    fk_name = "body"
    fields = ("resolution", "letter", "position", "text")
    autocomplete_fields = ("resolution",)
    extra = 0


@admin.register(Body)
class BodyAdmin(TranslatedAdmin):
    resource_classes = [BodyResource]
    list_display = (
        translated_column("short_name", _("short name")),
        translated_column("name", _("name")),
        "symbol_prefix",
        "kind",
        "parent",
        "session_count",
    )
    list_filter = ("kind", ("parent", admin.RelatedOnlyFieldListFilter))
    search_fields = ("symbol_prefix", "slug", *in_every_language("name", "short_name"))
    list_select_related = ("parent",)
    autocomplete_fields = ("parent",)
    prepopulated_fields = {"slug": ("short_name",)}
    inlines = [MandateInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(number_of_sessions=Count("sessions"))

    @admin.display(description=_("sessions"), ordering="number_of_sessions")
    def session_count(self, body):
        return body.number_of_sessions


@admin.register(Venue)
class VenueAdmin(TranslatedAdmin):
    resource_classes = [VenueResource]
    list_display = ("name", "city", "country")
    list_filter = ("country",)
    search_fields = ("country", *in_every_language("name", "city"))


# --- The session's workbench -------------------------------------------------------------


class FootnoteInline(TranslationStackedInline):
    model = Footnote
    fields = ("number", "text")
    extra = 0
    # Folded: opened when a footnote is written or changed.
    classes = ("collapse",)


class SessionAdminForm(forms.ModelForm):
    """The session with its agenda items edited inline on the same page: publishing needs
    at least one item (unless the session is published without an agenda), counted among
    those the page will save with the session; the model's clean() says what is missing."""

    items_prefix = "agenda_items"

    class Meta:
        model = Session
        fields = (
            "body",
            "ordinal",
            "part",
            "title",
            "status",
            "without_agenda",
            "start_date",
            "end_date",
            "opening_time",
            "city",
            "country",
            "venue",
            "room",
            "format",
            "resources_note",
            "agenda_symbol",
            "document_title",
            "programme_style",
            "distribution",
            "distribution_date",
            "original_language",
            "resolutions",
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in in_every_language("resources_note"):
            if name in self.fields:
                self.fields[name].widget.attrs["rows"] = 3
        if "country" in self.fields:
            # The countries named in the editor's language, found by typing their name.
            self.fields["country"].widget = forms.Select(
                choices=[("", "---------"), *country_choices()]
            )

    def pending_agenda_item_count(self):
        total = self.data.get(f"{self.items_prefix}-TOTAL_FORMS")
        if total is None or not str(total).isdigit():
            return None
        count = 0
        for index in range(min(int(total), 1000)):
            prefix = f"{self.items_prefix}-{index}-"
            if self.data.get(prefix + "DELETE") not in (None, "", "false", "False", "off"):
                continue
            existing = bool(self.data.get(prefix + "id"))
            entered = bool(self.data.get(prefix + "item_label"))
            entered = entered or any(
                self.data.get(prefix + field) for field in in_every_language("title")
            )
            if existing or entered:
                count += 1
        return count

    def clean_agenda_symbol(self):
        """The agenda's symbol names a document: a UN document symbol."""
        symbol = (self.cleaned_data.get("agenda_symbol") or "").strip() or None
        if symbol:
            symbol_validator(symbol)
        return symbol

    def clean(self):
        cleaned_data = super().clean()
        # The model's clean() (run next) counts the items this page will save.
        self.instance.agenda_items_to_save = self.pending_agenda_item_count()
        return cleaned_data


def admin_change_url(obj, site_name="admin"):
    """The admin change page of ``obj``."""
    opts = obj._meta
    return reverse(f"{site_name}:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


@admin.register(Session)
class SessionAdmin(TranslatedHistoryAdmin):
    resource_classes = [SessionResource]
    form = SessionAdminForm
    # The list with the link to “New session from the official document” (import-export
    # extends it with its buttons).
    change_list_template = "admin/meetings/session/change_list.html"
    # What fits a 1280 px screen beside the filters in every language: the session (its
    # number and part), its agenda's symbol, body, dates, city and status
    # (static/css/admin-editors.css); the number of agenda items is on the session's page.
    list_display = (
        "session_display",
        "agenda_symbol",
        "body",
        "dates",
        "city_display",
        "status",
    )
    list_display_links = ("session_display",)
    list_filter = (
        "status",
        "body",
        "part",
        year_filter("start_date"),
        "format",
        "without_agenda",
        "country",
    )
    list_select_related = ("body", "venue")
    date_hierarchy = "start_date"
    search_fields = (
        "agenda_symbol",
        "body__symbol_prefix",
        *in_every_language("title", "city"),
        *["body__" + field for field in in_every_language("short_name", "name")],
    )
    autocomplete_fields = ("body", "venue", "resolutions")
    actions = [
        "publish",
        "return_to_draft",
        "prepare_next_session",
        *report_actions(
            SessionsReport, pgettext_lazy("report", "Sessions report of the selected sessions")
        ),
        *report_actions(
            AgendaReport,
            pgettext_lazy("report", "Agenda report of the selected sessions"),
            of_sessions=True,
        ),
        *report_actions(
            TranslationsReport,
            pgettext_lazy("report", "Translation status of the selected sessions"),
        ),
    ]
    inlines = [AgendaItemInline, ProgrammeSlotInline, FootnoteInline]
    formfield_overrides = {models.TimeField: TIME_WIDGET}
    fieldsets = (
        (
            None,
            {
                "fields": (
                    ("body", "ordinal", "part"),
                    "title",
                    ("status", "revisions"),
                    "without_agenda",
                )
            },
        ),
        (
            _("Dates and place"),
            {
                "fields": (
                    ("start_date", "end_date", "opening_time"),
                    "city",
                    ("country", "format"),
                    "venue",
                    "room",
                    "resources_note",
                )
            },
        ),
        (
            _("Provisional agenda document"),
            {
                "fields": (
                    ("agenda_symbol", "distribution", "distribution_date"),
                    "document_title",
                    ("programme_style", "original_language"),
                    "resolutions",
                    ("document_files", "agenda_workbook"),
                )
            },
        ),
        (_("Translation status"), {"fields": ("translation_status",)}),
    )
    readonly_fields = ("translation_status", "document_files", "agenda_workbook", "revisions")

    class Media:
        js = ("js/session-workbench.js",)
        css = {"all": ("css/admin-editors.css", "css/session-workbench.css")}

    @admin.display(description=_("session"), ordering="ordinal")
    def session_display(self, session):
        """“18”, “6 (resumed)”: the body is the next column."""
        return session.numbered

    @admin.display(description=_("dates"), ordering="start_date")
    def dates(self, session):
        if not session.start_date:
            return "–"
        return format_html(
            "{}<br>{}",
            date_format(session.start_date, "SHORT_DATE_FORMAT"),
            date_format(session.end_date, "SHORT_DATE_FORMAT"),
        )

    def version_inlines(self, request, obj):
        # The slots' entries are chosen in the slots' rows of this page.
        return [*super().version_inlines(request, obj), (ProgrammeEntry, "slot__session")]

    def get_urls(self):
        read_document = self.admin_site.admin_view(ReadDocumentView.as_view(model_admin=self))
        return [
            path("read-document/", read_document, name="meetings_session_read_document"),
            *super().get_urls(),
        ]

    @admin.display(description=_("document files"))
    def document_files(self, session):
        """The provisional agenda and annotations as DOCX and PDF, in each language (the
        session page's downloads, which editors reach for a draft too)."""
        if not session.pk:
            return "–"
        links = []
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                urls = [
                    reverse(
                        "meetings:session-document",
                        kwargs={
                            "body": session.body.slug,
                            "ordinal": session.ordinal,
                            "file_format": file_format,
                        },
                    )
                    for file_format in ("docx", "pdf")
                ]
            links.append((LOCAL_NAMES.get(code, code), *urls))
        return format_html_join(
            mark_safe(" · "),  # noqa: S308 (a constant)
            '{}: <a href="{}">DOCX</a>, <a href="{}">PDF</a>',
            links,
        )

    @admin.display(description=_("revisions"))
    def revisions(self, session):
        """The revision delegates see (publishing.Revision), and the page where the changes
        since then are reviewed and published as the next one."""
        if not session.pk:
            return "–"
        current = session.revisions.current()
        publish_url = reverse(
            f"{self.admin_site.name}:publishing_revision_publish", args=[session.pk]
        )
        if current is None:
            state = gettext("No revision published yet.")
            action = gettext("Publish revision 1")
        else:
            state = gettext("Delegates see revision %(number)d, published on %(date)s.") % {
                "number": current.number,
                "date": date_format(current.published_at, "DATE_FORMAT"),
            }
            action = gettext("Review the changes since then and publish revision %(number)d") % {
                "number": current.number + 1
            }
        return format_html('{} <a href="{}">{}</a>', state, publish_url, action)

    @admin.display(description=_("agenda workbook"))
    def agenda_workbook(self, session):
        """The session's agenda as one XLSX workbook (config/workbook.py), to edit and
        upload again from the sessions' list."""
        if not session.pk:
            return "–"
        return format_html(
            '<a href="{}">{}</a>',
            reverse("workbook-download", args=[session.pk]),
            gettext("Agenda workbook (XLSX)"),
        )

    @admin.display(description=_("texts in each language"))
    def translation_status(self, session):
        """Per language, the document's texts filled of those needed, computed from the data,
        and the texts still missing, each linked to the page where it is entered."""
        if not session.pk:
            return _("Saved sessions show here how complete each language version is.")
        session = Session.objects.with_document_texts().get(pk=session.pk)
        languages = [
            {
                "status": status,
                "missing": [
                    (text.label, admin_change_url(text.obj, self.admin_site.name))
                    for text in status.missing
                ],
            }
            for status in prefetched_status(session).languages()
        ]
        return render_to_string("sessions/admin_translation_status.html", {"languages": languages})

    @admin.display(description=_("city"), ordering="city")
    def city_display(self, session):
        """The city, and its country under it (“Vienna / Austria”)."""
        if not session.country:
            return session.city or "–"
        return format_html("{}<br><small>{}</small>", session.city, session.country_name)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if "status" in form.changed_data and form.instance.is_published:
            # Published from its form as by the action: the first revision is frozen.
            services.publish_session(session=form.instance)
        else:
            # The agenda's symbol is a document of the session.
            keep_agenda_document(session=form.instance)

    @admin.action(description=_("Publish the selected sessions"), permissions=["change"])
    def publish(self, request, queryset):
        published = 0
        for session in queryset.exclude(status=Session.Status.PUBLISHED).select_related(
            "body", "venue"
        ):
            try:
                services.publish_session(session=session)
            except ValidationError as error:
                for message in error.messages:
                    self.message_user(request, message, messages.ERROR)
                continue
            published += 1
        if published:
            self.message_user(
                request,
                ngettext(
                    "%(count)d session published: delegates see it now.",
                    "%(count)d sessions published: delegates see them now.",
                    published,
                )
                % {"count": published},
                messages.SUCCESS,
            )

    @admin.action(description=_("Return the selected sessions to draft"), permissions=["change"])
    def return_to_draft(self, request, queryset):
        count = 0
        for session in queryset.filter(status=Session.Status.PUBLISHED).select_related("body"):
            services.return_to_draft(session=session)
            count += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d session returned to draft: delegates no longer see it.",
                "%(count)d sessions returned to draft: delegates no longer see them.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(
        description=_("Prepare the next session (dates, place, resolutions, standing items)"),
        permissions=["add"],
    )
    def prepare_next_session(self, request, queryset):
        """A draft after each selected session; the editor is told, for each, what was
        copied from the last session and what to check."""
        drafts = [
            services.prepare_next_session(session=session)
            for session in queryset.select_related("body", "venue")
        ]
        for draft in drafts:
            preparation = draft.preparation
            self.message_user(
                request,
                format_html(
                    gettext("Draft prepared: {draft}, from {source}. Copied:"),
                    draft=format_html(
                        '<a href="{}">{}</a>',
                        reverse("admin:meetings_session_change", args=[draft.pk]),
                        str(draft),
                    ),
                    source=str(preparation.source),
                ),
                messages.SUCCESS,
            )
            for line in preparation.copied:
                self.message_user(request, line, messages.INFO)
            if preparation.to_check:
                self.message_user(request, gettext("To check:"), messages.WARNING)
            for line in preparation.to_check:
                self.message_user(request, line, messages.WARNING)
        if len(drafts) == 1:
            return HttpResponseRedirect(
                reverse("admin:meetings_session_change", args=[drafts[0].pk])
            )
        return None


# --- The programme of work ----------------------------------------------------------------


class ProgrammeEntryInlineFormSet(BaseInlineFormSet):
    """A slot's entries choose among the agenda items of the slot's session."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "agenda_item" in form.fields:
            items = AgendaItem.objects.order_by("position")
            form.fields["agenda_item"].queryset = (
                items.filter(session_id=self.instance.session_id)
                if self.instance.session_id
                else items.none()
            )


class ProgrammeEntryInline(TranslationTabularInline):
    model = ProgrammeEntry
    formset = ProgrammeEntryInlineFormSet
    fields = ("position", "agenda_item", "continued", "title")
    # Derived: an item an earlier slot takes up continues here (services.derive_continued).
    readonly_fields = ("continued",)
    extra = 1


@admin.register(ProgrammeSlot)
class ProgrammeSlotAdmin(PlainAdmin):
    resource_classes = [ProgrammeSlotResource]
    list_display = ("__str__", "session", "date", "start_time", "end_time")
    list_filter = (("session__body", admin.RelatedOnlyFieldListFilter), year_filter("date"))
    list_select_related = ("session__body",)
    date_hierarchy = "date"
    search_fields = (
        "session__agenda_symbol",
        "session__body__symbol_prefix",
        *["session__body__" + field for field in in_every_language("short_name")],
    )
    autocomplete_fields = ("session",)
    inlines = [ProgrammeEntryInline]
    formfield_overrides = {models.TimeField: TIME_WIDGET}

    def view_on_site(self, slot):
        return slot.get_absolute_url()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.derive_continued(session=form.instance.session)


@admin.register(ProgrammeEntry)
class ProgrammeEntryAdmin(TranslatedAdmin):
    resource_classes = [ProgrammeEntryResource]
    list_display = ("__str__", "slot", "position", "continued")
    list_filter = (("slot__session__body", admin.RelatedOnlyFieldListFilter), "continued")
    list_select_related = ("slot__session__body", "agenda_item")
    search_fields = (*in_every_language("title"), "agenda_item__label")
    autocomplete_fields = ("slot", "agenda_item")
