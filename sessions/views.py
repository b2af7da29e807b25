from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView, TemplateView

from agendas.models import AgendaItem, AgendaItemDocument

from .models import Body, ProgrammeEntry, ProgrammeSlot, Session


class HomeView(TemplateView):
    template_name = "sessions/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sessions = Session.objects.published().with_header()
        context["upcoming"] = sessions.upcoming()[:10]
        context["recent"] = sessions.past()[:10]
        context["bodies"] = Body.objects.select_related("parent")
        return context


class SessionListView(ListView):
    template_name = "sessions/session_list.html"
    paginate_by = 25

    def get_queryset(self):
        return Session.objects.visible_to(self.request.user).with_header()


class BodyDetailView(DetailView):
    template_name = "sessions/body_detail.html"
    model = Body

    def get_queryset(self):
        return Body.objects.select_related("parent")


class SessionDetailView(DetailView):
    template_name = "sessions/session_detail.html"
    context_object_name = "session"

    def get_object(self, queryset=None):
        sessions = Session.objects.visible_to(self.request.user).with_header()
        return get_object_or_404(
            sessions, body__slug=self.kwargs["body"], ordinal=self.kwargs["ordinal"]
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        session = self.object
        items = (
            AgendaItem.objects.filter(session=session)
            .select_related("parent")
            .prefetch_related(
                "resolutions",
                "panel_discussions",
                Prefetch(
                    "document_links",
                    queryset=AgendaItemDocument.objects.select_related("document"),
                ),
            )
            .order_by("position")
        )
        context["agenda_items"] = items
        context["programme_slots"] = ProgrammeSlot.objects.filter(session=session).prefetch_related(
            Prefetch(
                "entries",
                queryset=ProgrammeEntry.objects.select_related("agenda_item__parent"),
            )
        )
        context["footnotes"] = session.footnotes.all()
        context["resolutions"] = session.resolutions.all()
        return context


# --- Report downloads of a session's public page ------------------------------------------
# (imported here to keep this section self-contained)

from django.http import Http404  # noqa: E402
from django.utils.translation import get_language  # noqa: E402
from django.views import View  # noqa: E402

from .reporting import FORMATS, report_classes, report_response  # noqa: E402

# An ordinal is stored in a small integer: a larger number is no session, not an error.
MAX_ORDINAL = 32767


class SessionReportDownloadView(View):
    """The agenda or the programme of work of a session, as a streamed CSV or XLSX file in
    the page's language. A draft is not found, except by editors (as its page)."""

    report_name = None

    def get(self, request, body, ordinal, file_format):
        if file_format not in FORMATS or ordinal > MAX_ORDINAL:
            raise Http404("No such report file.")
        sessions = Session.objects.visible_to(request.user).select_related("body")
        session = get_object_or_404(sessions, body__slug=body, ordinal=ordinal)
        report = report_classes()[self.report_name](language=get_language())
        rows = report.for_sessions(Session.objects.filter(pk=session.pk))
        stem = f"{session.body.slug}-{session.ordinal}-{report.name}"
        return report_response(report, rows, file_format, report.filename(file_format, stem))


class SessionAgendaReportView(SessionReportDownloadView):
    report_name = "agenda"


class SessionProgrammeReportView(SessionReportDownloadView):
    report_name = "programme"
