from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from . import views

#: The agenda workbook's pages, beside the sessions' admin (they span the apps).
workbook_patterns = [
    path(
        "<int:pk>/workbook/",
        admin.site.admin_view(views.WorkbookDownloadView.as_view()),
        name="workbook-download",
    ),
    path(
        "workbook/template/",
        admin.site.admin_view(views.WorkbookTemplateView.as_view()),
        name="workbook-template",
    ),
    path(
        "workbook/upload/",
        admin.site.admin_view(views.WorkbookUploadView.as_view()),
        name="workbook-upload",
    ),
]

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/meetings/session/", include(workbook_patterns)),
    path("admin/", admin.site.urls),
    # The JSON API, in every language at once: no language prefix.
    path("api/", include("publishing.api_urls")),
]

urlpatterns += i18n_patterns(
    # Publishing's first: a session's ".../revisions/" is not a part of the session.
    path("", include("publishing.urls")),
    path("", include("sessions.urls")),
    path("", include("agendas.urls")),
    path("", include("documents.urls")),
    path("search/", views.SearchView.as_view(), name="search"),
)
