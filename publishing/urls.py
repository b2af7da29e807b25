"""The calendars, feeds and Akoma Ntoso files, under each language prefix."""

from django.urls import path

from . import feeds, views

app_name = "publishing"

# A session, and a resumed part of a session (/sessions/irg/6/resumed/).
SESSION_PREFIXES = (
    "sessions/<slug:body>/<int:ordinal>/",
    "sessions/<slug:body>/<int:ordinal>/<slug:part>/",
)

urlpatterns = [
    path("calendar.ics", views.CalendarView.as_view(), name="calendar"),
    path("sessions/feed.atom", feeds.SessionsFeed(), name="sessions-feed"),
    path("documents/feed.atom", feeds.DocumentsFeed(), name="documents-feed"),
    path("bodies/<slug:slug>/calendar.ics", views.BodyCalendarView.as_view(), name="body-calendar"),
    path("bodies/<slug:slug>/feed.atom", feeds.BodySessionsFeed(), name="body-feed"),
    path(
        "sessions/<slug:body>/<int:ordinal>/calendar.ics",
        views.SessionCalendarView.as_view(),
        name="session-calendar",
    ),
    path(
        "sessions/<slug:body>/<int:ordinal>/akn.xml",
        views.SessionAknView.as_view(),
        name="session-akn",
    ),
    # A resumed part of a session: /sessions/irg/6/resumed/calendar.ics (same names).
    path(
        "sessions/<slug:body>/<int:ordinal>/<slug:part>/calendar.ics",
        views.SessionCalendarView.as_view(),
        name="session-calendar",
    ),
    path(
        "sessions/<slug:body>/<int:ordinal>/<slug:part>/akn.xml",
        views.SessionAknView.as_view(),
        name="session-akn",
    ),
    # The revisions of a session's document (before the sessions' own URLs: "revisions" is
    # no resumed part).
    *[
        path(prefix + "revisions/", views.SessionRevisionsView.as_view(), name="session-revisions")
        for prefix in SESSION_PREFIXES
    ],
    *[
        path(
            prefix + "revisions/<int:number>/",
            views.SessionRevisionView.as_view(),
            name="session-revision",
        )
        for prefix in SESSION_PREFIXES
    ],
    *[
        path(
            prefix + "revisions/<int:number>/document.<str:file_format>",
            views.SessionRevisionDocumentView.as_view(),
            name="session-revision-document",
        )
        for prefix in SESSION_PREFIXES
    ],
]
