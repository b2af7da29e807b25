"""The admin site for the secretariat's editors, and its lockout page."""

from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from .models import SearchSynonym


class AutocompleteView(AutocompleteJsonView):
    """Autocomplete results labelled by the target admin's ``autocomplete_label(obj)``.

    An agenda item's own text ("2. Adoption of the report") does not say which session it
    belongs to; in a joint meeting an editor picks items of several sessions.
    """

    def serialize_result(self, obj, to_field_name):
        result = super().serialize_result(obj, to_field_name)
        label = getattr(self.model_admin, "autocomplete_label", None)
        if label is not None:
            result["text"] = label(obj)
        return result


class EditorsAdminSite(admin.AdminSite):
    site_header = _("Working group sessions: editors")
    site_title = _("Working group sessions")
    index_title = _("Sessions, agendas and documents")

    def autocomplete_view(self, request):
        return AutocompleteView.as_view(admin_site=self)(request)


def lockout(request, original_response=None, credentials=None):
    """The page django-axes answers with when a sign-in is refused after too many failed ones
    (AXES_LOCKOUT_CALLABLE): in the admin's look and the reader's language, HTTP 429."""
    cool_off = get_cool_off(request)
    context = {
        **admin.site.each_context(request),
        "title": _("Sign-in locked"),
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cool_off_minutes": int(cool_off.total_seconds() // 60) if cool_off else None,
    }
    response = TemplateResponse(request, "admin/lockout.html", context, status=429)
    return response.render()


@admin.register(SearchSynonym)
class SearchSynonymAdmin(admin.ModelAdmin):
    """The synonyms the public search takes as one (实益所有权 ↔ 受益所有权)."""

    list_display = ["term", "synonym"]
    search_fields = ["term", "synonym"]
