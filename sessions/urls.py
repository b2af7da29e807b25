from django.urls import path

from . import views

app_name = "meetings"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("sessions/", views.SessionListView.as_view(), name="session-list"),
    path(
        "sessions/<slug:body>/<int:ordinal>/",
        views.SessionDetailView.as_view(),
        name="session-detail",
    ),
    path("bodies/", views.BodyListView.as_view(), name="body-list"),
    path("bodies/<slug:slug>/", views.BodyDetailView.as_view(), name="body-detail"),
    path("search/", views.SearchView.as_view(), name="search"),
]
