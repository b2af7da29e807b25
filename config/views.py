"""The site's pages that span the apps: the search, and the admin's agenda workbook (a
session's download, the upload, the blank template)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import FormView, TemplateView

from config.lib.pagecache import CachedPageMixin
from sessions.keys import session_key
from sessions.models import Session

from . import search, workbook
from .transfer import ImportFailed


class SearchView(CachedPageMixin, TemplateView):
    """Titles and annotations in every language, grouped; every group pages together. A
    search answers from the published content (and the synonyms): many readers searching
    the same words are served from the cache, until the content or a synonym changes."""

    template_name = "search.html"
    per_page = 20

    def stored(self, request):
        """Only a search as the form asks it is kept: the query as searched (spaces
        collapsed, not too long) and at most its page number. Other spellings of the same
        search, or other parameters, are rendered each time rather than filling the cache."""
        if not set(request.GET) <= {"q", "page"}:
            return False
        raw = request.GET.get("q", "")
        return raw == search.clean_query(raw) and len(request.GET.getlist("q")) == 1

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
        num_pages = max(1, *(-(-group.count // self.per_page) for group in found.values()))
        if page > num_pages:
            raise Http404
        context.update(
            groups={
                key: {"count": group.count, "capped": group.capped, "results": group.rows}
                for key, group in found.items()
            },
            total=sum(group.count for group in found.values()),
            capped=any(group.capped for group in found.values()),
            most_results=search.MOST_RESULTS,
            page=page,
            num_pages=num_pages,
            previous_page=page - 1 if page > 1 else None,
            next_page=page + 1 if page < num_pages else None,
        )
        return context


XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def xlsx_response(data, file_name):
    response = HttpResponse(data, content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{file_name}"'
    return response


class WorkbookDownloadView(View):
    """A session's agenda workbook, for staff who may view sessions."""

    def get(self, request, pk):
        if not request.user.has_perm("meetings.view_session"):
            raise PermissionDenied
        session = get_object_or_404(Session.objects.select_related("body"), pk=pk)
        name = session_key(session).replace("/", "-")
        return xlsx_response(workbook.download(session), f"agenda-workbook-{name}.xlsx")


class WorkbookTemplateView(View):
    """The blank agenda workbook, with an example row of each sheet."""

    def get(self, request):
        if not request.user.has_perm("meetings.view_session"):
            raise PermissionDenied
        return xlsx_response(workbook.template(), "agenda-workbook-template.xlsx")


class WorkbookUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Agenda workbook (XLSX)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx"}),
    )
    allow_blanking = forms.BooleanField(
        label=gettext_lazy("Empty the values that the workbook leaves empty"), required=False
    )
    allow_overwrite = forms.BooleanField(
        label=gettext_lazy("Replace the changes made since the workbook was downloaded"),
        required=False,
    )


class WorkbookUploadView(FormView):
    """“Upload an agenda workbook”: the workbook imported in one transaction, or every
    error of every sheet listed and nothing written. For staff who may add and change
    sessions and agenda items."""

    form_class = WorkbookUploadForm
    template_name = "admin/workbook_upload.html"
    permissions = (
        "meetings.add_session",
        "meetings.change_session",
        "agendas.add_agendaitem",
        "agendas.change_agendaitem",
    )

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perms(self.permissions):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            **admin.site.each_context(self.request),
            title=_("Upload an agenda workbook"),
            opts=Session._meta,
            sheets=[sheet.title for sheet in workbook.SHEETS],
            **kwargs,
        )

    def form_valid(self, form):
        try:
            report = workbook.upload(
                form.cleaned_data["file"].read(),
                allow_blanking=form.cleaned_data["allow_blanking"],
                allow_overwrite=form.cleaned_data["allow_overwrite"],
            )
        except ImportFailed as failure:
            return self.render_to_response(
                self.get_context_data(form=form, errors=failure.errors), status=400
            )
        for sheet, totals in report.totals.items():
            messages.success(
                self.request,
                _("%(sheet)s: %(new)s new, %(update)s updated, %(skip)s unchanged.")
                % {"sheet": sheet, **totals},
            )
        for warning in report.warnings:
            messages.warning(self.request, warning)
        return HttpResponseRedirect(reverse("admin:meetings_session_changelist"))
