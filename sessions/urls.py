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
    # The programme of work day by day: /sessions/wg-asset-recovery/18/programme/ (before
    # the resumed parts' pattern, which would take "programme" for a part).
    path(
        "sessions/<slug:body>/<int:ordinal>/programme/",
        views.SessionProgrammeView.as_view(),
        name="session-programme",
    ),
    path(
        "sessions/<slug:body>/<int:ordinal>/<slug:part>/programme/",
        views.SessionProgrammeView.as_view(),
        name="session-programme",
    ),
    # A resumed part of a session: /sessions/irg/6/resumed/ (same names, with ``part``).
    path(
        "sessions/<slug:body>/<int:ordinal>/<slug:part>/",
        views.SessionDetailView.as_view(),
        name="session-detail",
    ),
    path("bodies/", views.BodyListView.as_view(), name="body-list"),
    path("bodies/<slug:slug>/", views.BodyDetailView.as_view(), name="body-detail"),
    # Report downloads of a session's page: agenda.csv, agenda.xlsx, programme.csv, ...
    path(
        "sessions/<slug:body>/<int:ordinal>/agenda.<str:file_format>",
        views.SessionAgendaReportView.as_view(),
        name="session-agenda-report",
    ),
    # The provisional agenda and annotations: document.docx, document.pdf
    path(
        "sessions/<slug:body>/<int:ordinal>/document.<str:file_format>",
        views.SessionDocumentView.as_view(),
        name="session-document",
    ),
    path(
        "sessions/<slug:body>/<int:ordinal>/programme.<str:file_format>",
        views.SessionProgrammeReportView.as_view(),
        name="session-programme-report",
    ),
    path(
        "sessions/<slug:body>/<int:ordinal>/<slug:part>/document.<str:file_format>",
        views.SessionDocumentView.as_view(),
        name="session-document",
    ),
    path(
        "sessions/<slug:body>/<int:ordinal>/<slug:part>/agenda.<str:file_format>",
        views.SessionAgendaReportView.as_view(),
        name="session-agenda-report",
    ),
    path(
        "sessions/<slug:body>/<int:ordinal>/<slug:part>/programme.<str:file_format>",
        views.SessionProgrammeReportView.as_view(),
        name="session-programme-report",
    ),
]
