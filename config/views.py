"""The site's pages that span the apps: the search."""

from django.http import Http404
from django.views.generic import TemplateView

from . import search


class SearchView(TemplateView):
    """Titles and annotations in every language, grouped; every group pages together."""

    template_name = "search.html"
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
        found = search.search(query, (page - 1) * self.per_page, self.per_page)
        num_pages = max(1, *(-(-count // self.per_page) for count, _rows in found.values()))
        if page > num_pages:
            raise Http404
        context.update(
            groups={key: {"count": count, "results": rows} for key, (count, rows) in found.items()},
            total=sum(count for count, _rows in found.values()),
            page=page,
            num_pages=num_pages,
            previous_page=page - 1 if page > 1 else None,
            next_page=page + 1 if page < num_pages else None,
        )
        return context
