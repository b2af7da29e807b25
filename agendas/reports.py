"""Reports of the agendas app: the agenda, one row per agenda item; the translation status,
one row per session and language."""

from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import pgettext_lazy

from config.lib.i18n import in_every_language
from config.lib.reporting import (
    Report,
    chunk_size,
    column,
    iso_date,
    joined,
    number_column,
    order_by_session,
)
from documents.models import Resolution
from sessions.models import Session
from sessions.reports import part_label

from .models import AgendaItem, AgendaItemDocument, JointMeetingItem
from .translation_status import prefetched_status


class AgendaReport(Report):
    """Every agenda item with what it cites and the items it is considered jointly with."""

    name = "agenda"
    title = pgettext_lazy("report", "Agenda")
    model = AgendaItem

    body = column(pgettext_lazy("report column", "Body"))
    session = number_column(pgettext_lazy("report column", "Session"), "session__ordinal")
    part = column(pgettext_lazy("report column", "Part"))
    start_date = column(pgettext_lazy("report column", "Start date"))
    end_date = column(pgettext_lazy("report column", "End date"))
    label = column(pgettext_lazy("report column", "Agenda item"), "label")
    item_title = column(pgettext_lazy("report column", "Title"))
    title_language = column(pgettext_lazy("report column", "Language of the title"))
    resolutions = column(pgettext_lazy("report column", "Resolutions cited"))
    documents = column(pgettext_lazy("report column", "Documents"))
    joint_with = column(pgettext_lazy("report column", "Considered jointly with"))

    def prepare(self, queryset):
        # Only the columns the report shows are read (not the annotations and notes, long
        # texts in six languages); a chunk's items share one object per session (prefetched,
        # where a join would build it again for every item); the prefetched rows are plain
        # lists (``to_attr``), not a related manager's queryset cloned for every row.
        session_fields = ["ordinal", "part", "start_date", "end_date", "original_language", "body"]
        body_names = in_every_language("name")
        return (
            queryset.select_related("joint_membership__joint_meeting")
            .only(
                "label",
                "position",
                "session",
                *in_every_language("title"),
                "joint_membership__joint_meeting",
            )
            .prefetch_related(
                Prefetch(
                    "session",
                    queryset=Session.objects.select_related("body").only(
                        *session_fields, *(f"body__{name}" for name in body_names)
                    ),
                ),
                Prefetch(
                    "resolutions",
                    queryset=Resolution.objects.only(
                        "organ", "kind", "session_number", "sequence"
                    ).in_list_order(),
                    to_attr="report_resolutions",
                ),
                Prefetch(
                    "document_links",
                    queryset=AgendaItemDocument.objects.select_related("document")
                    .only("agenda_item", "position", "document__symbol")
                    .order_by("position", "pk"),
                    to_attr="report_document_links",
                ),
                Prefetch(
                    "joint_membership__joint_meeting__memberships",
                    queryset=self.joint_members()
                    .select_related("agenda_item__session__body")
                    .only(
                        "joint_meeting",
                        "position",
                        "agenda_item__label",
                        "agenda_item__session__ordinal",
                        "agenda_item__session__part",
                        "agenda_item__session__body",
                        *(f"agenda_item__session__body__{name}" for name in body_names),
                    )
                    .order_by("position", "pk"),
                    to_attr="report_members",
                ),
            )
            .order_by(*order_by_session("session__"), "session_id", "position")
        )

    def joint_members(self):
        """The items of joint meetings the report may name: not those of drafts when the
        report is for the public."""
        members = JointMeetingItem.objects.all()
        if self.published_only:
            members = members.filter(agenda_item__session__status="published")
        return members

    def dehydrate_body(self, item):
        return self.text(item.session.body, "name")

    def dehydrate_part(self, item):
        return part_label(item.session)

    def dehydrate_start_date(self, item):
        return iso_date(item.session.start_date)

    def dehydrate_end_date(self, item):
        return iso_date(item.session.end_date)

    def dehydrate_item_title(self, item):
        return self.text(item, "title", item.session.original_language)

    def dehydrate_title_language(self, item):
        """The code of the language the title is in (``es``): the report's own, or that of
        the fallback, as the pages mark it with ``lang``."""
        return self.translated(item, "title", item.session.original_language).lang

    def dehydrate_resolutions(self, item):
        with translation.override(self.language):
            return joined(resolution.short_label for resolution in item.report_resolutions)

    def dehydrate_documents(self, item):
        return joined(link.document.symbol for link in item.report_document_links)

    def dehydrate_joint_with(self, item):
        """“Implementation Review Group 15 4(a); ...”: the other items of its joint meeting."""
        try:
            meeting = item.joint_membership.joint_meeting
        except JointMeetingItem.DoesNotExist:
            return ""
        others = [m.agenda_item for m in meeting.report_members if m.agenda_item_id != item.pk]
        return joined(
            f"{self.text(other.session.body, 'name')} {other.session.numbered} {other.label}"
            for other in others
        )


class TranslationsReport(Report):
    """How complete each language version of each session's document is: one row per
    session and language, with the texts still missing in that language."""

    name = "translations"
    title = pgettext_lazy("report", "Translation status")
    model = Session
    body_path = "body__slug"
    year_path = "start_date__year"
    status_path = "status"
    session_path = "pk"

    body = column(pgettext_lazy("report column", "Body"))
    session = column(pgettext_lazy("report column", "Session"))
    start_date = column(pgettext_lazy("report column", "Start date"))
    language = column(pgettext_lazy("report column", "Language"))
    filled = column(pgettext_lazy("report column", "Texts filled"))
    needed = column(pgettext_lazy("report column", "Texts needed"))
    percent = column(pgettext_lazy("report column", "Per cent filled"))
    missing = column(pgettext_lazy("report column", "Texts missing"))

    def prepare(self, queryset):
        return queryset.with_document_texts().order_by(*order_by_session())

    def sessions_per_chunk(self):
        """A session brings every text of its document (its items' titles and annotations
        in six languages): a round trip reads a hundredth of the other reports' rows, about
        as many objects, so that memory stays flat in the number of sessions."""
        return max(1, chunk_size() // 100)

    def rows(self, queryset):
        """Six rows per session, one per language, from texts prefetched by chunk."""
        sessions = self.prepare(queryset).iterator(chunk_size=self.sessions_per_chunk())
        for session in sessions:
            with translation.override(self.language):
                status = prefetched_status(session)
                body = self.text(session.body, "name")
                for language in status.languages():
                    yield [
                        body,
                        session.ordinal,
                        iso_date(session.start_date),
                        language.language,
                        language.filled,
                        language.needed,
                        language.percent,
                        joined(text.label for text in language.missing),
                    ]
