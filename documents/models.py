"""Documents by UN symbol, COSP resolutions and the mandates they give to bodies."""

import re
from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from config.lib.i18n import require_text

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


class Document(models.Model):
    """A document known by its UN symbol."""

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

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["symbol"]

    def __str__(self):
        return self.symbol

    def get_absolute_url(self):
        return reverse("documents:document-detail", kwargs={"symbol": self.symbol})

    @property
    def official_url(self):
        return official_link(self.symbol)

    def clean(self):
        if self.symbol:
            self.symbol = self.symbol.strip()
        if errors := require_text(self, "title"):
            raise ValidationError(errors)


RESOLUTION_NUMBER = re.compile(r"^\s*(\d{1,3})\s*/\s*(\d{1,3})\s*$")


def parse_resolution_number(number):
    """``"10/6"`` → ``(10, 6)``; ValueError, with a message for the reader, for anything
    else."""
    match = RESOLUTION_NUMBER.match(str(number))
    if not match:
        raise ValueError(
            gettext("“%(number)s” is not a resolution number such as 10/6.") % {"number": number}
        )
    return int(match.group(1)), int(match.group(2))


class ResolutionQuerySet(models.QuerySet):
    def get_by_number(self, number):
        session_number, sequence = parse_resolution_number(number)
        return self.get(session_number=session_number, sequence=sequence)


class Resolution(models.Model):
    """A resolution of the Conference of the States Parties, numbered session/sequence."""

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
        ordering = ["session_number", "sequence"]
        constraints = [
            models.UniqueConstraint(
                fields=["session_number", "sequence"], name="unique_resolution_number"
            ),
            models.CheckConstraint(
                condition=Q(session_number__gte=1, sequence__gte=1),
                name="resolution_number_positive",
            ),
        ]

    def __str__(self):
        return f"{self.number} {self.title}"

    def get_absolute_url(self):
        return reverse(
            "documents:resolution-detail",
            kwargs={"session_number": self.session_number, "sequence": self.sequence},
        )

    @property
    def number(self):
        return f"{self.session_number}/{self.sequence}"

    def clean(self):
        if errors := require_text(self, "title"):
            raise ValidationError(errors)
        if self.adopted_at_id and self.session_number:
            session = self.adopted_at
            if session.ordinal != self.session_number:
                raise ValidationError(
                    {
                        "adopted_at": _(
                            "Resolution %(number)s was adopted at session %(expected)s, "
                            "not at %(session)s."
                        )
                        % {
                            "number": self.number,
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
        return f"{self.resolution.number}{letter} → {self.body}"

    def get_absolute_url(self):
        return f"{self.body.get_absolute_url()}#mandate-{self.pk}"

    def clean(self):
        if errors := require_text(self, "text"):
            raise ValidationError(errors)
