"""Reports of the agendas app: the agenda, one row per agenda item; the translation status,
one row per session and language."""

import itertools
from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import pgettext_lazy

from config.lib.export_rows import InstanceMaker, as_stored
from config.lib.i18n import first_with_text, in_every_language, language_codes
from config.lib.reporting import (
    Fallback,
    Report,
    chunk_size,
    column,
    iso_date,
    joined,
    number_column,
    order_by_session,
    value_chunks,
)
from documents.models import Resolution
from sessions.models import Session
from sessions.reports import part_label

from .models import AgendaItem, AgendaItemDocument, JointMeetingItem
from .translation_status import TranslationStatus, read_document_texts


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

    def rows(self, queryset):
        """One row per item, read as plain values chunk by chunk: a query for the items,
        then one per chunk for each of the resolutions, the documents, the joint meetings
        (if any of its items has one) and the sessions not met yet (each session's cells,
        each resolution's label worked out once). A chunk's items are those of a few
        sessions, which the queries name (a few values, where the items' ids would be
        thousands)."""
        fallback = Fallback(self.language, language_codes())
        # The title in the report's language, else as the public pages fall back, chosen by
        # the database: one text read per item instead of six.
        title, title_language = first_with_text(
            "title", self.language, "session__original_language"
        )
        items = queryset.order_by(
            *order_by_session("session__"), "session_id", "position"
        ).annotate(report_title=title, report_title_language=title_language)
        sessions, labels = {}, {}
        paths = (
            "pk", "session_id", "joint_membership__joint_meeting_id", "label",
            "report_title", "report_title_language",
        )  # fmt: skip
        for chunk in value_chunks(items, *paths):
            chunk_sessions = {row[1] for row in chunk}
            joint = {}
            if any(row[2] for row in chunk):
                joint = self.joint_with_of(chunk_sessions)
            resolutions = self.resolutions_of(chunk_sessions, labels)
            documents = self.documents_of(chunk_sessions)
            wanted = set(chunk_sessions)
            wanted.update(session_id for members in joint.values() for session_id, _ in members)
            self.read_sessions(wanted - sessions.keys(), sessions, fallback)
            for pk, session_id, _meeting, label, title, title_language in chunk:
                session = sessions[session_id]
                others = joint.get(pk)
                yield [
                    session.body,
                    session.ordinal,
                    session.part,
                    session.start_date,
                    session.end_date,
                    "" if label is None else label,
                    title,
                    title_language,
                    resolutions.get(pk, ""),
                    documents.get(pk, ""),
                    joined(
                        f"{sessions[other_session].named} {other_label}"
                        for other_session, other_label in others
                    )
                    if others
                    else "",
                ]

    def read_sessions(self, ids, sessions, fallback):
        """The cells of the sessions ``ids``, into ``sessions`` (by id); their bodies' names
        by ``fallback`` (a :class:`Fallback` of the report's language)."""
        if not ids:
            return
        names = in_every_language("name")
        values = Session.objects.filter(pk__in=ids).values_list(
            "pk", "ordinal", "part", "start_date", "end_date", "original_language",
            *(f"body__{name}" for name in names),
        )  # fmt: skip
        make = InstanceMaker(Session, ("ordinal", "part"))
        with translation.override(self.language):
            for pk, ordinal, part, start, end, original, *body_names in as_stored(values):
                session = make((ordinal, part))
                body = fallback(body_names)[0]
                sessions[pk] = ReportSession(
                    body=body,
                    ordinal=ordinal,
                    part=part_label(session),
                    start_date=iso_date(start),
                    end_date=iso_date(end),
                    original_language=original,
                    named=f"{body} {session.numbered}",
                )

    def resolutions_of(self, sessions, labels):
        """``{item id: the short labels of the resolutions it cites, in list order}`` of
        the items of ``sessions`` (``9/2; 10/6``); ``labels``: the labels already made, by
        numbering."""
        cited = (
            AgendaItem.resolutions.through.objects.filter(agendaitem__session_id__in=sessions)
            .order_by(
                "resolution__organ",
                "-resolution__kind",
                "resolution__session_number",
                "resolution__sequence",
            )
            .values_list(
                "agendaitem_id",
                "resolution__organ",
                "resolution__kind",
                "resolution__session_number",
                "resolution__sequence",
            )
        )
        make = InstanceMaker(Resolution, ("organ", "kind", "session_number", "sequence"))
        by_item = {}
        with translation.override(self.language):
            for item_id, *numbering in cited:
                key = tuple(numbering)
                if key not in labels:
                    labels[key] = make(key).short_label
                by_item.setdefault(item_id, []).append(labels[key])
        return {item_id: joined(cited) for item_id, cited in by_item.items()}

    def documents_of(self, sessions):
        """``{item id: the symbols of the documents it lists, in its order}`` of the items
        of ``sessions``."""
        by_item = {}
        links = (
            AgendaItemDocument.objects.filter(agenda_item__session_id__in=sessions)
            .order_by("position", "pk")
            .values_list("agenda_item_id", "document__symbol")
        )
        for item_id, symbol in links:
            by_item.setdefault(item_id, []).append(symbol)
        return {item_id: joined(symbols) for item_id, symbols in by_item.items()}

    def joint_with_of(self, sessions):
        """``{item id: [(session id, label) of the other items of its joint meeting]}`` of
        the items of ``sessions``."""
        meetings = JointMeetingItem.objects.filter(agenda_item__session_id__in=sessions).values(
            "joint_meeting_id"
        )
        members = (
            self.joint_members()
            .filter(joint_meeting_id__in=meetings)
            .order_by("position", "pk")
            .values_list("joint_meeting_id", "agenda_item_id", "agenda_item__session_id",
                         "agenda_item__label")
        )  # fmt: skip
        by_meeting = {}
        for meeting_id, item_id, session_id, label in members:
            by_meeting.setdefault(meeting_id, []).append((item_id, session_id, label))
        by_item = {}
        for meeting in by_meeting.values():
            for item_id, session_id, _label in meeting:
                if session_id in sessions:
                    by_item[item_id] = [
                        (session_id, label)
                        for other_id, session_id, label in meeting
                        if other_id != item_id
                    ]
        return by_item

    def joint_members(self):
        """The items of joint meetings the report may name: not those of drafts when the
        report is for the public."""
        members = JointMeetingItem.objects.all()
        if self.published_only:
            members = members.filter(agenda_item__session__status="published")
        return members


@dataclass(frozen=True)
class ReportSession:
    """A session's cells in the agenda report, and how the report names it."""

    body: str
    ordinal: int
    part: str
    start_date: str
    end_date: str
    original_language: str
    named: str


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

    def sessions_per_chunk(self):
        """A session brings every text of its document (its items' titles and annotations
        in six languages, about fifty items): a round trip reads a twentieth of the other
        reports' rows, so that memory stays flat in the number of sessions."""
        return max(1, chunk_size() // 20)

    def rows(self, queryset):
        """Six rows per session, one per language, from the texts of a chunk of sessions
        read as values (:func:`read_document_texts`: five queries per chunk, no object)."""
        fallback = Fallback(self.language, language_codes())
        sessions = as_stored(queryset.order_by(*order_by_session()).prefetch_related(None))
        sessions = sessions.values_list(
            "pk", "ordinal", "start_date", *(f"body__{name}" for name in in_every_language("name"))
        )
        size = self.sessions_per_chunk()
        for chunk in itertools.batched(sessions.iterator(chunk_size=size), size):
            texts = read_document_texts([row[0] for row in chunk])
            for pk, ordinal, start_date, *body_names in chunk:
                body = fallback(body_names)[0]
                with translation.override(self.language):  # (the missing texts' places)
                    rows = [
                        [
                            body,
                            ordinal,
                            iso_date(start_date),
                            language.language,
                            language.filled,
                            language.needed,
                            language.percent,
                            joined(text.label for text in language.missing),
                        ]
                        for language in TranslationStatus(pk, texts[pk]).languages()
                    ]
                yield from rows
