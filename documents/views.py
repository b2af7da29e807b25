import re

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.views.generic import DetailView, ListView

from agendas.models import AgendaItem
from config.lib.pagecache import CachedPageMixin
from config.lib.views import CountedOncePaginator, FilteredListView, paginate
from sessions.models import Session

from .forms import DocumentFilterForm
from .models import SYMBOL_PATTERN, Document, Mandate, Resolution

SYMBOL = re.compile(SYMBOL_PATTERN)
#: What cites a resolution or a document is listed by pages of this many.
CITING_PER_PAGE = 50


class ResolutionListView(CachedPageMixin, ListView):
    template_name = "documents/resolution_list.html"
    context_object_name = "resolutions"
    paginate_by = 50
    paginator_class = CountedOncePaginator

    def get_queryset(self):
        return Resolution.objects.in_list_order()


class ResolutionDetailView(CachedPageMixin, DetailView):
    template_name = "documents/resolution_detail.html"
    context_object_name = "resolution"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Resolution.objects.select_related("adopted_at__body", "adopted_at__venue"),
            organ=self.kwargs.get("organ", Resolution.Organ.CONFERENCE),
            kind=self.kwargs.get("kind", Resolution.Kind.RESOLUTION),
            session_number=self.kwargs["session_number"],
            sequence=self.kwargs["sequence"],
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        resolution = self.object
        context["mandate_groups"] = Mandate.objects.of_resolution_by_body(resolution)
        context["sessions"] = paginate(
            self.request,
            Session.objects.published()
            .for_lines()
            .filter(resolutions=resolution)
            .order_by("-start_date", "body__symbol_prefix", "-ordinal"),
            CITING_PER_PAGE,
            "sessions_page",
        )
        context["items"] = paginate(
            self.request,
            AgendaItem.objects.published_newest_first().filter(resolutions=resolution),
            CITING_PER_PAGE,
            "items_page",
        )
        adopted_at = resolution.adopted_at
        context["adopted_at"] = adopted_at if adopted_at and adopted_at.is_published else None
        return context


class DocumentListView(CachedPageMixin, FilteredListView):
    template_name = "documents/document_list.html"
    context_object_name = "documents"
    paginate_by = 50
    filter_form_class = DocumentFilterForm

    def get_unfiltered_queryset(self):
        return Document.objects.visible_to(self.request.user)


class DocumentDetailView(CachedPageMixin, DetailView):
    template_name = "documents/document_detail.html"
    context_object_name = "document"

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if self.object.symbol != self.kwargs["symbol"]:
            # Another symbol of the document: its page is under its main symbol.
            return redirect(self.object)
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_object(self, queryset=None):
        if not SYMBOL.fullmatch(self.kwargs["symbol"]):
            raise Http404  # not a UN symbol: no document has it
        return get_object_or_404(
            Document.objects.visible_to(self.request.user)
            .by_symbol(self.kwargs["symbol"])
            .select_related("body", "session__body", "session__venue")
            .prefetch_related("other_symbols__body")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        document = self.object
        session = document.session
        context["prepared_for"] = session if session and session.is_published else None
        context["items"] = paginate(
            self.request,
            AgendaItem.objects.published_newest_first().filter(document_links__document=document),
            CITING_PER_PAGE,
            "items_page",
        )
        return context
