"""The project's own admin (the search's synonyms), and the sign-in lockout page."""

from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib import admin
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from .models import SearchSynonym


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
