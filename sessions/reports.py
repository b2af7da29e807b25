"""Reports of the sessions app: the sessions, and the programme of work."""

from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import pgettext, pgettext_lazy

from agendas.models import AgendaItem
from config.lib.countries import country_name
from config.lib.i18n import first_translation
from config.lib.reporting import (
    Report,
    column,
    iso_date,
    number_column,
    order_by_session,
)
from documents.models import Document

from .models import ProgrammeEntry, Session


def count_of(model, field):
    """The number of ``model`` rows that point at the outer session, as a subquery (one
    query for the whole report, not one per row, and no join that multiplies rows)."""
    return Coalesce(
        Subquery(
            model.objects.filter(**{field: OuterRef("pk")})
            .order_by()
            .values(field)
            .annotate(count=Count("pk"))
            .values("count")
        ),
        0,
    )


class SessionsReport(Report):
    """One row per session."""

    name = "sessions"
    title = pgettext_lazy("report", "Sessions")
    model = Session
    body_path = "body__slug"
    year_path = "start_date__year"
    status_path = "status"
    session_path = "pk"

    body = column(pgettext_lazy("report column", "Body"))
    ordinal = number_column(pgettext_lazy("report column", "Session"), "ordinal")
    part = column(pgettext_lazy("report column", "Part"))
    start_date = column(pgettext_lazy("report column", "Start date"))
    end_date = column(pgettext_lazy("report column", "End date"))
    city = column(pgettext_lazy("report column", "City"))
    country = column(pgettext_lazy("report column", "Country"))
    venue = column(pgettext_lazy("report column", "Venue"))
    format = column(pgettext_lazy("report column", "Format"))
    agenda_symbol = column(pgettext_lazy("report column", "Agenda symbol"), "agenda_symbol")
    item_count = column(pgettext_lazy("report column", "Number of agenda items"))
    document_count = column(pgettext_lazy("report column", "Number of documents"))
    status = column(pgettext_lazy("report column", "Status"))

    def prepare(self, queryset):
        return (
            queryset.select_related("body", "venue")
            .annotate(
                report_item_count=count_of(AgendaItem, "session"),
                report_document_count=count_of(Document, "session"),
            )
            .order_by(*order_by_session())
        )

    def dehydrate_body(self, session):
        return self.text(session.body, "name")

    def dehydrate_part(self, session):
        return part_label(session)

    def dehydrate_start_date(self, session):
        return iso_date(session.start_date)

    def dehydrate_end_date(self, session):
        return iso_date(session.end_date)

    def dehydrate_city(self, session):
        return self.text(session, "city", session.original_language)

    def dehydrate_country(self, session):
        return country_name(session.country, self.language)

    def dehydrate_venue(self, session):
        return self.text(session.venue, "name", session.original_language)

    def dehydrate_format(self, session):
        return str(session.get_format_display())

    def dehydrate_item_count(self, session):
        return session.report_item_count

    def dehydrate_document_count(self, session):
        return session.report_document_count

    def dehydrate_status(self, session):
        return str(session.get_status_display())


class ProgrammeReport(Report):
    """The proposed programme of work: one row per agenda item taken up in a slot."""

    name = "programme"
    title = pgettext_lazy("report", "Programme of work")
    model = ProgrammeEntry
    body_path = "slot__session__body__slug"
    year_path = "slot__session__start_date__year"
    status_path = "slot__session__status"
    session_path = "slot__session"

    session = column(pgettext_lazy("report column", "Session"))
    date = column(pgettext_lazy("report column", "Date"))
    time = column(pgettext_lazy("report column", "Time"))
    label = column(pgettext_lazy("report column", "Agenda item"), "agenda_item__label")
    entry_title = column(pgettext_lazy("report column", "Title"))
    continued = column(pgettext_lazy("report column", "Continued"))

    def prepare(self, queryset):
        return queryset.select_related("slot__session__body", "agenda_item").order_by(
            *order_by_session("slot__session__"),
            "slot__date",
            "slot__start_time",
            "position",
            "pk",
        )

    def dehydrate_session(self, entry):
        return session_label(entry.slot.session, self.language)

    def dehydrate_date(self, entry):
        return iso_date(entry.slot.date)

    def dehydrate_time(self, entry):
        return f"{entry.slot.start_time:%H:%M}–{entry.slot.end_time:%H:%M}"

    def dehydrate_entry_title(self, entry):
        # The same title as the page's programme (ProgrammeEntry.shown_title).
        return entry.shown_title(self.language, entry.slot.session.original_language).text

    def dehydrate_continued(self, entry):
        return pgettext("report", "continued") if entry.continued else ""


def part_label(session):
    """The part of a session in the active language (the report's), "" for the session itself."""
    return str(session.get_part_display()) if session.part else ""


def session_label(session, language):
    """How a report names a session: “Asset Recovery Working Group 18 (2024)”,
    “Implementation Review Group 6 (resumed) (2015)”."""
    body = first_translation([(session.body, "short_name"), (session.body, "name")], language).text
    if session.start_date:
        return f"{body} {session.numbered} ({session.start_date.year})"
    return f"{body} {session.numbered}"
