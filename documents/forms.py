from django import forms
from django.utils.translation import gettext_lazy as _

from config.lib.forms import ListFilterForm
from sessions.forms import body_filter

from .models import Document


class DocumentFilterForm(ListFilterForm):
    """The filters of the documents list (GET); a bad value is ignored and reported."""

    kind = forms.ChoiceField(
        label=_("Kind"), choices=[("", _("All kinds")), *Document.Kind.choices], required=False
    )
    body = body_filter(_("Issuing body"))

    def filter(self, documents):
        data = self.valid_data()
        if data.get("kind"):
            documents = documents.filter(kind=data["kind"])
        if data.get("body"):
            documents = documents.filter(body=data["body"])
        return documents
