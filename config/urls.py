from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from . import views

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    # The JSON API, in every language at once: no language prefix.
    path("api/", include("publishing.api_urls")),
]

urlpatterns += i18n_patterns(
    path("", include("sessions.urls")),
    path("", include("agendas.urls")),
    path("", include("documents.urls")),
    path("", include("publishing.urls")),
    path("search/", views.SearchView.as_view(), name="search"),
)
