"""Documents by UN symbol, resolutions and decisions (the Conference's and other organs'),
and the mandates they give to bodies."""

from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils.text import capfirst
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from config.lib.i18n import choice_label, require_text
from config.lib.urls import reverse_once
from sessions.models import Body, Session, sees_drafts

SYMBOL_PATTERN = r"[A-Z][A-Za-z0-9.\-]*(?:/[A-Za-z0-9.\-]+)+"
symbol_validator = RegexValidator(
    rf"^{SYMBOL_PATTERN}$",
    _("Enter a UN document symbol such as CAC/COSP/WG.2/2024/2."),
)

# undocs.org serves each official language under its two-letter code.
UNDOCS_LANGUAGES = {"ar": "ar", "zh-hans": "zh", "en": "en", "fr": "fr", "ru": "ru", "es": "es"}


def official_link(symbol, language=None):
    """The link to the official text of a document, derived from its symbol."""
    code = UNDOCS_LANGUAGES.get(language or get_language() or "en", "en")
    return f"https://undocs.org/{code}/{quote(symbol, safe='/')}"


class DocumentQuerySet(models.QuerySet):
    def public(self):
        """The documents delegates may see: those of no session, and those of a session
        that is published or of a published session's agenda (a draft's documents stay
        hidden until one of their sessions is published)."""
        published = Session.Status.PUBLISHED
        # EXISTS, one index probe per document that needs it: an IN over every citation
        # would be planned (and hashed) whole, at every page of the list. (The citations'
        # model is the agendas app's, which depends on this one: reached by the relation.)
        citation = self.model._meta.get_field("item_links").related_model
        cited = citation.objects.filter(
            document=OuterRef("pk"), agenda_item__session__status=published
        )
        return self.filter(Q(session__isnull=True) | Q(session__status=published) | Exists(cited))

    def visible_to(self, user):
        """Editors see every document; delegates the public ones."""
        return self if sees_drafts(user) else self.public()

    def by_symbol(self, symbol):
        """The documents known by ``symbol``: as their symbol or as one of their others."""
        return self.filter(
            Q(symbol=symbol)
            | Q(pk__in=DocumentSymbol.objects.filter(symbol=symbol).values("document"))
        )


class Document(models.Model):
    """A document known by its UN symbol (and, when issued jointly, by others)."""

    class Kind(models.TextChoices):
        PROVISIONAL_AGENDA = "provisional_agenda", _("Provisional agenda and annotations")
        NOTE_BY_SECRETARIAT = "note_by_secretariat", _("Note by the Secretariat")
        THEMATIC_REPORT = "thematic_report", _("Thematic report")
        BACKGROUND_PAPER = "background_paper", _("Background paper")
        REPORT_OF_MEETING = "report_of_meeting", _("Report of a meeting")
        CONFERENCE_ROOM_PAPER = "conference_room_paper", _("Conference room paper")
        OTHER = "other", _("Other")

    symbol = models.CharField(
        _("symbol"), max_length=100, unique=True, validators=[symbol_validator]
    )
    title = models.CharField(_("title"), max_length=1000, blank=True)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices, default=Kind.OTHER)
    body = models.ForeignKey(
        "meetings.Body",
        verbose_name=_("issuing body"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="documents",
    )
    session = models.ForeignKey(
        "meetings.Session",
        verbose_name=_("prepared for session"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="documents",
    )
    date = models.DateField(_("date"), null=True, blank=True)
    modified = models.DateTimeField(_("last modified"), auto_now=True, db_index=True)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["symbol"]

    def __str__(self):
        return self.symbol

    def get_absolute_url(self):
        return reverse_once("documents:document-detail", symbol=self.symbol)

    @property
    def kind_label(self):
        """The kind in the reader's language: "Note by the Secretariat"."""
        return choice_label(self.Kind, self.kind)

    @property
    def official_url(self):
        return official_link(self.symbol)

    #: {other symbol: (its document's id, its document's symbol)}, when the caller has read
    #: those of the symbols it checks (an import of many rows): the check of the symbol then
    #: asks no query. None: the database is asked.
    other_symbol_owners = None

    def other_symbol_owner(self):
        """The symbol of the document that has this document's symbol among its other
        symbols, or None."""
        if self.other_symbol_owners is not None:
            owner_id, owner_symbol = self.other_symbol_owners.get(self.symbol, (None, None))
            return owner_symbol if owner_id is not None and owner_id != self.pk else None
        other = DocumentSymbol.objects.filter(symbol=self.symbol).select_related("document")
        other = other.exclude(document_id=self.pk).first() if self.pk else other.first()
        return other.document.symbol if other is not None else None

    def clean(self):
        if errors := require_text(self, "title"):
            raise ValidationError(errors)
        if self.symbol:
            self.symbol = self.symbol.strip()
            owner = self.other_symbol_owner()
            if owner is not None:
                raise ValidationError(
                    {
                        "symbol": _("%(symbol)s is already a symbol of document %(document)s.")
                        % {"symbol": self.symbol, "document": owner}
                    }
                )


def issuing_body(symbol):
    """The body whose symbol prefix begins ``symbol`` (the longest such prefix), or None:
    ``CAC/COSP/WG.2/2012/CRP.2`` was issued by the Working Group (``CAC/COSP/WG.2``)."""
    prefixes = []
    parts = symbol.split("/")
    for end in range(len(parts) - 1, 0, -1):
        prefixes.append("/".join(parts[:end]))
    bodies = {body.symbol_prefix: body for body in Body.objects.filter(symbol_prefix__in=prefixes)}
    return next((bodies[prefix] for prefix in prefixes if prefix in bodies), None)


class DocumentSymbol(models.Model):
    """Another symbol of a document: a paper issued jointly by two bodies carries the symbol
    of each (``CAC/COSP/WG.4/2012/CRP.1 - CAC/COSP/WG.2/2012/CRP.2``). The issuing body is
    derived from the symbol's prefix."""

    document = models.ForeignKey(
        Document,
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="other_symbols",
    )
    symbol = models.CharField(
        _("symbol"), max_length=100, unique=True, validators=[symbol_validator]
    )
    body = models.ForeignKey(
        "meetings.Body",
        verbose_name=_("issuing body"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="other_document_symbols",
    )

    class Meta:
        verbose_name = _("other symbol")
        verbose_name_plural = _("other symbols")
        ordering = ["symbol"]

    def __str__(self):
        return self.symbol

    def save(self, *args, **kwargs):
        self.symbol = self.symbol.strip()
        self.body = issuing_body(self.symbol)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return self.document.get_absolute_url()

    @property
    def official_url(self):
        return official_link(self.symbol)

    def clean(self):
        if not self.symbol:
            return
        self.symbol = self.symbol.strip()
        owner = Document.objects.filter(symbol=self.symbol).first()
        if owner is not None:
            message = (
                _("%(symbol)s is this document's own symbol.")
                if owner.pk == self.document_id
                else _("%(symbol)s is already the symbol of another document.")
            )
            raise ValidationError({"symbol": message % {"symbol": self.symbol}})


class ResolutionQuerySet(models.QuerySet):
    def in_list_order(self):
        """The Conference's first, then each organ's; resolutions before decisions."""
        return self.order_by("organ", "-kind", "session_number", "sequence")


class Resolution(models.Model):
    """A resolution or decision of an organ, numbered session/sequence: the Conference's
    resolution 7/1 and decision 7/1 are two texts, and General Assembly resolution 58/4
    a third kind again."""

    class Kind(models.TextChoices):
        RESOLUTION = "resolution", _("Resolution")
        DECISION = "decision", _("Decision")

    class Organ(models.TextChoices):
        CONFERENCE = "conference", _("Conference of the States Parties")
        GENERAL_ASSEMBLY = "general_assembly", _("General Assembly")
        ECONOMIC_AND_SOCIAL_COUNCIL = (
            "economic_and_social_council",
            _("Economic and Social Council"),
        )
        CRIME_COMMISSION = (
            "crime_commission",
            _("Commission on Crime Prevention and Criminal Justice"),
        )

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.RESOLUTION)
    organ = models.CharField(
        _("organ"), max_length=30, choices=Organ.choices, default=Organ.CONFERENCE
    )
    session_number = models.PositiveSmallIntegerField(
        _("session number"), help_text=_("10 for resolution 10/6.")
    )
    sequence = models.PositiveSmallIntegerField(
        _("sequence"), help_text=_("6 for resolution 10/6.")
    )
    title = models.CharField(_("title"), max_length=1000, blank=True)
    adopted_at = models.ForeignKey(
        "meetings.Session",
        verbose_name=_("adopted at"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="adopted_resolutions",
    )
    date = models.DateField(_("date of adoption"), null=True, blank=True)
    modified = models.DateTimeField(_("last modified"), auto_now=True, db_index=True)

    objects = ResolutionQuerySet.as_manager()

    class Meta:
        verbose_name = _("resolution")
        verbose_name_plural = _("resolutions")
        ordering = ["organ", "-kind", "session_number", "sequence"]
        constraints = [
            models.UniqueConstraint(
                fields=["organ", "kind", "session_number", "sequence"],
                name="unique_resolution_number",
            ),
            models.CheckConstraint(
                condition=Q(session_number__gte=1, sequence__gte=1),
                name="resolution_number_positive",
            ),
        ]

    def __str__(self):
        return f"{capfirst(self.label)}: {self.title}"

    def get_absolute_url(self):
        kwargs = {"session_number": self.session_number, "sequence": self.sequence}
        if self.organ != self.Organ.CONFERENCE:
            kwargs["organ"] = organ_slug(self.organ)
        if self.kind != self.Kind.RESOLUTION:
            kwargs["kind"] = self.kind
        return reverse_once("documents:resolution-detail", **kwargs)

    @property
    def organ_label(self):
        """The organ in the reader's language: "Conference of the States Parties"."""
        return choice_label(self.Organ, self.organ)

    @property
    def number(self):
        """``7/1``: the number alone, which a resolution and a decision may share."""
        return f"{self.session_number}/{self.sequence}"

    @property
    def label(self):
        """How a sentence names it, in the active language: “resolution 7/1”, “decision
        7/1”, “General Assembly resolution 58/4”."""
        return str(LABELS[self.organ, self.kind]) % {"number": self.number}

    @property
    def short_label(self):
        """``10/6`` for the Conference's resolutions, the label for the others."""
        if (self.organ, self.kind) == (self.Organ.CONFERENCE, self.Kind.RESOLUTION):
            return self.number
        return self.label

    @property
    def short_key(self):
        """``10/6`` for the Conference's resolutions, else its key (``decision 7/1``,
        ``A/RES/58/4``, ``crime-commission resolution 26/3``)."""
        if (self.organ, self.kind) == (self.Organ.CONFERENCE, self.Kind.RESOLUTION):
            return self.number
        if self.symbol:
            return self.symbol
        if self.organ == self.Organ.CONFERENCE:
            return f"{self.kind} {self.number}"
        return f"{organ_slug(self.organ)} {self.kind} {self.number}"

    @property
    def symbol(self):
        """The official symbol (``A/RES/58/4``) where the organ issues one, else None."""
        prefix = SYMBOL_PREFIXES.get((self.organ, self.kind))
        return f"{prefix}/{self.number}" if prefix else None

    @property
    def official_url(self):
        return official_link(self.symbol) if self.symbol else None

    def clean(self):
        if errors := require_text(self, "title"):
            raise ValidationError(errors)
        if not self.adopted_at_id:
            return
        if self.organ != self.Organ.CONFERENCE:
            raise ValidationError(
                {
                    "adopted_at": _(
                        "Only the Conference's resolutions and decisions are adopted at a "
                        "session held here: leave it empty for the %(organ)s."
                    )
                    % {"organ": self.get_organ_display()}
                }
            )
        if self.session_number:
            session = self.adopted_at
            if session.ordinal != self.session_number:
                raise ValidationError(
                    {
                        "adopted_at": _(
                            "%(resolution)s was adopted at session %(expected)s, not at "
                            "%(session)s."
                        )
                        % {
                            "resolution": capfirst(self.label),
                            "expected": self.session_number,
                            "session": session,
                        }
                    }
                )
            if session.body.parent_id is not None:
                raise ValidationError(
                    {
                        "adopted_at": _(
                            "Resolutions are adopted by the Conference, not by %(body)s."
                        )
                        % {"body": session.body}
                    }
                )


def organ_slug(organ):
    """The organ as a URL segment: ``general-assembly``."""
    return organ.replace("_", "-")


#: How a sentence names a resolution or decision of each organ, in the active language.
LABELS = {
    (Resolution.Organ.CONFERENCE, Resolution.Kind.RESOLUTION): pgettext_lazy(
        "resolution label", "resolution %(number)s"
    ),
    (Resolution.Organ.CONFERENCE, Resolution.Kind.DECISION): pgettext_lazy(
        "resolution label", "decision %(number)s"
    ),
    (Resolution.Organ.GENERAL_ASSEMBLY, Resolution.Kind.RESOLUTION): pgettext_lazy(
        "resolution label", "General Assembly resolution %(number)s"
    ),
    (Resolution.Organ.GENERAL_ASSEMBLY, Resolution.Kind.DECISION): pgettext_lazy(
        "resolution label", "General Assembly decision %(number)s"
    ),
    (Resolution.Organ.ECONOMIC_AND_SOCIAL_COUNCIL, Resolution.Kind.RESOLUTION): pgettext_lazy(
        "resolution label", "Economic and Social Council resolution %(number)s"
    ),
    (Resolution.Organ.ECONOMIC_AND_SOCIAL_COUNCIL, Resolution.Kind.DECISION): pgettext_lazy(
        "resolution label", "Economic and Social Council decision %(number)s"
    ),
    (Resolution.Organ.CRIME_COMMISSION, Resolution.Kind.RESOLUTION): pgettext_lazy(
        "resolution label",
        "Commission on Crime Prevention and Criminal Justice resolution %(number)s",
    ),
    (Resolution.Organ.CRIME_COMMISSION, Resolution.Kind.DECISION): pgettext_lazy(
        "resolution label",
        "Commission on Crime Prevention and Criminal Justice decision %(number)s",
    ),
}

#: The official symbols' prefixes: General Assembly resolution 58/4 is A/RES/58/4. The
#: Conference and the Commission issue their resolutions and decisions in their reports.
SYMBOL_PREFIXES = {
    (Resolution.Organ.GENERAL_ASSEMBLY, Resolution.Kind.RESOLUTION): "A/RES",
    (Resolution.Organ.GENERAL_ASSEMBLY, Resolution.Kind.DECISION): "A/DEC",
    (Resolution.Organ.ECONOMIC_AND_SOCIAL_COUNCIL, Resolution.Kind.RESOLUTION): "E/RES",
    (Resolution.Organ.ECONOMIC_AND_SOCIAL_COUNCIL, Resolution.Kind.DECISION): "E/DEC",
}


class MandateQuerySet(models.QuerySet):
    def of_body_by_resolution(self, body):
        """A body's mandate: ``[(resolution, [mandate, ...]), ...]`` in resolution order."""
        mandates = self.filter(body=body).select_related("resolution")
        return grouped(mandates, lambda mandate: mandate.resolution)

    def of_resolution_by_body(self, resolution):
        """What a resolution mandates: ``[(body, [mandate, ...]), ...]`` by symbol prefix."""
        mandates = (
            self.filter(resolution=resolution)
            .select_related("body")
            .order_by("body__symbol_prefix", "position", "letter")
        )
        return grouped(mandates, lambda mandate: mandate.body)


def grouped(rows, key):
    """Consecutive rows with the same ``key(row)`` together: ``[(key, [row, ...]), ...]``."""
    groups = []
    for row in rows:
        group = key(row)
        if not groups or groups[-1][0].pk != group.pk:
            groups.append((group, []))
        groups[-1][1].append(row)
    return groups


class Mandate(models.Model):
    """What a resolution asks of a body: one function or request, optionally lettered."""

    resolution = models.ForeignKey(
        Resolution,
        verbose_name=_("resolution"),
        on_delete=models.CASCADE,
        related_name="mandates",
    )
    body = models.ForeignKey(
        "meetings.Body", verbose_name=_("body"), on_delete=models.CASCADE, related_name="mandates"
    )
    letter = models.CharField(
        _("letter"),
        max_length=2,
        blank=True,
        validators=[RegexValidator(r"^[a-z]{1,2}$", _("Enter a lower-case letter such as a."))],
        help_text=_("The function's letter in the resolution, a to f for resolution 1/4."),
    )
    text = models.TextField(_("text"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    modified = models.DateTimeField(_("last modified"), auto_now=True, db_index=True)

    objects = MandateQuerySet.as_manager()

    class Meta:
        verbose_name = _("mandate")
        verbose_name_plural = _("mandates")
        ordering = [
            "body",
            "resolution__session_number",
            "resolution__sequence",
            "position",
            "letter",
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["resolution", "body", "letter"],
                condition=~Q(letter=""),
                name="unique_mandate_letter",
            ),
        ]

    def __str__(self):
        letter = f" ({self.letter})" if self.letter else ""
        return f"{capfirst(self.resolution.label)}{letter} → {self.body}"

    def get_absolute_url(self):
        return f"{self.body.get_absolute_url()}#mandate-{self.pk}"

    def clean(self):
        if errors := require_text(self, "text"):
            raise ValidationError(errors)
