"""The calendars, the Akoma Ntoso files and the revisions of a session's document: thin views
over the published sessions."""

from django.db.models import Max
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from agendas.files import DOCUMENT_FORMATS, FROZEN_COLUMNS, frozen_file_response
from config.lib.i18n import translated
from config.lib.pagecache import CachedPageMixin
from sessions.keys import session_key
from sessions.models import Body, Session, SessionPart

from .akn import AgendaDocument
from .calendars import build_calendar, published_sessions
from .models import Revision
from .revisions import changes, empty_snapshot
from .texts import short_name

# An ordinal is stored in a small integer: a larger number is no session, not an error.
MAX_ORDINAL = 32767


def file_stem(session):
    """``wg-asset-recovery-18``, ``irg-6-resumed``."""
    return session_key(session).replace("/", "-")


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


def published_session_or_404(sessions, body, ordinal, part):
    """The published session a URL names (``part``: "" for the session itself, ``resumed``
    ...); Http404 for any other."""
    try:
        part = SessionPart.from_key(part)
    except ValueError:
        raise Http404("No such part of a session.") from None
    return get_object_or_404(
        sessions.published(), body__slug=body, ordinal=min(ordinal, MAX_ORDINAL + 1), part=part
    )


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
    """A published session's programme of work: .../sessions/<body>/<ordinal>/calendar.ics
    (.../<ordinal>/<part>/calendar.ics for a resumed part)."""

    def get(self, request, body, ordinal, part=""):
        session = published_session_or_404(published_sessions(), body, ordinal, part)
        return calendar_response(
            request,
            [session],
            name=short_name(session),
            filename=f"{file_stem(session)}.ics",
        )


class SessionAknView(View):
    """A published session's provisional agenda and annotations as Akoma Ntoso XML, in the
    page's language: .../sessions/<body>/<ordinal>/akn.xml."""

    def get(self, request, body, ordinal, part=""):
        session = published_session_or_404(Session.objects.with_header(), body, ordinal, part)
        document = AgendaDocument(
            session, language=get_language(), absolute_url=request.build_absolute_uri
        )
        response = HttpResponse(
            document.to_bytes(), content_type="application/akn+xml; charset=utf-8"
        )
        response["Content-Disposition"] = (
            f'inline; filename="{file_stem(session)}-{get_language()}.xml"'
        )
        return response


# --- Revisions ------------------------------------------------------------------------------


class SessionRevisionsView(CachedPageMixin, TemplateView):
    """A published session's revisions, newest first, each with what changed since the one
    before it, in the reader's language: .../sessions/<body>/<ordinal>/revisions/."""

    template_name = "publishing/revisions.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        session = published_session_or_404(
            Session.objects.with_header(),
            self.kwargs["body"],
            self.kwargs["ordinal"],
            self.kwargs.get("part", ""),
        )
        revisions = list(Revision.objects.of_session(session))
        if not revisions:
            raise Http404("This session has no revisions.")
        before = empty_snapshot()
        for revision in revisions:
            revision.changes = changes(before, revision.snapshot) if revision.number > 1 else []
            before = revision.snapshot
        context["session"] = session
        context["revisions"] = revisions[::-1]
        return context


def revision_or_404(kwargs):
    session = published_session_or_404(
        Session.objects.with_header(), kwargs["body"], kwargs["ordinal"], kwargs.get("part", "")
    )
    revision = get_object_or_404(Revision.objects.filter(session=session), number=kwargs["number"])
    document = get_object_or_404(revision.documents.all(), language=get_language())
    return session, revision, document


class SessionRevisionView(CachedPageMixin, TemplateView):
    """A revision's document as it was published: .../revisions/<number>/."""

    template_name = "publishing/revision.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        session, revision, document = revision_or_404(self.kwargs)
        context["session"] = session
        context["revision"] = revision
        context["frozen_document"] = document.page
        context["latest"] = session.revisions.aggregate(latest=Max("number"))["latest"]
        return context


class SessionRevisionDocumentView(CachedPageMixin, View):
    """A revision's document as DOCX or PDF: .../revisions/<number>/document.docx."""

    def get(self, request, file_format, **kwargs):
        if file_format not in DOCUMENT_FORMATS:
            raise Http404("No such document file.")
        _session, _revision, document = revision_or_404(kwargs)
        frozen = getattr(document, FROZEN_COLUMNS[file_format])
        return frozen_file_response(frozen, file_format, document.filename_stem)
