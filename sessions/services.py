"""Writes on sessions that the admin, the import and the commands share: publishing,
returning to draft, and preparing the next session of a body.

Each is a function with keyword arguments that validates and runs in one transaction;
a refusal is a ValidationError whose message says what is missing.

**The next session.** Every provisional agenda opens with item 1, "Organizational matters", and its sub-items
(a) "Opening of the session" (or "of the meeting") and (b) "Adoption of the agenda and
organization of work", and closes with "Adoption of the report". The next session's draft
gets those items, renumbered 1 and 2, so the secretariat only adds the substantive items
between them (and renumbers the adoption of the report last).

Their titles are copied in every language the source has. The standard titles are strings
of the message catalogue (locale/<language>/LC_MESSAGES/django.po), so the languages the
source lacks are filled in from the official wording of each language.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import translation
from django.utils.translation import gettext, gettext_noop
from modeltranslation.utils import build_localized_fieldname

from agendas.models import AgendaItem
from documents.services import keep_agenda_document

from .models import Session
from .signals import session_published


@transaction.atomic
def publish_session(*, session):
    """Publish ``session``: delegates see it from now on. Refused (ValidationError on
    ``status``, naming what is missing) without dates, a city and a country, and an agenda
    item unless it is a session published without an agenda."""
    missing = session.missing_for_publication(agenda_item_count=session.agenda_items.count())
    if missing:
        raise ValidationError({"status": session.publication_refusal(missing)})
    session.status = Session.Status.PUBLISHED
    session.full_clean()
    session.save()
    keep_agenda_document(session=session)
    session_published.send(sender=Session, session=session)
    return session


@transaction.atomic
def return_to_draft(*, session):
    """Hide ``session`` from delegates again (editors still see it)."""
    session.status = Session.Status.DRAFT
    session.full_clean()
    session.save()
    return session


# The standard titles of the standing items, as the message catalogue knows them.
STANDARD_TITLES = (
    gettext_noop("Organizational matters"),
    gettext_noop("Opening of the session"),
    gettext_noop("Opening of the meeting"),
    gettext_noop("Adoption of the agenda and organization of work"),
    gettext_noop("Adoption of the report"),
)


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def standing_titles(item):
    """An item's title in every language: its own, or the catalogue's for a standard title."""
    titles = {
        code: getattr(item, build_localized_fieldname("title", code)) or ""
        for code in language_codes()
    }
    msgid = next(
        (title for title in STANDARD_TITLES if titles.get("en", "").strip() == title), None
    )
    if msgid is not None:
        for code in language_codes():
            if not titles[code]:
                with translation.override(code):
                    titles[code] = gettext(msgid)
    return titles


def standing_items(session):
    """The session's item 1 with its sub-items, and its last item (the adoption of the report)."""
    top_level = list(session.agenda_items.filter(parent__isnull=True).order_by("position"))
    if not top_level:
        return None, [], None
    first = top_level[0] if top_level[0].number == 1 else None
    last = top_level[-1] if top_level[-1] is not first else None
    sub_items = list(first.sub_items.order_by("position")) if first else []
    return first, sub_items, last


def next_free_ordinal(body):
    highest = Session.objects.filter(body=body).aggregate(highest=Max("ordinal"))["highest"]
    return (highest or 0) + 1


@transaction.atomic
def prepare_next_session(*, session):
    """Create and return the draft of the session after ``session`` for the same body.

    The draft has the next free ordinal, no dates, no venue, and the standing items:
    item 1 with its sub-items, and the source's last item as item 2.
    """
    draft = Session.objects.create(
        body=session.body,
        ordinal=next_free_ordinal(session.body),
        status=Session.Status.DRAFT,
        format=session.format,
        original_language=session.original_language,
    )
    first, sub_items, last = standing_items(session)

    def copy(item, **numbering):
        titles = standing_titles(item)
        return AgendaItem.objects.create(
            session=draft,
            **numbering,
            **{build_localized_fieldname("title", code): text for code, text in titles.items()},
        )

    number = 1
    if first is not None:
        new_first = copy(first, number=number)
        for sub_item in sub_items:
            copy(sub_item, parent=new_first, letter=sub_item.letter)
        number += 1
    if last is not None:
        copy(last, number=number)
    return draft
