"""The editors' admin site: its autocomplete labels each result by its admin's
``autocomplete_label``. (A module of its own: ``config.admin`` registers models on the
site, which Django builds from this class.)"""

from django.contrib import admin
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.utils.translation import gettext_lazy as _


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
