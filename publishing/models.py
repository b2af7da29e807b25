"""The deletions of published rows, so that a mirror of the API can delete them too."""

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
