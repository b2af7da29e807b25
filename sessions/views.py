from django.db.models import Exists, F, FilteredRelation, OuterRef, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import get_language
from django.views import View
from django.views.generic import DetailView, ListView, TemplateView

from agendas.files import DOCUMENT_FORMATS, FROZEN_COLUMNS, document_response, frozen_file_response
from agendas.rendition import document_title, page_items, render, site_notes
from agendas.reports import AgendaReport
from agendas.translation_status import LanguageShare
from config.lib.pagecache import CachedPageMixin
from config.lib.reporting import FORMATS, report_response
from config.lib.views import FilteredListView, paginate
from documents.models import Mandate

from .forms import SessionFilterForm
from .models import Body, ProgrammeSlot, Session, SessionPart, sees_drafts
from .programme import session_days
from .reports import ProgrammeReport


class HomeView(CachedPageMixin, TemplateView):
    """The next sessions (the one meeting today marked), then the past ones by year. The
    cached page is kept by day (``config.lib.pagecache``): "today" moves at midnight."""

    template_name = "sessions/home.html"
    past_sessions = 30

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        sessions = Session.objects.published().for_lines()
        context["today"] = today
        context["upcoming"] = sessions.upcoming(today)[:10]
        # The latest past sessions by year; every other one is in the sessions list.
        context["past"] = sessions.past(today)[: self.past_sessions]
        context["bodies"] = Body.objects.select_related("parent").in_hierarchy()
        return context


class SessionListView(CachedPageMixin, FilteredListView):
    template_name = "sessions/session_list.html"
    paginate_by = 25
    context_object_name = "sessions"
    filter_form_class = SessionFilterForm

    def get_unfiltered_queryset(self):
        return Session.objects.visible_to(self.request.user).for_lines()


class BodyListView(CachedPageMixin, ListView):
    template_name = "sessions/body_list.html"
    context_object_name = "bodies"

    def get_queryset(self):
        return Body.objects.select_related("parent").in_hierarchy()


class BodyDetailView(CachedPageMixin, DetailView):
    template_name = "sessions/body_detail.html"
    model = Body
    context_object_name = "body"
    sessions_per_page = 50

    def get_queryset(self):
        return Body.objects.select_related("parent")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        body = self.object
        context["mandate_groups"] = Mandate.objects.of_body_by_resolution(body)
        context["sessions"] = paginate(
            self.request,
            Session.objects.published().for_lines().filter(body=body).order_by("-ordinal", "-part"),
            self.sessions_per_page,
        )
        context["subsidiary_bodies"] = body.subsidiary_bodies.order_by("symbol_prefix")
        return context


# An ordinal is stored in a small integer: a larger number is no session, not an error.
MAX_ORDINAL = 32767


def session_lookup(body, ordinal, part=""):
    """The filters of the session a URL names (``part`` is the key of a resumed part, ""
    for the session itself: ``/irg/6/``); Http404 for an ordinal or part that none has."""
    try:
        part = SessionPart.from_key(part)
    except ValueError:
        raise Http404("No such session.") from None
    if ordinal > MAX_ORDINAL:
        raise Http404("No such session.")
    return {"body__slug": body, "ordinal": ordinal, "part": part}


def previews_changes(request):
    """An editor previews a published session with the changes not yet published as a
    revision (``?preview=changes``); delegates always read the current revision."""
    return request.GET.get("preview") == "changes" and sees_drafts(request.user)


def current_revision(session, column, **annotations):
    """The current revision of a published session's document (publishing.Revision), with
    ``frozen``: its ``column`` (``page``, ``print_page`` or ``docx``) in the reader's language
    (None when it has none) and ``annotations``; None for a draft or a session without
    revisions. One query."""
    if not session.is_published:
        return None
    language = get_language()
    in_language = FilteredRelation("documents", condition=Q(documents__language=language))
    return (
        session.revisions.annotate(in_language=in_language)
        .annotate(
            frozen=F(f"in_language__{column}"),
            filename_stem=F("in_language__filename_stem"),
            texts_needed=F("in_language__texts_needed"),
            texts_filled=F("in_language__texts_filled"),
            **annotations,
        )
        .only("number", "symbol_suffix", "published_at")
        .current()
    )


class SessionPageView(CachedPageMixin, DetailView):
    """A page of the session its URL names (a draft is not found, except by editors)."""

    context_object_name = "session"

    def get_object(self, queryset=None):
        sessions = Session.objects.visible_to(self.request.user).with_header()
        return get_object_or_404(
            sessions,
            **session_lookup(
                self.kwargs["body"], self.kwargs["ordinal"], self.kwargs.get("part", "")
            ),
        )


class SessionDetailView(SessionPageView):
    """The session's page: its document (the current revision as it was published, else as
    the data has it) and what the site adds beside it."""

    template_name = "sessions/session_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        session, language = self.object, get_language()
        context["preview"] = previews_changes(self.request)
        revision = None
        if session.is_published and not context["preview"]:
            # The page links the day-by-day programme when the session has one.
            has_programme = Exists(ProgrammeSlot.objects.filter(session=OuterRef("session")))
            revision = current_revision(session, "page", has_programme=has_programme)
        context["revision"] = revision
        if revision is not None and revision.frozen is not None:
            # The current revision as it was published: the document is not rendered again.
            context["frozen_document"] = revision.frozen
            items = page_items(session)
            context["site"] = site_notes(session, items, list(session.resolutions.all()), language)
            context["language_status"] = LanguageShare(
                language, revision.texts_needed, revision.texts_filled
            )
            context["has_agenda"] = bool(items)
            context["has_programme"] = revision.has_programme
        else:
            document = render(session, language)
            context["document"] = document
            context["site"] = document.site
            context["language_status"] = document.translation_status.language(language).share()
            context["has_agenda"] = bool(document.agenda)
            context["has_programme"] = bool(document.annex_days)
        context["document_title"] = document_title(session, language)
        # Every document prepared for the session, the provisional agenda among them.
        context["session_documents"] = session.documents.order_by("symbol")
        return context


class SessionProgrammeView(SessionPageView):
    """The programme of work of a session day by day: each day's slots, their times, room
    and agenda items, today's marked while the session meets. The times are the venue's
    clocks (``Session.time_zone``: its venue's zone, else the project's), named on the page.

    "Today" is the date of the page cache's day (the project's time zone), so that a page
    stored before midnight is never served with yesterday marked; at venues from New York
    to Sydney both dates agree from 10:00 to 18:00 local time, when the session meets."""

    template_name = "sessions/session_programme.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["days"] = session_days(self.object)
        context["today"] = timezone.localdate()
        context["time_zone"] = self.object.time_zone.key
        return context


# --- Report downloads of a session's public page ------------------------------------------


class SessionReportDownloadView(CachedPageMixin, View):
    """The agenda or the programme of work of a session, as a streamed CSV or XLSX file in
    the page's language. A draft is not found, except by editors (as its page)."""

    report_class = None

    def get(self, request, body, ordinal, file_format, part=""):
        if file_format not in FORMATS:
            raise Http404("No such report file.")
        sessions = Session.objects.visible_to(request.user).select_related("body")
        session = get_object_or_404(sessions, **session_lookup(body, ordinal, part))
        report = self.report_class(
            language=get_language(), published_only=not sees_drafts(request.user)
        )
        rows = report.for_sessions(Session.objects.filter(pk=session.pk))
        stem = "-".join(str(value) for value in [*session.url_kwargs().values(), report.name])
        return report_response(report, rows, file_format, report.filename(file_format, stem))


class SessionDocumentView(View):
    """The provisional agenda and annotations as a DOCX or PDF file in the page's language.
    A draft is not found, except by editors (as its page)."""

    def get(self, request, body, ordinal, file_format, part=""):
        if file_format not in DOCUMENT_FORMATS:
            raise Http404("No such document file.")
        sessions = Session.objects.visible_to(request.user).with_header()
        session = get_object_or_404(sessions, **session_lookup(body, ordinal, part))
        column = FROZEN_COLUMNS[file_format]
        revision = None if previews_changes(request) else current_revision(session, column)
        if revision is not None and revision.frozen is not None:
            # The current revision's file, as it was published.
            return frozen_file_response(revision.frozen, file_format, revision.filename_stem)
        return document_response(render(session, get_language()), file_format)


class SessionAgendaReportView(SessionReportDownloadView):
    report_class = AgendaReport


class SessionProgrammeReportView(SessionReportDownloadView):
    report_class = ProgrammeReport
