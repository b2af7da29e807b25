"""The JSON API's representations: every translated field in the six languages, stable ids
and the human keys (``wg-asset-recovery/18``, ``7/1``, a document's symbol).

A serializer reads only what its view's QuerySet has loaded (``select_related`` and
prefetches), so that a page of 10 rows or of 100 takes the same number of queries.
"""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from agendas.models import AgendaItem, JointMeeting
from config.lib.i18n import language_codes, texts_in_every_language
from documents.keys import ResolutionKey
from documents.models import Document, Mandate, Resolution
from sessions.keys import session_key
from sessions.models import Body, ProgrammeSlot, Session

from .models import Deletion

LANGUAGE_CODES = language_codes()

TRANSLATIONS_SCHEMA = {
    "type": "object",
    "description": "The text in each of the six official languages (empty where not entered).",
    "properties": {code: {"type": "string"} for code in LANGUAGE_CODES},
    "required": LANGUAGE_CODES,
}


@extend_schema_field(TRANSLATIONS_SCHEMA)
class TranslationsField(serializers.Field):
    """A translated field as ``{"ar": ..., "zh-hans": ..., "en": ..., ...}``."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def bind(self, field_name, parent):
        super().bind(field_name, parent)
        self.translated_name = field_name

    def to_representation(self, obj):
        return texts_in_every_language(obj, self.translated_name)


def published_session(session):
    """The session if the public may see it (a draft is no one's business)."""
    return session if session is not None and session.is_published else None


def resolution_key(resolution):
    return ResolutionKey().to_key(resolution)


class BodySerializer(serializers.ModelSerializer):
    key = serializers.CharField(source="slug", read_only=True)
    name = TranslationsField()
    short_name = TranslationsField()

    class Meta:
        model = Body
        fields = ["id", "key", "kind", "symbol_prefix", "parent", "name", "short_name", "modified"]


class VenueSerializer(serializers.Serializer):
    name = TranslationsField()
    city = TranslationsField()
    country = serializers.CharField()


class SessionSerializer(serializers.ModelSerializer):
    key = serializers.SerializerMethodField()
    body_key = serializers.CharField(source="body.slug", read_only=True)
    part = serializers.CharField(
        source="part_key", read_only=True, help_text="“” for the session itself, “resumed”, …"
    )
    title = TranslationsField()
    city = TranslationsField()
    room = TranslationsField()
    resources_note = TranslationsField()
    venue = VenueSerializer(read_only=True, allow_null=True)
    resolutions = serializers.SerializerMethodField()

    class Meta:
        model = Session
        fields = [
            "id",
            "key",
            "body",
            "body_key",
            "ordinal",
            "part",
            "title",
            "start_date",
            "end_date",
            "opening_time",
            "city",
            "country",
            "venue",
            "room",
            "format",
            "agenda_symbol",
            "distribution",
            "distribution_date",
            "original_language",
            "resources_note",
            "resolutions",
            "modified",
        ]

    def get_key(self, session) -> str:
        return session_key(session)

    def get_resolutions(self, session) -> list[str]:
        """The keys of the resolutions the provisional agenda was prepared under."""
        return [resolution_key(resolution) for resolution in session.resolutions.all()]


class ItemDocumentSerializer(serializers.Serializer):
    document = serializers.IntegerField(source="document_id")
    symbol = serializers.CharField(source="document.symbol")
    listed = serializers.BooleanField()


class AgendaItemSerializer(serializers.ModelSerializer):
    session_key = serializers.SerializerMethodField()
    title = TranslationsField()
    annotation = TranslationsField()
    resolutions = serializers.SerializerMethodField()
    documents = ItemDocumentSerializer(source="document_links", many=True, read_only=True)

    class Meta:
        model = AgendaItem
        fields = [
            "id",
            "session",
            "session_key",
            "label",
            "parent",
            "number",
            "letter",
            "position",
            "title",
            "annotation",
            "resolutions",
            "documents",
            "modified",
        ]

    def get_session_key(self, item) -> str:
        return session_key(item.session)

    def get_resolutions(self, item) -> list[str]:
        """The keys of the resolutions the item cites."""
        return [resolution_key(resolution) for resolution in item.resolutions.all()]


class JointMeetingItemSerializer(serializers.Serializer):
    agenda_item = serializers.IntegerField(source="agenda_item_id")
    session_key = serializers.SerializerMethodField()
    label = serializers.CharField(source="agenda_item.label")
    position = serializers.IntegerField()

    def get_session_key(self, membership) -> str:
        return session_key(membership.agenda_item.session)


class JointMeetingSerializer(serializers.ModelSerializer):
    items = JointMeetingItemSerializer(source="published_memberships", many=True, read_only=True)

    class Meta:
        model = JointMeeting
        fields = ["id", "items", "modified"]


class ProgrammeEntrySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    agenda_item = serializers.IntegerField(source="agenda_item_id")
    label = serializers.CharField(source="agenda_item.label")
    position = serializers.IntegerField()
    continued = serializers.BooleanField()
    title = TranslationsField()
    modified = serializers.DateTimeField()


class ProgrammeSlotSerializer(serializers.ModelSerializer):
    session_key = serializers.SerializerMethodField()
    entries = ProgrammeEntrySerializer(many=True, read_only=True)

    class Meta:
        model = ProgrammeSlot
        fields = ["id", "session", "session_key", "date", "start_time", "end_time", "entries"]
        fields += ["modified"]

    def get_session_key(self, slot) -> str:
        return session_key(slot.session)


class DocumentSerializer(serializers.ModelSerializer):
    key = serializers.CharField(source="symbol", read_only=True)
    title = TranslationsField()
    body_key = serializers.SerializerMethodField()
    session = serializers.SerializerMethodField()
    session_key = serializers.SerializerMethodField()

    class Meta:
        model = Document
        fields = ["id", "key", "symbol", "kind", "title", "body", "body_key", "session"]
        fields += ["session_key", "date", "modified"]

    def get_body_key(self, document) -> str | None:
        return document.body.slug if document.body_id else None

    def get_session(self, document) -> int | None:
        session = published_session(document.session)
        return session.pk if session else None

    def get_session_key(self, document) -> str | None:
        session = published_session(document.session)
        return session_key(session) if session else None


class ResolutionSerializer(serializers.ModelSerializer):
    key = serializers.SerializerMethodField()
    title = TranslationsField()
    adopted_at = serializers.SerializerMethodField()
    adopted_at_key = serializers.SerializerMethodField()

    class Meta:
        model = Resolution
        fields = ["id", "key", "session_number", "sequence", "title", "adopted_at"]
        fields += ["adopted_at_key", "date", "modified"]

    def get_key(self, resolution) -> str:
        return resolution_key(resolution)

    def get_adopted_at(self, resolution) -> int | None:
        session = published_session(resolution.adopted_at)
        return session.pk if session else None

    def get_adopted_at_key(self, resolution) -> str | None:
        session = published_session(resolution.adopted_at)
        return session_key(session) if session else None


class MandateSerializer(serializers.ModelSerializer):
    resolution_key = serializers.SerializerMethodField()
    body_key = serializers.CharField(source="body.slug", read_only=True)
    text = TranslationsField()

    class Meta:
        model = Mandate
        fields = ["id", "resolution", "resolution_key", "body", "body_key", "letter", "position"]
        fields += ["text", "modified"]

    def get_resolution_key(self, mandate) -> str:
        return resolution_key(mandate.resolution)


class DeletionSerializer(serializers.ModelSerializer):
    id = serializers.IntegerField(source="object_id")
    resource = serializers.CharField(source="kind")

    class Meta:
        model = Deletion
        fields = ["resource", "id", "key", "deleted_at"]
