"""Bodies, venues, sessions and the proposed programme of work."""

import datetime
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext, pgettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from config.lib.countries import country_name, is_country
from config.lib.i18n import first_translation, in_every_language, require_text
from config.lib.urls import reverse_once

symbol_prefix_validator = RegexValidator(
    r"^[A-Z][A-Za-z0-9.\-]*(/[A-Za-z0-9.\-]+)*$",
    _("Enter a UN symbol prefix such as CAC/COSP/WG.2: parts separated by slashes."),
)


class BodyQuerySet(models.QuerySet):
    def in_hierarchy(self):
        """The Conference first, then its subsidiary bodies, each group by symbol prefix
        (NULLs first on every database: PostgreSQL would put them last)."""
        return self.order_by(models.F("parent_id").asc(nulls_first=True), "symbol_prefix")


class Body(models.Model):
    """An organ: the Conference of the States Parties or one of its subsidiary bodies."""

    class Kind(models.TextChoices):
        CONFERENCE = "conference", _("Conference")
        WORKING_GROUP = "working_group", _("Working group")
        REVIEW_GROUP = "review_group", _("Review group")
        EXPERT_MEETING = "expert_meeting", _("Expert meeting")

    name = models.CharField(_("name"), max_length=300, blank=True)
    short_name = models.CharField(_("short name"), max_length=100, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    symbol_prefix = models.CharField(
        _("symbol prefix"),
        max_length=60,
        unique=True,
        validators=[symbol_prefix_validator],
        help_text=_("The prefix of the body's document symbols, e.g. CAC/COSP/WG.2."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent body"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="subsidiary_bodies",
    )
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    modified = models.DateTimeField(_("last modified"), auto_now=True, db_index=True)

    objects = BodyQuerySet.as_manager()

    class Meta:
        verbose_name = _("body")
        verbose_name_plural = _("bodies")
        ordering = [models.F("parent_id").asc(nulls_first=True), "symbol_prefix"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(parent=models.F("pk")), name="body_not_its_own_parent"
            ),
        ]

    def __str__(self):
        return self.short_name or self.name

    def get_absolute_url(self):
        return reverse_once("meetings:body-detail", slug=self.slug)

    def clean(self):
        errors = require_text(self, "name", "short_name")
        ancestor = self.parent
        while ancestor is not None:
            if self.pk and ancestor.pk == self.pk:
                errors["parent"] = _("A body cannot be its own parent or ancestor.")
                break
            ancestor = ancestor.parent
        if errors:
            raise ValidationError(errors)


def validate_country(code):
    if code and not is_country(code):
        raise ValidationError(
            _("“%(code)s” is not a country: enter its two-letter ISO 3166 code, e.g. AT."),
            params={"code": code},
        )


def validate_time_zone(name):
    if name and name not in zoneinfo.available_timezones():
        raise ValidationError(
            _("“%(name)s” is not a time zone: enter its IANA name, e.g. Europe/Vienna."),
            params={"name": name},
        )


class Venue(models.Model):
    """A conference centre, e.g. the Vienna International Centre."""

    name = models.CharField(_("name"), max_length=200)
    city = models.CharField(_("city"), max_length=100)
    country = models.CharField(
        _("country"),
        max_length=2,
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Enter a two-letter ISO country code."))],
        help_text=_("Two-letter ISO 3166 code, e.g. AT."),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        blank=True,
        validators=[validate_time_zone],
        help_text=_(
            "The time zone of the venue's clocks (IANA name, e.g. America/New_York): the "
            "times of its programme slots are entered and shown in it. Empty: Europe/Vienna."
        ),
    )

    class Meta:
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["city", "name"]
        constraints = [
            # The venue's key in CSV files (the columns of modeltranslation's English name
            # and city, which exist once sessions/translation.py has registered them).
            models.UniqueConstraint(fields=["name_en", "city_en"], name="unique_venue_name_city"),
        ]

    def __str__(self):
        return f"{self.name}, {self.city}"

    def get_absolute_url(self):
        return reverse("meetings:session-list") + f"?venue={self.pk}"


def sees_drafts(user):
    """Editors (who may view sessions in the admin) see drafts; delegates never do."""
    return bool(
        user is not None and user.is_authenticated and user.has_perm("meetings.view_session")
    )


class ProgrammeStyle(models.TextChoices):
    """How a document's annexed programme of work is printed."""

    CURRENT = "current", _("As issued today: “Wednesday, 12 June 2024”, “（续）”")
    EARLY = "early", _("As early documents printed it: “Thursday, 14 May”, “(续)”")


class SessionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Session.Status.PUBLISHED)

    def visible_to(self, user):
        """Published sessions, and drafts too for editors."""
        return self if sees_drafts(user) else self.published()

    def upcoming(self, today=None):
        today = today or timezone.localdate()
        return self.filter(end_date__gte=today).order_by("start_date", "body__symbol_prefix")

    def past(self, today=None):
        today = today or timezone.localdate()
        return self.filter(end_date__lt=today).order_by("-start_date", "body__symbol_prefix")

    def of_year(self, year):
        return self.filter(start_date__year=year)

    def with_header(self):
        """What a session's header shows, in one query."""
        return self.select_related("body", "body__parent", "venue")

    def for_lines(self):
        """What a list's line of a session shows (``{% session_line %}``: its designation,
        dates, place and symbol, linked), and nothing more: a list reads dozens of sessions,
        each of more than a hundred columns with its body, parent body and venue."""
        return self.select_related("body").only(
            "body__slug",
            *in_every_language("body__name"),
            "ordinal",
            "part",
            "status",
            "original_language",
            *in_every_language("title", "city"),
            "country",
            "start_date",
            "end_date",
            "agenda_symbol",
        )

    def with_document_texts(self):
        """With every translated text of their documents prefetched (the translation status
        of ``agendas.translation_status``): a fixed number of queries for any number."""
        # Plain lists (``to_attr``): a related manager's ``all()`` would make a queryset for
        # every item and slot.
        return self.select_related("body").prefetch_related(
            Prefetch("agenda_items", to_attr="document_items"),
            Prefetch("document_items__panel_discussions", to_attr="document_panels"),
            Prefetch("footnotes", to_attr="document_footnotes"),
            Prefetch("programme_slots", to_attr="document_slots"),
            Prefetch("document_slots__entries", to_attr="document_entries"),
        )


class SessionPart(models.IntegerChoices):
    """Which part of a session a Session row is: the session itself, or one of its resumed
    parts, each with its own dates, place, agenda and documents, in the order they meet.
    Import files and URLs name a part by its key (``irg/6/second-resumed``); the session
    itself has none (``irg/6``)."""

    SESSION = 0, _("the session itself")
    RESUMED = 1, pgettext_lazy("session part", "resumed")
    FIRST_RESUMED = 2, pgettext_lazy("session part", "first resumed")
    SECOND_RESUMED = 3, pgettext_lazy("session part", "second resumed")
    THIRD_RESUMED = 4, pgettext_lazy("session part", "third resumed")
    FOURTH_RESUMED = 5, pgettext_lazy("session part", "fourth resumed")
    CONTINUED_RESUMED = 6, pgettext_lazy("session part", "continued resumed")

    @property
    def key(self):
        """``""``, ``resumed``, ``second-resumed``: the part in keys and URLs."""
        return "" if self == 0 else self.name.lower().replace("_", "-")

    @classmethod
    def keys(cls):
        return [part.key for part in cls if part.key]

    @classmethod
    def from_key(cls, key):
        """The part a key names; ValueError for one that is none."""
        for part in cls:
            if part.key == key:
                return part
        raise ValueError(key)


class Session(models.Model):
    """One session (or meeting) of a body, or one part of it (a resumed session)."""

    Part = SessionPart

    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        HYBRID = "hybrid", _("Hybrid")
        ONLINE = "online", _("Online")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    class Distribution(models.TextChoices):
        GENERAL = "general", _("General")
        LIMITED = "limited", _("Limited")
        RESTRICTED = "restricted", _("Restricted")

    body = models.ForeignKey(
        Body, verbose_name=_("body"), on_delete=models.PROTECT, related_name="sessions"
    )
    ordinal = models.PositiveSmallIntegerField(
        _("ordinal"), help_text=_("The number of the session: 15 for the fifteenth session.")
    )
    part = models.PositiveSmallIntegerField(
        _("part"),
        choices=SessionPart.choices,
        default=SessionPart.SESSION,
        help_text=_(
            "The session itself, or a resumed part of it, with its own dates, place and agenda."
        ),
    )
    title = models.CharField(
        _("title"),
        max_length=300,
        blank=True,
        help_text=_(
            "The session's full designation as it reads inside a sentence, "
            "e.g. “fifteenth session of the Implementation Review Group”; the part "
            "(“(resumed)”) is added to it."
        ),
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    city = models.CharField(
        _("city"),
        max_length=100,
        blank=True,
        help_text=_("Filled in from the venue when left empty."),
    )
    country = models.CharField(
        _("country"),
        max_length=2,
        blank=True,
        validators=[validate_country],
        help_text=_("Two-letter ISO 3166 code, e.g. AT; filled in from the venue when left empty."),
    )
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("venue"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sessions",
    )
    room = models.CharField(
        _("room"), max_length=200, blank=True, help_text=_("e.g. Board Room B/M1, M Building.")
    )
    format = models.CharField(
        _("format"), max_length=10, choices=Format.choices, default=Format.IN_PERSON
    )
    opening_time = models.TimeField(_("opening time"), null=True, blank=True)
    agenda_symbol = models.CharField(
        _("agenda symbol"),
        max_length=100,
        unique=True,
        null=True,
        blank=True,
        help_text=_("Symbol of the provisional agenda, e.g. CAC/COSP/WG.2/2024/1."),
    )
    distribution = models.CharField(
        _("distribution"), max_length=10, choices=Distribution.choices, blank=True
    )
    distribution_date = models.DateField(_("distribution date"), null=True, blank=True)
    original_language = models.CharField(
        _("original language"), max_length=7, choices=settings.LANGUAGES, default="en"
    )
    document_title = models.CharField(
        _("document title"),
        max_length=300,
        blank=True,
        help_text=_(
            "The title the provisional agenda was issued under, e.g. “Annotated provisional "
            "agenda”; leave empty for that title in each language."
        ),
    )
    programme_style = models.CharField(
        _("style of the programme of work"),
        max_length=10,
        choices=ProgrammeStyle.choices,
        default=ProgrammeStyle.CURRENT,
        help_text=_(
            "How the annexed programme of work was printed: as documents are issued today, "
            "or as early documents (to 2009) printed it."
        ),
    )
    resources_note = models.TextField(
        _("resources note"),
        blank=True,
        help_text=_("Interpretation and meeting services available to the session."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    without_agenda = models.BooleanField(
        _("published without an agenda"),
        default=False,
        help_text=_(
            "A session recorded only because resolutions it adopted are cited: its agenda "
            "is not kept here, and it is published without agenda items."
        ),
    )
    resolutions = models.ManyToManyField(
        "documents.Resolution",
        verbose_name=_("resolutions"),
        blank=True,
        related_name="based_sessions",
        help_text=_(
            "The resolutions in accordance with which the provisional agenda was prepared."
        ),
    )
    modified = models.DateTimeField(_("last modified"), auto_now=True, db_index=True)

    objects = SessionQuerySet.as_manager()

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["-start_date", "body__symbol_prefix", "-ordinal", "-part"]
        # The public lists: published sessions newest first (the sessions list, what cites a
        # resolution), and the home page's upcoming and past ones, split by the end date.
        indexes = [
            models.Index(fields=["status", "-start_date"], name="session_published_by_start"),
            models.Index(fields=["status", "end_date"], name="session_published_by_end"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["body", "ordinal", "part"], name="unique_session_ordinal_part"
            ),
            models.CheckConstraint(condition=Q(ordinal__gte=1), name="session_ordinal_positive"),
            models.CheckConstraint(
                condition=Q(start_date__isnull=True)
                | Q(end_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="session_end_not_before_start",
            ),
            models.CheckConstraint(
                condition=Q(start_date__isnull=False, end_date__isnull=False)
                | Q(start_date__isnull=True, end_date__isnull=True),
                name="session_dates_both_or_neither",
            ),
        ]

    #: The number of agenda items a form will save with the session (the admin's page saves
    #: them after the session row); None: count those the database holds.
    agenda_items_to_save = None

    def __str__(self):
        if self.start_date:
            return f"{self.body} {self.numbered} ({self.start_date.year})"
        return f"{self.body} {self.numbered}"

    def save(self, *args, **kwargs):
        if self.agenda_symbol is not None:
            self.agenda_symbol = self.agenda_symbol.strip() or None
        self.fill_place_from_venue()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse_once("meetings:session-detail", **self.url_kwargs())

    def url_kwargs(self):
        """The arguments of the session's URLs: body and ordinal, and the part of a resumed
        session (``/sessions/irg/6/resumed/``)."""
        kwargs = {"body": self.body.slug, "ordinal": self.ordinal}
        if self.part:
            kwargs["part"] = self.part_key
        return kwargs

    @property
    def part_key(self):
        """The part in keys and URLs: ``""`` for the session itself, ``resumed`` ..."""
        return SessionPart(self.part).key

    @property
    def numbered(self):
        """The ordinal with the part: “6”, “6 (resumed)”."""
        if not self.part:
            return str(self.ordinal)
        return f"{self.ordinal} ({self.get_part_display()})"

    def with_part(self, designation):
        """``designation`` with the part the session is: “sixth session (resumed)”."""
        if not self.part or not designation:
            return designation
        return pgettext("session designation", "%(designation)s (%(part)s)") % {
            "designation": designation,
            "part": self.get_part_display(),
        }

    @property
    def designation(self):
        """The full designation used in sentences, or a plain one when none is entered,
        with the part: “sixth session of the Implementation Review Group (resumed)”."""
        return self.with_part(
            self.title
            or gettext("session %(ordinal)s of the %(body)s")
            % {"ordinal": self.ordinal, "body": self.body.name}
        )

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED

    @property
    def time_zone(self):
        """The time zone of the session's programme: its venue's, else the project's."""
        name = self.venue.time_zone if self.venue_id and self.venue.time_zone else ""
        return zoneinfo.ZoneInfo(name or settings.TIME_ZONE)

    @property
    def country_name(self):
        """The country in the active language: ``RU`` is “Russia”, “Россия” in Russian."""
        return country_name(self.country)

    def has_city(self):
        return any(
            (getattr(self, build_localized_fieldname("city", code)) or "").strip()
            for code, _name in settings.LANGUAGES
        )

    def fill_place_from_venue(self):
        """The venue's city (in every language) and country where the session has none."""
        if not self.venue_id:
            return
        venue = self.venue
        if not self.has_city():
            for code, _name in settings.LANGUAGES:
                field = build_localized_fieldname("city", code)
                setattr(self, field, getattr(venue, field))
        if not self.country:
            self.country = venue.country

    @property
    def dates_display(self):
        if not self.start_date:
            return ""
        if self.start_date == self.end_date:
            return date_format(self.start_date, "DATE_FORMAT")
        start = date_format(self.start_date, "DATE_FORMAT")
        end = date_format(self.end_date, "DATE_FORMAT")
        return f"{start} – {end}"

    def overlaps(self, other):
        """True when both sessions have dates and share at least one day."""
        if not (self.start_date and self.end_date and other.start_date and other.end_date):
            return False
        return self.start_date <= other.end_date and other.start_date <= self.end_date

    def contains_date(self, day: datetime.date):
        return bool(self.start_date and self.start_date <= day <= self.end_date)

    def clean(self):
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date cannot be before the start date.")
        if bool(self.start_date) != bool(self.end_date):
            field = "end_date" if self.start_date else "start_date"
            errors[field] = _("Enter both the start and the end date, or neither.")
        if self.agenda_symbol is not None:
            self.agenda_symbol = self.agenda_symbol.strip() or None
        if self.venue_id:
            self.fill_place_from_venue()
        if self.status == self.Status.PUBLISHED and "status" not in errors:
            missing = self.missing_for_publication(agenda_item_count=self.agenda_item_count())
            if missing:
                errors["status"] = self.publication_refusal(missing)
        if errors:
            raise ValidationError(errors)

    def agenda_item_count(self):
        """The agenda items the session has, or will have once a form saves them."""
        if self.agenda_items_to_save is not None:
            return self.agenda_items_to_save
        return self.agenda_items.count() if self.pk else 0

    def missing_for_publication(self, *, agenda_item_count):
        """What an editor must still enter before the session can be published: dates, a
        city and a country, and an agenda item when ``agenda_item_count`` (the items the
        session has, or will have once a form saves them) is 0, unless the session is one
        published without an agenda. The admin, the import and the services all ask here."""
        missing = []
        if not (self.start_date and self.end_date):
            missing.append(gettext("dates"))
        if not self.has_city():
            missing.append(gettext("a city"))
        if not self.country:
            missing.append(gettext("a country"))
        if agenda_item_count == 0 and not self.without_agenda:
            missing.append(gettext("at least one agenda item"))
        return missing

    def publication_refusal(self, missing):
        """The message that refuses to publish the session, naming what is missing."""
        return gettext("%(session)s cannot be published: it still needs %(missing)s.") % {
            "session": self if self.body_id else gettext("The session"),
            "missing": ", ".join(str(part) for part in missing),
        }


class ProgrammeSlot(models.Model):
    """A half-day (or other) slot of the proposed programme of work."""

    session = models.ForeignKey(
        Session,
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="programme_slots",
    )
    date = models.DateField(_("date"))
    start_time = models.TimeField(_("start time"))
    end_time = models.TimeField(_("end time"))
    modified = models.DateTimeField(_("last modified"), auto_now=True, db_index=True)

    class Meta:
        verbose_name = _("programme slot")
        verbose_name_plural = _("programme slots")
        ordering = ["session", "date", "start_time"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "date", "start_time"], name="unique_programme_slot_start"
            ),
            models.CheckConstraint(
                condition=Q(end_time__gt=models.F("start_time")),
                name="programme_slot_ends_after_start",
            ),
        ]

    def __str__(self):
        return f"{self.session} – {self.date.isoformat()} {self.start_time:%H:%M}–{self.end_time:%H:%M}"

    def get_absolute_url(self):
        return f"{self.session.get_absolute_url()}#programme-{self.date.isoformat()}"

    def clean(self):
        errors = {}
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            errors["end_time"] = _("The slot must end after it starts.")
        session = self.session if self.session_id else None
        if session and self.date:
            if not (session.start_date and session.end_date):
                errors["date"] = _("Enter the session's dates before its programme of work.")
            elif not session.contains_date(self.date):
                errors["date"] = _(
                    "The slot's date must fall within the session's dates (%(start)s to %(end)s)."
                ) % {"start": session.start_date.isoformat(), "end": session.end_date.isoformat()}
        if errors:
            raise ValidationError(errors)


class ProgrammeEntry(models.Model):
    """An agenda item taken up in a programme slot, in order."""

    slot = models.ForeignKey(
        ProgrammeSlot, verbose_name=_("slot"), on_delete=models.CASCADE, related_name="entries"
    )
    agenda_item = models.ForeignKey(
        "agendas.AgendaItem",
        verbose_name=_("agenda item"),
        on_delete=models.CASCADE,
        related_name="programme_entries",
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    continued = models.BooleanField(
        _("continued"), default=False, help_text=_("The item carries over from an earlier slot.")
    )
    title = models.CharField(
        _("title or description"),
        max_length=500,
        blank=True,
        help_text=_("Leave empty to show the agenda item's title."),
    )
    modified = models.DateTimeField(_("last modified"), auto_now=True, db_index=True)

    class Meta:
        verbose_name = _("programme entry")
        verbose_name_plural = _("programme entries")
        ordering = ["slot", "position", "pk"]

    def __str__(self):
        return f"{self.agenda_item.label} {self.display_title}"

    def get_absolute_url(self):
        return self.slot.get_absolute_url()

    @property
    def display_title(self):
        return self.shown_title()

    def shown_title(self, language=None, original_language=None):
        """The title the programme shows, on the page and in the report alike: the entry's
        own wording, else its item's title, in the first language of the reader's fallback
        order that has either (a Translated, with its language)."""
        language = language or translation.get_language() or settings.LANGUAGE_CODE
        sources = [(self, "title"), (self.agenda_item, "title")]
        return first_translation(sources, language, original_language)

    def clean(self):
        if (
            self.slot_id
            and self.agenda_item_id
            and self.agenda_item.session_id != self.slot.session_id
        ):
            raise ValidationError(
                {"agenda_item": _("The agenda item must belong to the slot's session.")}
            )
