from django.shortcuts import get_object_or_404
from django.views.generic import DetailView

from .models import Document, Resolution


class ResolutionDetailView(DetailView):
    template_name = "documents/resolution_detail.html"
    context_object_name = "resolution"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Resolution.objects.select_related("adopted_at__body", "adopted_at__venue"),
            session_number=self.kwargs["session_number"],
            sequence=self.kwargs["sequence"],
        )


class DocumentDetailView(DetailView):
    template_name = "documents/document_detail.html"
    context_object_name = "document"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Document.objects.select_related("body", "session__body"), symbol=self.kwargs["symbol"]
        )
