"""The admin's form “New session from the official document”: the document (a file or
its pasted text), its body and language, read as the form is cleaned."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from sessions.models import Body

from .files import text_of_upload
from .parser import ReadingError, read_text


class ReadDocumentForm(forms.Form):
    body = forms.ModelChoiceField(
        label=_("Body"), queryset=Body.objects.in_hierarchy(), help_text=_("Whose session.")
    )
    language = forms.ChoiceField(
        label=_("Language of the document"), choices=settings.LANGUAGES, initial="en"
    )
    ordinal = forms.IntegerField(
        label=_("Ordinal"),
        min_value=1,
        max_value=32767,
        required=False,
        help_text=_(
            "The session's number, when the document does not say it. Leave empty to take the "
            "session read already on the same dates, or the next free number."
        ),
    )
    document = forms.FileField(
        label=_("Document (DOCX or PDF)"),
        required=False,
        help_text=_("The provisional agenda and annotations, as issued."),
    )
    text = forms.CharField(
        label=_("Or its text"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 12, "cols": 80}),
        help_text=_("Paste the whole document: masthead, agenda, annotations and annex."),
    )

    def clean(self):
        cleaned = super().clean()
        document, text = cleaned.get("document"), cleaned.get("text") or ""
        if document and text.strip():
            raise forms.ValidationError(_("Upload the document or paste its text, not both."))
        if not document and not text.strip():
            raise forms.ValidationError(_("Upload the document or paste its text."))
        if "language" not in cleaned:
            return cleaned
        try:
            if document:
                text = text_of_upload(document)
            self.reading = read_text(text, language=cleaned["language"])
        except ReadingError as error:
            raise forms.ValidationError(str(error)) from None
        cleaned["text"] = text
        return cleaned
