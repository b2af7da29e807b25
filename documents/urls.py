from django.urls import path

from . import views

app_name = "documents"

urlpatterns = [
    path(
        "resolutions/<int:session_number>/<int:sequence>/",
        views.ResolutionDetailView.as_view(),
        name="resolution-detail",
    ),
    path("documents/<path:symbol>/", views.DocumentDetailView.as_view(), name="document-detail"),
]
