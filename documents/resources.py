"""Import-export resources of the documents app.

Keys (see ``config.lib.resources``): a document by its ``symbol``; a resolution by its
key (``resolution 10/6``, ``decision 7/1``, ``A/RES/58/4``: ``documents.keys``) in the
column ``number``; a mandate by ``resolution``, ``body`` and ``letter`` (and, for a mandate
without a letter, its ``position``).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from import_export.fields import Field

from config.lib.i18n import in_every_language
from config.lib.resources import (
    KeyedResource,
    cell_text,
    changed_children,
    misread_date_message,
)
from sessions.keys import BodyKey, SessionKey

from .keys import DocumentKey, ResolutionKey, parse_resolution_key, resolution_key
from .models import Document, DocumentSymbol, Mandate, Resolution, symbol_validator

#: Between a document's symbols, as the United Nations writes a jointly issued paper's.
SYMBOL_SEPARATOR = " - "


class OtherSymbolsField(Field):
    """``other_symbols``: the document's other symbols, ``CAC/COSP/WG.2/2012/CRP.2 - ...``
    (each one's issuing body follows from its prefix). An empty cell removes them."""

    def __init__(self):
        super().__init__(attribute="other_symbols", column_name="other_symbols")

    def clean(self, row, **kwargs):
        text = cell_text(row.get(self.column_name))
        symbols = [part.strip() for part in text.split(SYMBOL_SEPARATOR.strip()) if part.strip()]
        for symbol in symbols:
            try:
                symbol_validator(symbol)
            except ValidationError:
                raise ValueError(
                    _("“%(symbol)s” is not a UN document symbol such as CAC/COSP/WG.2/2024/2.")
                    % {"symbol": symbol}
                ) from None
        return list(dict.fromkeys(symbols))

    def save(self, instance, row, is_m2m=False, **kwargs):
        """Checked here, written by ``DocumentResource.save_m2m`` once the document exists."""
        if self.column_name not in row:
            return
        symbols = self.clean(row)
        if instance.symbol in symbols:
            raise ValueError(
                _("%(symbol)s is this document's own symbol.") % {"symbol": instance.symbol}
            )
        taken = [
            *Document.objects.filter(symbol__in=symbols).values_list("symbol", flat=True),
            *DocumentSymbol.objects.filter(symbol__in=symbols)
            .exclude(document__symbol=instance.symbol)
            .values_list("symbol", flat=True),
        ]
        if taken:
            raise ValueError(
                _("Already the symbol of another document: %(symbols)s.")
                % {"symbols": ", ".join(sorted(taken))}
            )
        instance.pending_other_symbols = symbols

    def get_value(self, instance):
        pending = getattr(instance, "pending_other_symbols", None)
        if pending is not None:
            return SYMBOL_SEPARATOR.join(sorted(pending))
        if instance.pk is None:
            return ""
        return SYMBOL_SEPARATOR.join(other.symbol for other in instance.other_symbols.all())

    def export_lists(self, ids):
        """{id: the cell} of the documents ``ids`` that have other symbols, for the export
        (one query)."""
        symbols = {}
        for document_id, symbol in DocumentSymbol.objects.filter(document_id__in=ids).values_list(
            "document_id", "symbol"
        ):
            symbols.setdefault(document_id, []).append(symbol)
        return {pk: SYMBOL_SEPARATOR.join(found) for pk, found in symbols.items()}


class DocumentResource(KeyedResource):
    """``documents``: key ``symbol``; ``body`` the issuing body's slug, ``session`` the
    session it was prepared for (``wg-asset-recovery/18``)."""

    body = Field(attribute="body", column_name="body", widget=BodyKey())
    session = Field(attribute="session", column_name="session", widget=SessionKey())
    other_symbols = OtherSymbolsField()
    export_select_related = ("body", "session__body")
    export_prefetch_related = ("other_symbols",)

    class Meta:
        model = Document
        import_id_fields = ["symbol"]
        fields = [
            "symbol",
            "other_symbols",
            "kind",
            "body",
            "session",
            "date",
            *in_every_language("title"),
        ]

    def read_rows(self, dataset):
        """With the documents that hold the file's symbols among their other symbols."""
        super().read_rows(dataset)
        headers = dataset.headers or []
        symbols = sorted(
            {cell_text(cell) for cell in dataset["symbol"]} if "symbol" in headers else ()
        )
        self._other_symbol_owners = {}
        for start in range(0, len(symbols), 500):
            others = DocumentSymbol.objects.filter(symbol__in=symbols[start : start + 500])
            for symbol, document_id, document_symbol in others.values_list(
                "symbol", "document_id", "document__symbol"
            ):
                self._other_symbol_owners[symbol] = (document_id, document_symbol)

    def after_init_instance(self, instance, new, row, **kwargs):
        super().after_init_instance(instance, new, row, **kwargs)
        instance.other_symbol_owners = getattr(self, "_other_symbol_owners", None)

    def after_write(self, rows):
        """The other symbols of the rows written: read in one query, and those that change
        deleted in one, each new one saved (its issuing body follows from it)."""
        refused = super().after_write(rows)
        wanted = {
            row.instance.pk: symbols
            for row in rows
            if (symbols := getattr(row.instance, "pending_other_symbols", None)) is not None
        }
        if not wanted:
            return refused
        existing = DocumentSymbol.objects.filter(document_id__in=wanted)
        stale, missing = changed_children(
            existing.values_list("pk", "document_id", "symbol"), wanted
        )
        if stale:
            DocumentSymbol.objects.filter(pk__in=stale).delete()
        for document_id, symbol in missing:
            DocumentSymbol(document_id=document_id, symbol=symbol).save()
        return refused


class DocumentSymbolResource(KeyedResource):
    """The other symbols alone (the admin's list of them): key ``symbol``; ``document`` the
    document by any of its symbols. ``documents``' column ``other_symbols`` carries them in
    ``export_all``."""

    document = Field(attribute="document", column_name="document", widget=DocumentKey())
    required_columns = ("document",)
    export_select_related = ("document",)

    class Meta:
        model = DocumentSymbol
        import_id_fields = ["symbol"]
        fields = ["symbol", "document"]


def resolution_in_cell(value):
    """The resolution a cell names; a spreadsheet's date made of ``7/1`` is told as such."""
    try:
        return parse_resolution_key(cell_text(value))
    except ValueError:
        message = misread_date_message(value)
        if message:
            raise ValueError(message) from None
        raise


class ResolutionKeyField(Field):
    """``resolution 10/6``, ``decision 7/1``, ``A/RES/58/4`` (``10/6`` alone: the
    Conference's resolution): the organ, kind, session number and sequence."""

    #: What ``get_value`` reads, as the key of a resolution does (the export reads those only).
    export_reads = ResolutionKey.key_fields

    def save(self, instance, row, is_m2m=False, **kwargs):
        ref = resolution_in_cell(row.get(self.column_name))
        for field, value in ref.lookup().items():
            setattr(instance, field, value)

    def get_value(self, instance):
        if instance.session_number is None or instance.sequence is None:
            return None
        return resolution_key(instance)


class ResolutionResource(KeyedResource):
    """``resolutions``: key ``number`` (``resolution 10/6``, ``decision 7/1``,
    ``A/RES/58/4``); ``adopted_at`` the Conference's session (``cosp/10``)."""

    number = ResolutionKeyField(attribute="number", column_name="number")
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
        return resolution_in_cell(row.get("number")).lookup()

    def row_key(self, row):
        """``7/1`` and ``resolution 7/1`` in one file are the same row."""
        try:
            ref = parse_resolution_key(cell_text(row.get("number")))
        except ValueError:
            return super().row_key(row)
        return (resolution_key(Resolution(**ref.lookup())),)

    def refusal_key(self, row):
        """As messages and other files name it: ``10/6`` (the Conference's resolution),
        ``decision 7/1``, ``A/RES/58/4``."""
        try:
            ref = parse_resolution_key(cell_text(row.get("number")))
        except ValueError:
            return super().refusal_key(row)
        return Resolution(**ref.lookup()).short_key


class MandateResource(KeyedResource):
    """``mandates``: key ``resolution`` (``resolution 1/4``), ``body`` (slug) and ``letter``; a mandate
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
