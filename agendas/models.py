"""The provisional agenda: items and sub-items, annotations, footnotes, panels, joint meetings."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from config.lib.i18n import require_text

letter_validator = RegexValidator(r"^[a-z]{1,2}$", _("Enter a lower-case letter such as a or b."))


def item_label(number, letter):
    """The label printed on the agenda: ``3`` for an item, ``3(a)`` for a sub-item."""
    return f"{number}({letter})" if letter else f"{number}"


def item_position(number, letter):
    """A sort key that keeps sub-items under their item: 3 → 300, 3(a) → 301, 3(b) → 302."""
    offset = 0
    for char in letter:
        offset = offset * 26 + (ord(char) - ord("a") + 1)
    return number * 1000 + offset


class AgendaItemQuerySet(models.QuerySet):
    def in_agenda_order(self):
        return self.order_by("session_id", "position")

    def top_level(self):
        return self.filter(parent__isnull=True)

    def published(self):
        return self.filter(session__status="published")

    def published_newest_first(self):
        """Items of published sessions as the public lists them (what cites a resolution or
        a document, search results): newest sessions first, with what their links need."""
        return (
            self.published()
            .select_related("session__body", "parent")
            .order_by("-session__start_date", "session__body__symbol_prefix", "position")
        )


class AgendaItem(models.Model):
    """A numbered item of a session's provisional agenda, or a lettered sub-item."""

    session = models.ForeignKey(
        "meetings.Session",
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="agenda_items",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent item"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="sub_items",
        help_text=_("For a sub-item such as 1(a): the item it belongs to."),
    )
    number = models.PositiveSmallIntegerField(
        _("number"), null=True, blank=True, help_text=_("For an item: its number on the agenda.")
    )
    letter = models.CharField(
        _("letter"),
        max_length=2,
        blank=True,
        validators=[letter_validator],
        help_text=_("For a sub-item: its letter, a for 1(a)."),
    )
    label = models.CharField(_("label"), max_length=12, editable=False)
    position = models.PositiveIntegerField(_("position"), editable=False, default=0)
    title = models.CharField(_("title"), max_length=500, blank=True)
    annotation = models.TextField(
        _("annotation"),
        blank=True,
        help_text=_(
            "Explanatory text under the item. Separate paragraphs with a blank line; "
            "write [^1] where footnote 1 is referenced."
        ),
    )
    resolutions = models.ManyToManyField(
        "documents.Resolution",
        verbose_name=_("resolutions cited"),
        blank=True,
        related_name="citing_items",
    )
    documents = models.ManyToManyField(
        "documents.Document",
        verbose_name=_("documents"),
        through="AgendaItemDocument",
        blank=True,
        related_name="citing_items",
    )

    modified = models.DateTimeField(_("last modified"), auto_now=True, db_index=True)

    objects = AgendaItemQuerySet.as_manager()

    #: Set by a page that saves all of a session's items at once and compares their labels
    #: with one another (the session's agenda editor): the labels stored now, which that save
    #: may change, are then not compared with this item's.
    labels_checked_together = False

    class Meta:
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        ordering = ["session", "position"]
        constraints = [
            models.UniqueConstraint(fields=["session", "label"], name="unique_agenda_label"),
            models.CheckConstraint(
                condition=Q(parent__isnull=True, letter="", number__isnull=False, number__gte=1)
                | (Q(parent__isnull=False, number__isnull=True) & ~Q(letter="")),
                name="agenda_item_number_or_letter",
            ),
        ]

    def __str__(self):
        return f"{self.label}. {self.title}"

    def save(self, *args, **kwargs):
        if self.parent_id:
            self.label = self.compute_label()
            self.position = item_position(self.parent.number, self.letter)
        elif self.number is not None:
            self.label = self.compute_label()
            self.position = item_position(self.number, "")
        super().save(*args, **kwargs)
        if not self.parent_id and self.pk:
            # Keep sub-items' labels in step when an item is renumbered.
            for sub_item in self.sub_items.all():
                if sub_item.label != item_label(self.number, sub_item.letter):
                    sub_item.parent = self
                    sub_item.save(update_fields=["label", "position"])

    def get_absolute_url(self):
        return f"{self.session.get_absolute_url()}#item-{self.label}"

    @property
    def is_sub_item(self):
        return self.parent_id is not None

    @property
    def full_title(self):
        """A sub-item's title preceded by its item's: “Thematic discussion: ...”."""
        if self.parent_id:
            return f"{self.parent.title.rstrip(':：')}: {self.title}"
        return self.title

    #: {label: item} of the items of the item's session, when the caller has read them
    #: already (an import of many rows): the check of the label then asks no query. None:
    #: the database is asked.
    session_labels = None

    def compute_label(self):
        # (``parent``, not ``parent_id``: a parent imported in the same batch has no id yet.)
        if self.parent is not None:
            return item_label(self.parent.number, self.letter)
        return item_label(self.number, "")

    def label_taken(self, label):
        """Whether another item of the session has ``label``."""
        if self.session_labels is not None:
            owner = self.session_labels.get(label)
            return (
                owner is not None
                and owner is not self
                and (owner.pk is None or owner.pk != self.pk)
            )
        clash = AgendaItem.objects.filter(session_id=self.session_id, label=label)
        if self.pk:
            clash = clash.exclude(pk=self.pk)
        return clash.exists()

    def clean(self):
        errors = require_text(self, "title")
        # (The parent may be an item saved with this one, not saved yet: no parent_id.)
        parent = self.parent
        if parent is not None:
            if parent.parent_id:
                errors["parent"] = _("Sub-items cannot have sub-items of their own.")
            if self.session_id and parent.session_id != self.session_id:
                errors["parent"] = _("The parent item must belong to the same session.")
            if not self.letter:
                errors["letter"] = _("A sub-item needs a letter, such as a.")
            if self.number is not None:
                errors["number"] = _("A sub-item has a letter, not a number.")
        else:
            if self.number is None:
                errors["number"] = _("An agenda item needs a number.")
            elif self.number < 1:
                errors["number"] = _("Agenda item numbers start at 1.")
            if self.letter:
                errors["letter"] = _("Only a sub-item has a letter: choose its parent item.")
        if not errors and self.session_id and not self.labels_checked_together:
            label = self.compute_label()
            if self.label_taken(label):
                errors["number" if parent is None else "letter"] = _(
                    "This session already has an agenda item %(label)s."
                ) % {"label": label}
        if errors:
            raise ValidationError(errors)


class AgendaItemDocument(models.Model):
    """A document an agenda item cites in its annotation or lists under “Documents”."""

    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        on_delete=models.CASCADE,
        related_name="document_links",
    )
    document = models.ForeignKey(
        "documents.Document",
        verbose_name=_("document"),
        on_delete=models.PROTECT,
        related_name="item_links",
    )
    listed = models.BooleanField(
        _("listed under Documents"),
        default=False,
        help_text=_("Shown in the item's list of documents, not only cited in its annotation."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("document of an agenda item")
        verbose_name_plural = _("documents of agenda items")
        ordering = ["agenda_item", "position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["agenda_item", "document"], name="unique_document_per_item"
            ),
        ]

    def __str__(self):
        return f"{self.agenda_item.label}: {self.document.symbol}"

    def get_absolute_url(self):
        return self.document.get_absolute_url()


class Footnote(models.Model):
    """A numbered footnote of a session's provisional agenda and annotations."""

    session = models.ForeignKey(
        "meetings.Session",
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="footnotes",
    )
    number = models.PositiveSmallIntegerField(_("number"))
    text = models.TextField(_("text"), blank=True)

    class Meta:
        verbose_name = _("footnote")
        verbose_name_plural = _("footnotes")
        ordering = ["session", "number"]
        constraints = [
            models.UniqueConstraint(fields=["session", "number"], name="unique_footnote_number"),
            models.CheckConstraint(condition=Q(number__gte=1), name="footnote_number_positive"),
        ]

    def __str__(self):
        return f"{self.number}. {self.text[:60]}"

    def get_absolute_url(self):
        return f"{self.session.get_absolute_url()}#footnote-{self.number}"

    def clean(self):
        if errors := require_text(self, "text"):
            raise ValidationError(errors)


class PanelDiscussion(models.Model):
    """A panel discussion held under an agenda item."""

    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        on_delete=models.CASCADE,
        related_name="panel_discussions",
    )
    title = models.CharField(_("title"), max_length=500, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("panel discussion")
        verbose_name_plural = _("panel discussions")
        ordering = ["agenda_item", "position", "pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return self.agenda_item.get_absolute_url()

    def clean(self):
        if errors := require_text(self, "title"):
            raise ValidationError(errors)


def validate_joint_items(agenda_items):
    """The rule of a joint meeting: its items come from sessions of different bodies, whose
    dates overlap (two parts of one body's session, or two of its sessions, never meet
    jointly: a joint meeting is by definition one of different bodies).

    Raises ValidationError with a message naming the offending items.
    """
    items = list(agenda_items)
    errors = []
    seen = {}
    for item in items:
        body_id = item.session.body_id
        if body_id in seen:
            first = seen[body_id]
            errors.append(
                _(
                    "Agenda items %(first)s (%(first_session)s) and %(second)s "
                    "(%(second_session)s) are both of %(body)s: a joint meeting links items "
                    "of sessions of different bodies."
                )
                % {
                    "first": first.label,
                    "first_session": first.session,
                    "second": item.label,
                    "second_session": item.session,
                    "body": item.session.body,
                }
            )
        else:
            seen[body_id] = item
    sessions = [item.session for item in seen.values()]
    for index, first in enumerate(sessions):
        for second in sessions[index + 1 :]:
            if not first.overlaps(second):
                errors.append(
                    _(
                        "%(first)s and %(second)s do not meet at the same time: "
                        "a joint meeting needs sessions whose dates overlap."
                    )
                    % {"first": first, "second": second}
                )
    if errors:
        raise ValidationError(errors)


def validate_joint_meeting(agenda_items):
    """A whole joint meeting: at least two items, and :func:`validate_joint_items`."""
    items = list(agenda_items)
    if len(items) < 2:
        raise ValidationError(
            _("A joint meeting links at least two agenda items of sessions of different bodies.")
        )
    validate_joint_items(items)


class JointMeeting(models.Model):
    """Agenda items of sessions of different bodies considered together."""

    agenda_items = models.ManyToManyField(
        AgendaItem,
        verbose_name=_("agenda items"),
        through="JointMeetingItem",
        related_name="joint_meetings",
    )
    modified = models.DateTimeField(_("last modified"), auto_now=True, db_index=True)

    class Meta:
        verbose_name = _("joint meeting")
        verbose_name_plural = _("joint meetings")
        ordering = ["pk"]

    def __str__(self):
        members = self.memberships.all()
        if "memberships" not in getattr(self, "_prefetched_objects_cache", {}):
            members = members.select_related("agenda_item__session__body")
        # “Asset Recovery Working Group 18 (2024), item 2 + IRG 15 (2024), item 4(a)”
        return " + ".join(str(m) for m in members) or str(_("Joint meeting"))

    def get_absolute_url(self):
        first = self.memberships.select_related("agenda_item__session__body").first()
        if first is None:
            return reverse("meetings:session-list")
        return first.agenda_item.get_absolute_url()


class JointMeetingItem(models.Model):
    """One agenda item's place in a joint meeting."""

    joint_meeting = models.ForeignKey(
        JointMeeting,
        verbose_name=_("joint meeting"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    agenda_item = models.OneToOneField(
        AgendaItem,
        verbose_name=_("agenda item"),
        on_delete=models.CASCADE,
        related_name="joint_membership",
        help_text=_("An agenda item is considered jointly in one joint meeting at most."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    footnote = models.ForeignKey(
        Footnote,
        verbose_name=_("footnote"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="joint_references",
        help_text=_("A footnote that marks the reference to this item in another session's text."),
    )

    class Meta:
        verbose_name = _("item of a joint meeting")
        verbose_name_plural = _("items of joint meetings")
        ordering = ["joint_meeting", "position", "pk"]

    def __str__(self):
        """The item with its session, named by its body's short name and its year:
        “IRG 15 (2024), item 4(a)”."""
        return gettext("%(session)s, item %(label)s") % {
            "session": self.agenda_item.session,
            "label": self.agenda_item.label,
        }

    def get_absolute_url(self):
        return self.agenda_item.get_absolute_url()

    def clean(self):
        if not (self.joint_meeting_id and self.agenda_item_id):
            return
        others = [
            membership.agenda_item
            for membership in self.joint_meeting.memberships.select_related(
                "agenda_item__session__body"
            ).exclude(pk=self.pk)
        ]
        try:
            validate_joint_items([*others, self.agenda_item])
        except ValidationError as error:
            raise ValidationError({"agenda_item": error.messages}) from None
