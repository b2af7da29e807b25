"""/api/: the JSON API's resources, its OpenAPI schema and the schema's documentation page."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from . import api

router = DefaultRouter()
router.register("bodies", api.BodyViewSet, basename="body")
router.register("sessions", api.SessionViewSet, basename="session")
router.register("agenda-items", api.AgendaItemViewSet, basename="agenda-item")
router.register("joint-meetings", api.JointMeetingViewSet, basename="joint-meeting")
router.register("programme-slots", api.ProgrammeSlotViewSet, basename="programme-slot")
router.register("documents", api.DocumentViewSet, basename="document")
router.register("resolutions", api.ResolutionViewSet, basename="resolution")
router.register("mandates", api.MandateViewSet, basename="mandate")
router.register("deletions", api.DeletionViewSet, basename="deletion")

app_name = "api"

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", api.DocumentationView.as_view(url_name="api:schema"), name="docs"),
    path("", include(router.urls)),
]
