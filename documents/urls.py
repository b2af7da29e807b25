from django.urls import path, register_converter

from . import views
from .keys import ORGANS_BY_SLUG
from .models import Resolution

app_name = "documents"


class OrganConverter:
    """An organ other than the Conference, by its slug: ``general-assembly``."""

    regex = "|".join(slug for slug, organ in ORGANS_BY_SLUG.items() if organ != "conference")

    def to_python(self, value):
        return ORGANS_BY_SLUG[value]

    def to_url(self, value):
        return value


class KindConverter:
    """A kind other than a resolution: ``decision``."""

    regex = "|".join(kind for kind in Resolution.Kind.values if kind != Resolution.Kind.RESOLUTION)

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(OrganConverter, "organ")
register_converter(KindConverter, "resolution_kind")

NUMBER = "<int:session_number>/<int:sequence>/"

# The Conference's resolution 7/1 is /resolutions/7/1/, its decision 7/1
# /resolutions/decision/7/1/; another organ's come under its slug:
# /resolutions/general-assembly/58/4/, /resolutions/general-assembly/decision/58/554/.
urlpatterns = [
    path("resolutions/", views.ResolutionListView.as_view(), name="resolution-list"),
    path(f"resolutions/{NUMBER}", views.ResolutionDetailView.as_view(), name="resolution-detail"),
    path(
        f"resolutions/<resolution_kind:kind>/{NUMBER}",
        views.ResolutionDetailView.as_view(),
        name="resolution-detail",
    ),
    path(
        f"resolutions/<organ:organ>/{NUMBER}",
        views.ResolutionDetailView.as_view(),
        name="resolution-detail",
    ),
    path(
        f"resolutions/<organ:organ>/<resolution_kind:kind>/{NUMBER}",
        views.ResolutionDetailView.as_view(),
        name="resolution-detail",
    ),
    path("documents/", views.DocumentListView.as_view(), name="document-list"),
    path("documents/<path:symbol>/", views.DocumentDetailView.as_view(), name="document-detail"),
]
