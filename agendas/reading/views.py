"""The admin's page “New session from the official document”: upload or paste, preview what
was understood beside the source, confirm to create the draft session (or fill the
language's fields of the session read already)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView

from .forms import ReadDocumentForm
from .services import draft_session, link_reading


class ReadDocumentView(FormView):
    """Served by the sessions' admin (``model_admin``), for staff who may add sessions."""

    form_class = ReadDocumentForm
    template_name = "agendas/read_document.html"
    model_admin = None
    title = gettext_lazy("New session from the official document")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("meetings.add_session"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        admin_site = self.model_admin.admin_site
        return super().get_context_data(
            **admin_site.each_context(self.request),
            title=self.title,
            opts=self.model_admin.model._meta,
            **kwargs,
        )

    def form_valid(self, form):
        reading = form.reading
        body = form.cleaned_data["body"]
        ordinal = form.cleaned_data["ordinal"]
        if "confirm" in self.request.POST:
            try:
                session, created = draft_session(reading=reading, body=body, ordinal=ordinal)
            except ValidationError as error:
                form.add_error(None, error.messages)
            else:
                message = (
                    _("The draft session %(session)s was created from the document.")
                    if created
                    else _("The %(language)s text of %(session)s was filled from the document.")
                )
                messages.success(
                    self.request,
                    message % {"session": session, "language": reading.language},
                )
                return HttpResponseRedirect(
                    reverse("admin:meetings_session_change", args=[session.pk])
                )
        links = link_reading(reading=reading, body=body, ordinal=ordinal)
        return self.render_to_response(
            self.get_context_data(form=form, reading=reading, links=links)
        )
