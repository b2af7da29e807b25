"""The calendars and the Akoma Ntoso files: thin views over the published sessions."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views import View

from config.lib.i18n import translated
from sessions.models import Body, Session

from .akn import AgendaDocument
from .calendars import build_calendar, published_sessions

# An ordinal is stored in a small integer: a larger number is no session, not an error.
MAX_ORDINAL = 32767


def calendar_response(request, sessions, *, name, filename):
    content = build_calendar(
        sessions,
        name=name,
        absolute_url=lambda session: request.build_absolute_uri(session.get_absolute_url()),
        host=request.get_host(),
    )
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def published_session_or_404(body, ordinal, sessions=None):
    sessions = Session.objects.published() if sessions is None else sessions
    return get_object_or_404(sessions, body__slug=body, ordinal=min(ordinal, MAX_ORDINAL + 1))


class CalendarView(View):
    """Every published session: /<lang>/calendar.ics."""

    def get(self, request):
        return calendar_response(
            request,
            published_sessions(),
            name=_("Working group sessions"),
            filename="wgsessions.ics",
        )


class BodyCalendarView(View):
    """A body's published sessions: /<lang>/bodies/<slug>/calendar.ics."""

    def get(self, request, slug):
        body = get_object_or_404(Body, slug=slug)
        return calendar_response(
            request,
            published_sessions().filter(body=body),
            name=translated(body, "name").text,
            filename=f"{body.slug}.ics",
        )


class SessionCalendarView(View):
    """A published session's programme of work: .../sessions/<body>/<ordinal>/calendar.ics."""

    def get(self, request, body, ordinal):
        session = published_session_or_404(body, ordinal, published_sessions())
        return calendar_response(
            request,
            [session],
            name=f"{translated(session.body, 'short_name').text} {session.ordinal}",
            filename=f"{session.body.slug}-{session.ordinal}.ics",
        )


class SessionAknView(View):
    """A published session's provisional agenda and annotations as Akoma Ntoso XML, in the
    page's language: .../sessions/<body>/<ordinal>/akn.xml."""

    def get(self, request, body, ordinal):
        session = published_session_or_404(body, ordinal, Session.objects.published().with_header())
        document = AgendaDocument(
            session, language=get_language(), absolute_url=request.build_absolute_uri
        )
        response = HttpResponse(
            document.to_bytes(), content_type="application/akn+xml; charset=utf-8"
        )
        response["Content-Disposition"] = (
            f'inline; filename="{session.body.slug}-{session.ordinal}-{get_language()}.xml"'
        )
        return response
