"""Reports of the sessions app: the sessions, and the programme of work."""

from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import pgettext, pgettext_lazy

from agendas.models import AgendaItem
from config.lib.countries import country_name
from config.lib.i18n import first_translation, in_every_language, language_codes
from config.lib.reporting import (
    Fallback,
    Report,
    column,
    iso_date,
    number_column,
    order_by_session,
    value_chunks,
)
from documents.models import Document

from .models import ProgrammeEntry, Session, SessionPart


def count_of(model, field):
    """The number of ``model`` rows that point at the outer session, as a subquery (one
    query for the whole report, not one per row, and no join that multiplies rows). It counts
    rows (``COUNT(*)``), not keys: the index of ``field`` alone answers, without the table."""
    return Coalesce(
        Subquery(
            model.objects.filter(**{field: OuterRef("pk")})
            .order_by()
            .values(field)
            .annotate(count=Count("*"))
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

    def rows(self, queryset):
        """One row per session, read as plain values through one cursor (the numbers of
        items and documents counted by the database): the labels of the parts, formats and
        statuses are looked up once per report, not once per row."""
        fallback = Fallback(self.language, language_codes())
        # (The session itself has no part to name.)
        parts = {**self.choice_labels(SessionPart.choices), SessionPart.SESSION: ""}
        formats = self.choice_labels(Session.Format.choices)
        statuses = self.choice_labels(Session.Status.choices)
        sessions = queryset.annotate(
            report_item_count=count_of(AgendaItem, "session"),
            report_document_count=count_of(Document, "session"),
        ).order_by(*order_by_session())
        paths = (
            "ordinal", "part", "start_date", "end_date", "original_language", "country",
            "format", "agenda_symbol", "status", "report_item_count", "report_document_count",
            *(f"body__{column}" for column in in_every_language("name")),
            *in_every_language("city"),
            *(f"venue__{column}" for column in in_every_language("name")),
        )  # fmt: skip
        width = len(language_codes())
        for chunk in value_chunks(sessions, *paths):
            for row in chunk:
                ordinal, part, start, end, original, country, format_, symbol, status = row[:9]
                items, documents = row[9:11]
                body_names = row[11 : 11 + width]
                cities = row[11 + width : 11 + 2 * width]
                venue_names = row[11 + 2 * width :]
                yield [
                    fallback(body_names)[0],
                    ordinal,
                    parts.get(part, ""),
                    iso_date(start),
                    iso_date(end),
                    fallback(cities, original)[0],
                    country_name(country, self.language),
                    fallback(venue_names, original)[0],
                    formats.get(format_, format_),
                    "" if symbol is None else symbol,
                    items,
                    documents,
                    statuses.get(status, status),
                ]


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
