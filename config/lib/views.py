"""The base of the public list pages, and the pages of a list inside a page."""

import hashlib

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.core.paginator import InvalidPage, Paginator
from django.db.models import QuerySet
from django.http import Http404
from django.utils.functional import cached_property
from django.views.generic import ListView

from .forms import without_nul
from .pagecache import COUNT_PREFIX, TIMEOUT, content_version


class CountedOncePaginator(Paginator):
    """A paginator that counts a list once per content version (``config.lib.pagecache``):
    every page of the list, in every language, reads the count from the cache. Counting a
    filtered list of thousands of rows costs more than reading its page of rows. The key is
    the query of the list's keys (its SQL and parameters, without the order), so two lists
    share a count only when they select the same rows: an editor's list, with drafts, is
    another query."""

    @cached_property
    def count(self):
        rows = self.object_list
        # (A slice cannot be reordered; DISTINCT counts what its columns make distinct, which
        # the keys alone do not tell: both counted each time.)
        if not isinstance(rows, QuerySet) or rows.query.is_sliced or rows.query.distinct:
            return super().count
        # The rows' keys alone: the query that selects them, without compiling every column.
        keys = rows.order_by().values("pk")
        try:
            sql, params = keys.query.get_compiler(keys.db).as_sql()
        except EmptyResultSet:
            return super().count
        digest = hashlib.sha256(repr((keys.db, sql, params)).encode()).hexdigest()
        key = f"{COUNT_PREFIX}:{content_version()}:{digest}"
        count = cache.get(key)
        if count is None:
            count = super().count
            cache.set(key, count, TIMEOUT)
        return count


class FilteredListView(ListView):
    """A paginated list narrowed by a GET filter form; the pages' links keep the filters."""

    filter_form_class = None
    paginator_class = CountedOncePaginator

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
        page = CountedOncePaginator(queryset, per_page).page(request.GET.get(param) or 1)
    except InvalidPage:
        raise Http404 from None
    query = request.GET.copy()
    query.pop(param, None)
    page.param = param
    page.other_query = query.urlencode()
    return page
