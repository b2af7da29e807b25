from django import forms
from django.utils.translation import gettext_lazy as _

from sessions.forms import ListFilterForm
from sessions.models import Body

from .models import Document


class DocumentFilterForm(ListFilterForm):
    """The filters of the documents list (GET); a bad value is ignored and reported."""

    kind = forms.ChoiceField(
        label=_("Kind"), choices=[("", _("All kinds")), *Document.Kind.choices], required=False
    )
    body = forms.ModelChoiceField(
        label=_("Issuing body"),
        queryset=Body.objects.order_by("symbol_prefix"),
        to_field_name="slug",
        required=False,
        empty_label=_("All bodies"),
    )

    def filter(self, documents):
        data = self.valid_data()
        if data.get("kind"):
            documents = documents.filter(kind=data["kind"])
        if data.get("body"):
            documents = documents.filter(body=data["body"])
        return documents
