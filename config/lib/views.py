"""The base of the public list pages, and the pages of a list inside a page."""

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.views.generic import ListView

from .forms import without_nul


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


def paginate(request, queryset, per_page, param="page"):
    """The page of ``queryset`` that ``request.GET[param]`` names (the first by default; no
    such page is not found), for a list inside a page (a body's sessions, what cites a
    resolution). ``includes/pagination.html`` links its pages with ``param``, keeping the
    request's other parameters (``page.other_query``)."""
    try:
        page = Paginator(queryset, per_page).page(request.GET.get(param) or 1)
    except InvalidPage:
        raise Http404 from None
    query = request.GET.copy()
    query.pop(param, None)
    page.param = param
    page.other_query = query.urlencode()
    return page
