"""The read-only JSON API under /api/: published data only, to everyone, in pages.

Each list filters by ``body`` (a body's slug), ``year`` and ``modified_since`` (an ISO 8601
time: the rows saved at or after it) where they apply; ``/api/deletions/?since=`` lists the
published rows deleted since a time, so that a mirror can follow with both. Bad filter values
are refused with HTTP 400 and a message naming the parameter.
"""

import datetime
import re

from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils import timezone
from django.utils.csp import CSP
from django.utils.dateparse import parse_datetime
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.csp import csp_override
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from drf_spectacular.views import SpectacularSwaggerSplitView
from rest_framework import mixins, viewsets
from rest_framework.exceptions import ValidationError

from agendas.models import AgendaItem, AgendaItemDocument, JointMeeting, JointMeetingItem
from documents.models import Document, Mandate, Resolution
from sessions.keys import session_filters
from sessions.models import Body, ProgrammeEntry, ProgrammeSlot, Session

from . import serializers
from .models import Deletion

PUBLISHED = Session.Status.PUBLISHED


BODY = OpenApiParameter("body", str, description="A body's slug, e.g. wg-asset-recovery.")
YEAR = OpenApiParameter("year", int, description="The year the session started, e.g. 2024.")
SESSION = OpenApiParameter(
    "session",
    str,
    description="A session's key, e.g. wg-asset-recovery/18, or irg/6/resumed for a resumed part.",
)
MODIFIED_SINCE = OpenApiParameter(
    "modified_since",
    OpenApiTypes.DATETIME,
    description="Only the rows saved at or after this time (ISO 8601, e.g. 2024-06-01T00:00:00Z).",
)
SINCE = OpenApiParameter(
    "since",
    OpenApiTypes.DATETIME,
    description="Only the deletions at or after this time (ISO 8601).",
)


UNENCODED_PLUS = re.compile(r"(?<=\d) (\d{2}:?\d{2})$")


def moment_param(request, name):
    """The time ``name`` of the query string, aware, or None; ValidationError (HTTP 400) for
    anything that is not an ISO 8601 time."""
    value = request.query_params.get(name, "").strip()
    if not value:
        return None
    # An offset's "+" left unencoded in a URL arrives as a space: 2024-06-01T00:00:00 02:00.
    value = UNENCODED_PLUS.sub(r"+\1", value)
    try:
        moment = parse_datetime(value)
    except ValueError:
        moment = None
    if moment is None:
        try:
            moment = datetime.datetime.combine(
                datetime.date.fromisoformat(value), datetime.time.min
            )
        except ValueError:
            raise ValidationError(
                {
                    name: _("“%(value)s” is not a time: write it as 2024-06-01T00:00:00Z.")
                    % {"value": value}
                }
            ) from None
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, datetime.UTC)
    return moment


def year_param(request):
    value = request.query_params.get("year", "").strip()
    if not value:
        return None
    if not value.isdigit() or not 1 <= int(value) <= 9999:
        raise ValidationError(
            {"year": _("“%(value)s” is not a year such as 2024.") % {"value": value}}
        )
    return int(value)


def session_filters_param(request, prefix):
    """The filters of the session the ``session`` parameter names (its key), or None."""
    value = request.query_params.get("session", "").strip()
    if not value:
        return None
    try:
        return session_filters(value, prefix)
    except ValueError as error:
        raise ValidationError({"session": str(error)}) from None


class PublishedViewSet(viewsets.ReadOnlyModelViewSet):
    """A read-only list and detail; subclasses give ``base_queryset()`` and the lookups of
    the filters that apply to them (None: the filter does not apply)."""

    body_lookup = None
    year_lookup = None
    session_lookup = None  # the prefix that reaches the session ("session__"), or None
    ordering = ("pk",)  # a fixed order, so that pages neither repeat nor skip a row

    def base_queryset(self):
        raise NotImplementedError

    def get_queryset(self):
        queryset = self.base_queryset()
        if self.action != "list":
            return queryset
        body = self.request.query_params.get("body", "").strip()
        if body and self.body_lookup:
            queryset = queryset.filter(**{self.body_lookup: body})
        year = year_param(self.request) if self.year_lookup else None
        if year is not None:
            queryset = queryset.filter(**{self.year_lookup: year})
        if self.session_lookup is not None:
            session = session_filters_param(self.request, self.session_lookup)
            if session is not None:
                queryset = queryset.filter(**session)
        modified_since = moment_param(self.request, "modified_since")
        if modified_since is not None:
            queryset = queryset.filter(self.modified_since(modified_since))
        return queryset.order_by(*self.ordering)

    def modified_since(self, moment):
        return Q(modified__gte=moment)


@extend_schema_view(list=extend_schema(parameters=[MODIFIED_SINCE]))
class BodyViewSet(PublishedViewSet):
    """The Conference and its subsidiary bodies."""

    serializer_class = serializers.BodySerializer

    def base_queryset(self):
        return Body.objects.all()


@extend_schema_view(list=extend_schema(parameters=[BODY, YEAR, MODIFIED_SINCE]))
class SessionViewSet(PublishedViewSet):
    """The published sessions, with their venue and the resolutions their agenda follows."""

    serializer_class = serializers.SessionSerializer
    body_lookup = "body__slug"
    year_lookup = "start_date__year"

    def base_queryset(self):
        return (
            Session.objects.published()
            .select_related("body", "venue")
            .prefetch_related("resolutions")
        )


@extend_schema_view(list=extend_schema(parameters=[BODY, YEAR, SESSION, MODIFIED_SINCE]))
class AgendaItemViewSet(PublishedViewSet):
    """The agenda items and sub-items of the published sessions, with their annotations,
    the resolutions they cite and their documents."""

    serializer_class = serializers.AgendaItemSerializer
    body_lookup = "session__body__slug"
    year_lookup = "session__start_date__year"
    session_lookup = "session__"
    ordering = ("session_id", "position", "pk")  # each session's items in agenda order

    def base_queryset(self):
        return (
            AgendaItem.objects.published()
            .select_related("session__body")
            .prefetch_related(
                "resolutions",
                Prefetch(
                    "document_links", queryset=AgendaItemDocument.objects.select_related("document")
                ),
            )
        )


def published_memberships():
    return JointMeetingItem.objects.filter(agenda_item__session__status=PUBLISHED).select_related(
        "agenda_item__session__body"
    )


@extend_schema_view(list=extend_schema(parameters=[BODY, YEAR, MODIFIED_SINCE]))
class JointMeetingViewSet(PublishedViewSet):
    """Agenda items of sessions of different bodies considered together (the items of
    published sessions)."""

    serializer_class = serializers.JointMeetingSerializer

    def base_queryset(self):
        return JointMeeting.objects.filter(
            Exists(published_memberships().filter(joint_meeting=OuterRef("pk")))
        ).prefetch_related(
            Prefetch(
                "memberships", queryset=published_memberships(), to_attr="published_memberships"
            )
        )

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.action != "list":
            return queryset
        members = published_memberships().filter(joint_meeting=OuterRef("pk"))
        body = self.request.query_params.get("body", "").strip()
        if body:
            queryset = queryset.filter(
                Exists(members.filter(agenda_item__session__body__slug=body))
            )
        year = year_param(self.request)
        if year is not None:
            queryset = queryset.filter(
                Exists(members.filter(agenda_item__session__start_date__year=year))
            )
        return queryset


@extend_schema_view(list=extend_schema(parameters=[BODY, YEAR, SESSION, MODIFIED_SINCE]))
class ProgrammeSlotViewSet(PublishedViewSet):
    """The proposed programme of work of the published sessions: slots and, in order, the
    agenda items taken up in each. ``modified_since`` finds a slot whose entries changed."""

    serializer_class = serializers.ProgrammeSlotSerializer
    body_lookup = "session__body__slug"
    year_lookup = "session__start_date__year"
    session_lookup = "session__"

    def base_queryset(self):
        return (
            ProgrammeSlot.objects.filter(session__status=PUBLISHED)
            .select_related("session__body")
            .prefetch_related(
                Prefetch(
                    "entries",
                    queryset=ProgrammeEntry.objects.select_related("agenda_item").order_by(
                        "position", "pk"
                    ),
                )
            )
        )

    def modified_since(self, moment):
        changed_entries = ProgrammeEntry.objects.filter(slot=OuterRef("pk"), modified__gte=moment)
        return Q(modified__gte=moment) | Q(Exists(changed_entries))


@extend_schema_view(list=extend_schema(parameters=[BODY, YEAR, SESSION, MODIFIED_SINCE]))
class DocumentViewSet(PublishedViewSet):
    """Documents by UN symbol; ``year`` is the document's date."""

    serializer_class = serializers.DocumentSerializer
    body_lookup = "body__slug"
    year_lookup = "date__year"
    session_lookup = "session__"

    def base_queryset(self):
        return Document.objects.select_related("body", "session__body")


@extend_schema_view(list=extend_schema(parameters=[BODY, YEAR, MODIFIED_SINCE]))
class ResolutionViewSet(PublishedViewSet):
    """Resolutions and decisions of the Conference; ``year`` is the date of adoption,
    ``body`` the body of the session that adopted them."""

    serializer_class = serializers.ResolutionSerializer
    body_lookup = "adopted_at__body__slug"
    year_lookup = "date__year"

    def base_queryset(self):
        return Resolution.objects.select_related("adopted_at__body")


@extend_schema_view(list=extend_schema(parameters=[BODY, MODIFIED_SINCE]))
class MandateViewSet(PublishedViewSet):
    """What each resolution asks of each body."""

    serializer_class = serializers.MandateSerializer
    body_lookup = "body__slug"

    def base_queryset(self):
        return Mandate.objects.select_related("resolution", "body")


@extend_schema_view(list=extend_schema(parameters=[SINCE]))
class DeletionViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """The published rows deleted (oldest first): their resource (``sessions``, ...), id and
    key, and when. A mirror deletes them after reading the lists with ``modified_since``."""

    serializer_class = serializers.DeletionSerializer

    def get_queryset(self):
        deletions = Deletion.objects.all()
        since = moment_param(self.request, "since")
        if since is not None:
            deletions = deletions.since(since)
        return deletions.order_by("deleted_at", "pk")


# Swagger UI draws its icons as data: images; nothing else of the site's policy changes.
DOCUMENTATION_CSP = {**settings.SECURE_CSP, "img-src": [CSP.SELF, "data:"]}


@method_decorator(csp_override(DOCUMENTATION_CSP), name="dispatch")
class DocumentationView(SpectacularSwaggerSplitView):
    """The schema's browsable documentation (Swagger UI, served from static: its script
    comes from a URL of its own, as the Content-Security-Policy allows no inline script)."""

    template_name = "publishing/api_docs.html"
