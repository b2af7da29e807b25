"""The base of the public list pages."""

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
