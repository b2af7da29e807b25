"""The editors' admin of the revisions: the published ones, read-only, and the page where an
editor reviews what changed in a session since its current revision and publishes the next
one (linked from the session's change page)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from sessions.models import Session

from .models import SYMBOL_SUFFIX, Revision
from .revisions import current_revision, pending_changes, publish_revision


class PublishRevisionForm(forms.Form):
    symbol_suffix = forms.CharField(
        label=_("UN mark"),
        max_length=10,
        required=False,
        validators=[SYMBOL_SUFFIX],
        help_text=Revision._meta.get_field("symbol_suffix").help_text,
    )


class PublishRevisionView(FormView):
    """The changes of a session since its current revision, in the editor's language, and
    the button that publishes them as the next revision."""

    form_class = PublishRevisionForm
    template_name = "publishing/publish_revision.html"
    model_admin = None

    def dispatch(self, request, *args, **kwargs):
        if not (
            request.user.has_perm("meetings.change_session")
            and request.user.has_perm("publishing.add_revision")
        ):
            raise PermissionDenied
        self.session = get_object_or_404(Session.objects.with_header(), pk=kwargs["session_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        admin_site = self.model_admin.admin_site
        current = current_revision(self.session)
        return super().get_context_data(
            **admin_site.each_context(self.request),
            title=_("Publish the next revision of %(session)s") % {"session": self.session},
            opts=Revision._meta,
            session=self.session,
            session_opts=Session._meta,
            session_url=reverse(
                f"{admin_site.name}:meetings_session_change", args=[self.session.pk]
            ),
            current=current,
            preview_url=self.session.get_absolute_url(),
            preview_docx=reverse(
                "meetings:session-document",
                kwargs={**self.session.url_kwargs(), "file_format": "docx"},
            ),
            preview_pdf=reverse(
                "meetings:session-document",
                kwargs={**self.session.url_kwargs(), "file_format": "pdf"},
            ),
            next_number=(current.number + 1) if current else 1,
            changes=pending_changes(self.session),
            revisions=list(Revision.objects.of_session(self.session).reverse()),
            **kwargs,
        )

    def form_valid(self, form):
        try:
            revision = publish_revision(
                session=self.session, symbol_suffix=form.cleaned_data["symbol_suffix"]
            )
        except ValidationError as error:
            form.add_error(None, error.messages)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Revision %(number)d of %(session)s is published: delegates see it now.")
            % {"number": revision.number, "session": self.session},
        )
        return HttpResponseRedirect(
            reverse(
                f"{self.model_admin.admin_site.name}:meetings_session_change",
                args=[self.session.pk],
            )
        )


@admin.register(Revision)
class RevisionAdmin(admin.ModelAdmin):
    """The published revisions: the public record, never changed nor deleted here."""

    list_display = ("session", "number", "symbol_suffix", "published_at")
    list_select_related = ("session__body",)
    list_filter = ("session__body",)
    search_fields = ("session__agenda_symbol", "session__body__symbol_prefix")
    fields = ("session", "number", "symbol_suffix", "published_at")
    readonly_fields = fields
    date_hierarchy = "published_at"

    def get_urls(self):
        publish = self.admin_site.admin_view(PublishRevisionView.as_view(model_admin=self))
        return [
            path("publish/<int:session_id>/", publish, name="publishing_revision_publish"),
            *super().get_urls(),
        ]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
