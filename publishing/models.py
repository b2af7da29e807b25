"""What is published besides the pages: the deletions of published rows (so that a mirror of
the API can delete them too) and the numbered revisions of each session's document."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DeletionQuerySet(models.QuerySet):
    def since(self, moment):
        return self.filter(deleted_at__gte=moment)


class Deletion(models.Model):
    """A published row that was deleted: what it was (its API resource, id and key) and when."""

    class Kind(models.TextChoices):
        BODY = "bodies", _("body")
        SESSION = "sessions", _("session")
        AGENDA_ITEM = "agenda-items", _("agenda item")
        JOINT_MEETING = "joint-meetings", _("joint meeting")
        PROGRAMME_SLOT = "programme-slots", _("programme slot")
        PROGRAMME_ENTRY = "programme-entries", _("programme entry")
        DOCUMENT = "documents", _("document")
        RESOLUTION = "resolutions", _("resolution")
        MANDATE = "mandates", _("mandate")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField(_("id"))
    key = models.CharField(_("key"), max_length=200, blank=True)
    deleted_at = models.DateTimeField(_("deleted at"), default=timezone.now, db_index=True)

    objects = DeletionQuerySet.as_manager()

    class Meta:
        verbose_name = _("deletion")
        verbose_name_plural = _("deletions")
        ordering = ["deleted_at", "pk"]

    def __str__(self):
        return f"{self.kind} {self.object_id} {self.key}".strip()


class RevisionQuerySet(models.QuerySet):
    def of_session(self, session):
        return self.filter(session=session).order_by("number")

    def current(self):
        """The revision delegates see: the last one published (None before the first)."""
        return self.order_by("-number").first()


# A mark of the UN's own for a document issued again: "Rev.1" (a revised document, whose
# symbol takes the mark) or "Corr.1" (a corrigendum).
SYMBOL_SUFFIX = RegexValidator(
    r"^(Rev|Corr)\.[1-9][0-9]?$",
    _("Write the UN's mark as Rev.1 (a revised document) or Corr.1 (a corrigendum)."),
)


class Revision(models.Model):
    """A numbered publication of a session's document, frozen as it was published.

    ``snapshot`` holds what the changelog compares (the items' labels and titles in every
    language, a fingerprint of each annotation, the programme's slots, the joint meetings and
    the documents); the document itself in every language is in ``documents``."""

    session = models.ForeignKey(
        "meetings.Session",
        on_delete=models.CASCADE,
        related_name="revisions",
        verbose_name=_("session"),
    )
    number = models.PositiveSmallIntegerField(_("revision"))
    symbol_suffix = models.CharField(
        _("UN mark"),
        max_length=10,
        blank=True,
        validators=[SYMBOL_SUFFIX],
        help_text=_(
            "Rev.1 when the document is issued again as a revision (the symbol takes the "
            "mark), Corr.1 for a corrigendum; empty when the change needs no mark."
        ),
    )
    published_at = models.DateTimeField(_("published at"), default=timezone.now)
    snapshot = models.JSONField(_("snapshot"), default=dict, editable=False)

    objects = RevisionQuerySet.as_manager()

    class Meta:
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        ordering = ["session", "number"]
        constraints = [
            models.UniqueConstraint(fields=["session", "number"], name="unique_revision_number")
        ]

    def __str__(self):
        text = _("%(session)s, revision %(number)d") % {
            "session": self.session,
            "number": self.number,
        }
        return f"{text} ({self.symbol_suffix})" if self.symbol_suffix else text


class RevisionDocument(models.Model):
    """A revision's document in one language: the page's article, the same for print (the
    PDF is made from it) and the DOCX file."""

    revision = models.ForeignKey(
        Revision, on_delete=models.CASCADE, related_name="documents", verbose_name=_("revision")
    )
    language = models.CharField(_("language"), max_length=10)
    page = models.TextField(_("page"))
    print_page = models.TextField(_("page for print"))
    docx = models.BinaryField(_("DOCX file"))
    filename_stem = models.CharField(_("file name"), max_length=200)
    #: How much of the document was translated into the language when it was frozen (the
    #: page's notice of an incomplete version; 0 of 0 for a revision frozen without it).
    texts_needed = models.PositiveIntegerField(_("texts needed"), default=0)
    texts_filled = models.PositiveIntegerField(_("texts translated"), default=0)

    class Meta:
        verbose_name = _("document of a revision")
        verbose_name_plural = _("documents of revisions")
        constraints = [
            models.UniqueConstraint(
                fields=["revision", "language"], name="unique_revision_document_language"
            ),
            models.CheckConstraint(
                condition=models.Q(texts_filled__lte=models.F("texts_needed")),
                name="revision_document_texts_filled_of_needed",
            ),
        ]

    def __str__(self):
        return f"{self.revision} [{self.language}]"
