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
