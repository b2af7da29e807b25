"""Import-export resources of the sessions app: bodies, venues, sessions, the programme.

Keys (see ``config.lib.resources``): a body by its slug; a venue by its English name
and city; a session by its body, ordinal and part (empty for the session itself, so that
files without a ``part`` column name the sessions themselves); a programme slot by
session, date and start time; a programme entry by its slot and position.
"""

from django.db.models import Count
from django.utils.translation import gettext as _
from import_export.fields import Field
from import_export.widgets import CharWidget

from agendas.keys import ItemInSessionKey
from config.lib.i18n import in_every_language
from config.lib.resources import (
    DateWidget,
    KeyedResource,
    KeyListWidget,
    KeyWidget,
    NullableTextWidget,
    TimeWidget,
    cell_text,
)
from documents.keys import ResolutionKey
from documents.services import keep_agenda_documents

from .keys import BodyKey, SessionKey, VenueKey, parts_list, session_filters, session_key
from .models import Body, ProgrammeEntry, ProgrammeSlot, Session, SessionPart, Venue


class BodyResource(KeyedResource):
    """``bodies``: key ``slug``; ``parent`` is the parent body's slug (a parent comes
    before its subsidiary bodies in the file)."""

    parent = Field(attribute="parent", column_name="parent", widget=BodyKey())
    required_columns = ("kind", "symbol_prefix")
    export_select_related = ("parent",)

    def parent_key(self, row):
        parent = cell_text(row.get("parent"))
        return (parent,) if parent else None

    class Meta:
        model = Body
        import_id_fields = ["slug"]
        fields = [
            "slug",
            "kind",
            "symbol_prefix",
            "parent",
            *in_every_language("name", "short_name"),
        ]

    def filter_export(self, queryset, **kwargs):
        """Parents first, so that the file imports from top to bottom."""
        bodies = list(super().filter_export(queryset, **kwargs))
        parents = dict(Body.objects.values_list("pk", "parent_id"))

        def depth(body):
            level, parent, seen = 0, parents.get(body.pk), {body.pk}
            while parent is not None and parent not in seen:
                seen.add(parent)
                level, parent = level + 1, parents.get(parent)
            return level

        return sorted(bodies, key=lambda body: (depth(body), body.symbol_prefix))


class VenueResource(KeyedResource):
    """``venues``: key ``name_en`` and ``city_en`` (unique together)."""

    required_columns = ("country",)

    class Meta:
        model = Venue
        import_id_fields = ["name_en", "city_en"]
        fields = [
            "name_en",
            "city_en",
            "country",
            "time_zone",
            *in_every_language("name", "city"),
        ]


class PartWidget(CharWidget):
    """A session's part by its key: empty for the session itself, ``resumed``,
    ``second-resumed`` ..."""

    def clean(self, value, row=None, **kwargs):
        try:
            return SessionPart.from_key(cell_text(value))
        except ValueError:
            raise ValueError(
                _(
                    "“%(part)s” is not a part of a session: write one of %(parts)s, or "
                    "nothing for the session itself."
                )
                % {"part": cell_text(value), "parts": parts_list()}
            ) from None

    def render(self, value, obj=None, **kwargs):
        return SessionPart(value or 0).key


class SessionResource(KeyedResource):
    """``sessions``: key ``body`` (slug), ``ordinal`` and ``part`` (empty for the session
    itself, ``resumed``, ``second-resumed`` ...; a file without the column names the sessions
    themselves); the venue by ``venue`` (English name) and ``venue_city`` (English city);
    ``city_*`` and ``country`` default to the venue's; ``resolutions`` lists resolution keys
    (``resolution 9/2, decision 7/1``); ``agenda_symbol`` is kept as a document
    (``documents.services.keep_agenda_document``)."""

    body = Field(attribute="body", column_name="body", widget=BodyKey())
    part = Field(attribute="part", column_name="part", widget=PartWidget())
    venue = Field(attribute="venue", column_name="venue", widget=VenueKey())
    # Read with the venue (it is part of the venue's key), never saved on its own.
    venue_city = Field(
        attribute="venue__city_en", column_name="venue_city", readonly=True, widget=CharWidget()
    )
    agenda_symbol = Field(
        attribute="agenda_symbol", column_name="agenda_symbol", widget=NullableTextWidget()
    )
    resolutions = Field(
        attribute="resolutions", column_name="resolutions", widget=KeyListWidget(ResolutionKey())
    )
    export_select_related = ("body", "venue")
    export_prefetch_related = ("resolutions",)
    #: A change of an existing session's dates is pointed out in the preview.
    flagged_fields = ("start_date", "end_date")

    class Meta:
        model = Session
        import_id_fields = ["body", "ordinal", "part"]
        fields = [
            "body",
            "ordinal",
            "part",
            *in_every_language("title"),
            "status",
            "without_agenda",
            "start_date",
            "end_date",
            "opening_time",
            *in_every_language("city"),
            "country",
            "venue",
            "venue_city",
            *in_every_language("room"),
            "format",
            *in_every_language("resources_note"),
            "agenda_symbol",
            *in_every_language("document_title"),
            "programme_style",
            "distribution",
            "distribution_date",
            "original_language",
            "resolutions",
        ]

    @classmethod
    def missing_columns(cls, headers):
        # A file without ``part`` names the sessions themselves (before_import).
        return [column for column in super().missing_columns(headers) if column != "part"]

    def before_import(self, dataset, **kwargs):
        if dataset.headers and "part" not in dataset.headers:
            # A file of the sessions themselves (written before sessions had parts).
            dataset.append_col([""] * len(dataset), header="part")
        super().before_import(dataset, **kwargs)

    def read_rows(self, dataset):
        """With the number of agenda items of each session (the rule of publication)."""
        super().read_rows(dataset)
        sessions = [session.pk for session in (getattr(self, "_found", None) or {}).values()]
        self._item_counts = dict(
            Session.objects.filter(pk__in=sessions)
            .annotate(items=Count("agenda_items"))
            .values_list("pk", "items")
        )

    def after_init_instance(self, instance, new, row, **kwargs):
        super().after_init_instance(instance, new, row, **kwargs)
        counts = getattr(self, "_item_counts", {})
        if not new and instance.pk in counts:
            instance.agenda_items_to_save = counts[instance.pk]

    def after_write(self, rows):
        """The sessions' agenda symbols are documents: made or kept in step, for the whole
        batch at once."""
        refused = super().after_write(rows)
        by_session = {row.instance: row for row in rows}
        problems = keep_agenda_documents(sessions=list(by_session))
        return refused + [(by_session[session], error) for session, error in problems.items()]


class ProgrammeSlotResource(KeyedResource):
    """``programme_slots``: key ``session``, ``date`` and ``start_time``."""

    session = Field(attribute="session", column_name="session", widget=SessionKey())
    required_columns = ("end_time",)
    export_select_related = ("session__body",)

    class Meta:
        model = ProgrammeSlot
        import_id_fields = ["session", "date", "start_time"]
        fields = ["session", "date", "start_time", "end_time"]


class SlotKey(KeyWidget):
    """A programme slot by the row's ``session``, ``date`` and ``start_time`` columns."""

    model = ProgrammeSlot
    select_related = ("session__body",)
    key_fields = ("session__body__slug", "session__ordinal", "session__part")

    def to_key(self, slot):
        return session_key(slot.session)

    def lookup(self, key, row):
        return {
            **session_filters(key, "session__"),
            "date": DateWidget().clean(row.get("date")),
            "start_time": TimeWidget().clean(row.get("start_time")),
        }

    def not_found(self, key, row):
        return _("Session %(session)s has no programme slot on %(date)s at %(time)s.") % {
            "session": key,
            "date": cell_text(row.get("date")),
            "time": cell_text(row.get("start_time")),
        }


class ProgrammeEntryResource(KeyedResource):
    """``programme_entries``: key the slot (``session``, ``date``, ``start_time``) and
    ``position``; ``item`` is the label of an agenda item of the slot's session."""

    slot = Field(attribute="slot", column_name="session", widget=SlotKey())
    date = Field(attribute="slot__date", column_name="date", readonly=True, widget=DateWidget())
    start_time = Field(
        attribute="slot__start_time", column_name="start_time", readonly=True, widget=TimeWidget()
    )
    agenda_item = Field(attribute="agenda_item", column_name="item", widget=ItemInSessionKey())
    required_columns = ("item",)
    export_select_related = ("slot__session__body", "agenda_item")

    class Meta:
        model = ProgrammeEntry
        import_id_fields = ["slot", "date", "start_time", "position"]
        fields = [
            "slot",
            "date",
            "start_time",
            "position",
            "agenda_item",
            "continued",
            *in_every_language("title"),
        ]
