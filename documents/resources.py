"""Import-export resources of the documents app.

Keys (see ``config.lib.resources``): a document by its ``symbol``; a resolution by its
``number`` (``10/6``); a mandate by ``resolution``, ``body`` and ``letter`` (and, for a
mandate without a letter, its ``position``).
"""

from import_export.fields import Field

from config.lib.i18n import in_every_language
from config.lib.resources import KeyedResource, cell_text, misread_date_message
from sessions.keys import BodyKey, SessionKey

from .keys import ResolutionKey
from .models import Document, Mandate, Resolution, parse_resolution_number


class DocumentResource(KeyedResource):
    """``documents``: key ``symbol``; ``body`` the issuing body's slug, ``session`` the
    session it was prepared for (``wg-asset-recovery/18``)."""

    body = Field(attribute="body", column_name="body", widget=BodyKey())
    session = Field(attribute="session", column_name="session", widget=SessionKey())
    export_select_related = ("body", "session__body")

    class Meta:
        model = Document
        import_id_fields = ["symbol"]
        fields = ["symbol", "kind", "body", "session", "date", *in_every_language("title")]


class ResolutionNumberField(Field):
    """``10/6``: the resolution's session number and sequence."""

    def save(self, instance, row, is_m2m=False, **kwargs):
        value = row.get(self.column_name)
        try:
            instance.session_number, instance.sequence = parse_resolution_number(cell_text(value))
        except ValueError:
            message = misread_date_message(value)
            if message:
                raise ValueError(message) from None
            raise

    def get_value(self, instance):
        if instance.session_number is None or instance.sequence is None:
            return None
        return instance.number


class ResolutionResource(KeyedResource):
    """``resolutions``: key ``number``; ``adopted_at`` the COSP session (``cosp/10``)."""

    number = ResolutionNumberField(attribute="number", column_name="number")
    adopted_at = Field(attribute="adopted_at", column_name="adopted_at", widget=SessionKey())
    export_select_related = ("adopted_at__body",)
    #: A change of an existing resolution's title is pointed out in the preview (its number
    #: is its key: a row with another number is another resolution).
    flagged_fields = ("number", *in_every_language("title"))

    class Meta:
        model = Resolution
        import_id_fields = ["number"]
        fields = ["number", "adopted_at", "date", *in_every_language("title")]

    def instance_lookup(self, row):
        value = row.get("number")
        try:
            session_number, sequence = parse_resolution_number(cell_text(value))
        except ValueError:
            message = misread_date_message(value)
            if message:
                raise ValueError(message) from None
            raise
        return {"session_number": session_number, "sequence": sequence}


class MandateResource(KeyedResource):
    """``mandates``: key ``resolution`` (``1/4``), ``body`` (slug) and ``letter``; a mandate
    without a letter is found by its ``position`` as well."""

    resolution = Field(attribute="resolution", column_name="resolution", widget=ResolutionKey())
    body = Field(attribute="body", column_name="body", widget=BodyKey())
    required_columns = ("position",)
    export_select_related = ("resolution", "body")

    class Meta:
        model = Mandate
        import_id_fields = ["resolution", "body", "letter"]
        fields = ["resolution", "body", "letter", "position", *in_every_language("text")]

    def instance_lookup(self, row):
        lookup = super().instance_lookup(row)
        if not lookup["letter"]:
            lookup["position"] = self.fields["position"].clean(row)
        return lookup

    def row_key(self, row):
        key = super().row_key(row)
        return key if key[-1] else (*key, cell_text(row.get("position")))
