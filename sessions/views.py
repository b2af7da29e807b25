from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.views import View
from django.views.generic import DetailView, ListView, TemplateView

from agendas.provisional_agenda import provisional_agenda
from documents.models import Mandate

from . import search
from .forms import SessionFilterForm, without_nul
from .models import Body, Session, sees_drafts
from .reporting import FORMATS, report_classes, report_response


class HomeView(TemplateView):
    template_name = "sessions/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sessions = Session.objects.published().with_header()
        context["upcoming"] = sessions.upcoming()[:10]
        context["recent"] = sessions.past()[:10]
        context["bodies"] = Body.objects.select_related("parent").in_hierarchy()
        return context


class FilteredListView(ListView):
    """A paginated list narrowed by a GET filter form; the pages' links keep the filters."""

    filter_form_class = None

    def get_unfiltered_queryset(self):
        raise NotImplementedError

    def get_queryset(self):
        data = without_nul(self.request.GET) if self.request.GET else None
        self.form = self.filter_form_class(data)
        queryset = self.get_unfiltered_queryset()
        if self.form.is_bound:
            queryset = self.form.filter(queryset)
        return queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        query = self.request.GET.copy()
        query.pop("page", None)
        context["filter_query"] = query.urlencode()
        return context


class SessionListView(FilteredListView):
    template_name = "sessions/session_list.html"
    paginate_by = 25
    context_object_name = "sessions"
    filter_form_class = SessionFilterForm

    def get_unfiltered_queryset(self):
        return Session.objects.visible_to(self.request.user).with_header()


class BodyListView(ListView):
    template_name = "sessions/body_list.html"
    context_object_name = "bodies"

    def get_queryset(self):
        return Body.objects.select_related("parent").in_hierarchy()


class BodyDetailView(DetailView):
    template_name = "sessions/body_detail.html"
    model = Body
    context_object_name = "body"

    def get_queryset(self):
        return Body.objects.select_related("parent")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        body = self.object
        context["mandate_groups"] = Mandate.objects.of_body_by_resolution(body)
        context["sessions"] = (
            Session.objects.published().with_header().filter(body=body).order_by("-ordinal")
        )
        context["subsidiary_bodies"] = body.subsidiary_bodies.order_by("symbol_prefix")
        return context


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
        context.update(provisional_agenda(self.object).as_context())
        return context


class SearchView(TemplateView):
    """Titles and annotations in every language, grouped; every group pages together."""

    template_name = "sessions/search.html"
    per_page = 20

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        raw = self.request.GET.get("q", "")
        query = search.clean_query(raw)
        context.update(query=query, truncated=len(" ".join(raw.split())) > len(query))
        context["max_length"] = search.MAX_QUERY_LENGTH
        if not query:
            return context
        page = search.page_number(self.request.GET.get("page"))
        if page is None:
            raise Http404
        start = (page - 1) * self.per_page
        groups = []
        for key, queryset in (
            ("sessions", search.search_sessions(query)),
            ("items", search.search_items(query)),
            ("resolutions", search.search_resolutions(query)),
            ("documents", search.search_documents(query)),
        ):
            count = queryset.count()
            groups.append(
                (key, count, list(queryset[start : start + self.per_page]) if count > start else [])
            )
        num_pages = max(1, *(-(-count // self.per_page) for _key, count, _rows in groups))
        if page > num_pages:
            raise Http404
        context.update(
            groups={key: {"count": count, "results": rows} for key, count, rows in groups},
            total=sum(count for _key, count, _rows in groups),
            page=page,
            num_pages=num_pages,
            previous_page=page - 1 if page > 1 else None,
            next_page=page + 1 if page < num_pages else None,
        )
        return context


# --- Report downloads of a session's public page ------------------------------------------

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
        report = report_classes()[self.report_name](
            language=get_language(), published_only=not sees_drafts(request.user)
        )
        rows = report.for_sessions(Session.objects.filter(pk=session.pk))
        stem = f"{session.body.slug}-{session.ordinal}-{report.name}"
        return report_response(report, rows, file_format, report.filename(file_format, stem))


class SessionAgendaReportView(SessionReportDownloadView):
    report_name = "agenda"


class SessionProgrammeReportView(SessionReportDownloadView):
    report_name = "programme"
