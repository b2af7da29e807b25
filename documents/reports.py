"""Reports of the documents app: mandates and documents."""

from django.db.models import Prefetch, Q
from django.db.models.functions import Coalesce, ExtractYear
from django.utils import translation
from django.utils.translation import pgettext_lazy

from agendas.models import AgendaItem
from config.lib.export_rows import InstanceMaker, as_stored
from config.lib.i18n import first_with_text, in_every_language
from config.lib.reporting import (
    Report,
    column,
    iso_date,
    joined,
    order_by_session,
    value_chunks,
)
from sessions.models import Session
from sessions.reports import session_label

from .models import Document, Mandate, official_link


class MandatesReport(Report):
    """What each resolution asks of each body, with the sessions whose items cite it."""

    name = "mandates"
    title = pgettext_lazy("report", "Mandates")
    model = Mandate
    body_path = "body__slug"
    year_path = "resolution__date__year"
    status_path = None
    session_path = None

    body = column(pgettext_lazy("report column", "Body"))
    resolution = column(pgettext_lazy("report column", "Resolution"))
    letter = column(pgettext_lazy("report column", "Letter"), "letter")
    mandate_text = column(pgettext_lazy("report column", "Text"))
    sessions = column(pgettext_lazy("report column", "Sessions citing the resolution"))

    def prepare(self, queryset):
        items = AgendaItem.objects.published() if self.published_only else AgendaItem.objects
        items = items.select_related("session__body").order_by(*order_by_session("session__"))
        return (
            queryset.select_related("body", "resolution")
            .prefetch_related(Prefetch("resolution__citing_items", queryset=items))
            .order_by(
                "body__symbol_prefix",
                "resolution__organ",
                "-resolution__kind",
                "resolution__session_number",
                "resolution__sequence",
                "position",
                "letter",
                "pk",
            )
        )

    def for_sessions(self, sessions):
        raise TypeError("The mandates report is not a report of sessions.")

    def dehydrate_body(self, mandate):
        return self.text(mandate.body, "name")

    def dehydrate_resolution(self, mandate):
        with translation.override(self.language):
            return mandate.resolution.short_label

    def dehydrate_mandate_text(self, mandate):
        return self.text(mandate, "text")

    def dehydrate_sessions(self, mandate):
        sessions = {}
        for item in mandate.resolution.citing_items.all():
            sessions.setdefault(item.session_id, item.session)
        return joined(session_label(session, self.language) for session in sessions.values())


class DocumentsReport(Report):
    """Every document by symbol, with its official link in the report's language."""

    name = "documents"
    title = pgettext_lazy("report", "Documents")
    model = Document
    # A document's year is its date's, or its session's when it has no date.
    year_path = "report_year"

    symbol = column(pgettext_lazy("report column", "Symbol"), "symbol")
    document_title = column(pgettext_lazy("report column", "Title"))
    kind = column(pgettext_lazy("report column", "Kind"))
    session = column(pgettext_lazy("report column", "Session"))
    date = column(pgettext_lazy("report column", "Date"))
    official_link = column(pgettext_lazy("report column", "Official link"))

    def get_queryset(self):
        queryset = self.model._default_manager.alias(
            report_year=Coalesce(ExtractYear("date"), ExtractYear("session__start_date"))
        )
        if self.published_only:
            # A draft's documents are not public yet.
            queryset = queryset.public()
        return queryset

    def filter_rows(self, queryset, bodies=(), from_year=None, to_year=None):
        """A document belongs to the body that issued it and to the body of its session."""
        if bodies:
            queryset = queryset.filter(
                Q(body__slug__in=list(bodies)) | Q(session__body__slug__in=list(bodies))
            )
        return super().filter_rows(queryset, (), from_year, to_year)

    def rows(self, queryset):
        """One row per document, read as plain values through one cursor; each session's
        label is made once (from the values of its session and body), each kind's label
        once per report."""
        kinds = self.choice_labels(Document.Kind.choices)
        # The title as the public pages fall back, chosen by the database (one text read).
        title, _language = first_with_text("title", self.language, "session__original_language")
        documents = queryset.order_by("symbol").annotate(report_title=title)
        paths = ("symbol", "kind", "date", "session_id", "report_title")
        labels = {}
        for chunk in value_chunks(documents, *paths):
            self.label_sessions({row[3] for row in chunk} - labels.keys() - {None}, labels)
            for symbol, kind, date, session_id, title in chunk:
                yield [
                    symbol,
                    title,
                    kinds.get(kind, kind),
                    labels.get(session_id, ""),
                    iso_date(date),
                    official_link(symbol, self.language),
                ]

    def label_sessions(self, ids, labels):
        """The labels of the sessions ``ids`` (:func:`session_label`), into ``labels``."""
        if not ids:
            return
        paths = (
            "ordinal",
            "part",
            "start_date",
            *(f"body__{column}" for column in in_every_language("short_name", "name")),
        )
        make = InstanceMaker(Session, paths)
        values = as_stored(Session.objects.filter(pk__in=ids)).values_list("pk", *paths)
        with translation.override(self.language):  # (the part: “15 (resumed)”)
            for pk, *session in values:
                labels[pk] = session_label(make(tuple(session)), self.language)
