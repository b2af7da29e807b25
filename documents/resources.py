"""Import-export resources of the documents app."""

from import_export import resources

from .models import Document, Mandate, Resolution


class DocumentResource(resources.ModelResource):
    class Meta:
        model = Document


class ResolutionResource(resources.ModelResource):
    class Meta:
        model = Resolution


class MandateResource(resources.ModelResource):
    class Meta:
        model = Mandate
