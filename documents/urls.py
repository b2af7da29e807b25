from django.urls import path

from . import views

app_name = "documents"

urlpatterns = [
    path("resolutions/", views.ResolutionListView.as_view(), name="resolution-list"),
    path(
        "resolutions/<int:session_number>/<int:sequence>/",
        views.ResolutionDetailView.as_view(),
        name="resolution-detail",
    ),
    path("documents/", views.DocumentListView.as_view(), name="document-list"),
    path("documents/<path:symbol>/", views.DocumentDetailView.as_view(), name="document-detail"),
]
