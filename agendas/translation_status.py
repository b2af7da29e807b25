"""How complete each language version of a session's document is, computed from its data.

The document's translated texts are the session's own (title, city, room, resources note), its
agenda items' titles and annotations, their panel discussions' titles, its footnotes and its
programme entries' own titles (an entry without one shows its item's title, counted once
with the item). Joint meetings hold no text of their own: their sentences are built from
the items' titles and the sessions' designations.

A text is *needed* in every language once it has been written in one of them; a language
version is complete when every needed text has a value in that language. Nothing is typed
by hand: the figures follow the data.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext

from config.lib.i18n import language_name, languages_with_text


@dataclass(frozen=True)
class TranslatedText:
    """One translated field of one object of the document, and the languages it has."""

    obj: object
    field: str
    languages: tuple

    @property
    def label(self):
        """Where the text is, for an editor: “Agenda item 2: annotation”."""
        return text_label(self.obj, self.field)


@dataclass(frozen=True)
class LanguageShare:
    """How much of one language version is translated: ``filled`` of ``needed`` texts (what
    the public page says of it; a published revision keeps its own, counted when frozen)."""

    language: str
    needed: int
    filled: int

    @property
    def complete(self):
        return self.filled >= self.needed

    @property
    def percent(self):
        """The share filled, in whole per cent, rounded down: 100 only when complete."""
        return 100 if self.complete else self.filled * 100 // self.needed

    @property
    def language_name(self):
        return language_name(self.language)


@dataclass
class LanguageStatus:
    """One language version: ``filled`` of ``needed`` texts, and the ``missing`` ones."""

    language: str
    needed: int
    missing: list = field(default_factory=list)

    def share(self):
        return LanguageShare(self.language, self.needed, self.needed - len(self.missing))

    @property
    def filled(self):
        return self.share().filled

    @property
    def complete(self):
        return self.share().complete

    @property
    def percent(self):
        return self.share().percent

    @property
    def language_name(self):
        return language_name(self.language)


@dataclass
class TranslationStatus:
    session: object
    texts: list

    def language(self, code):
        """The :class:`LanguageStatus` of language ``code``."""
        return LanguageStatus(
            code, len(self.texts), [text for text in self.texts if code not in text.languages]
        )

    def languages(self):
        """The status of every language, in the order of ``settings.LANGUAGES``."""
        return [self.language(code) for code, _name in settings.LANGUAGES]


def document_texts(session, items, footnotes, entries):
    """The translated texts of the session's document that have a value in some language,
    in document order, from objects already read: ``items`` with their panel discussions
    (prefetched), ``footnotes`` and programme ``entries``."""
    sources = [(session, name) for name in ("title", "city", "room", "resources_note")]
    for item in sorted(items, key=lambda item: item.position):
        sources += [(item, "title"), (item, "annotation")]
        sources += [(panel, "title") for panel in item.panel_discussions.all()]
    sources += [(footnote, "text") for footnote in sorted(footnotes, key=lambda f: f.number)]
    sources += [(entry, "title") for entry in entries]
    texts = []
    for obj, name in sources:
        languages = tuple(languages_with_text(obj, name))
        if languages:
            texts.append(TranslatedText(obj, name, languages))
    return texts


def document_status(session, items, footnotes, entries):
    """The :class:`TranslationStatus` of a session from its objects already read (the public
    page's, which has them all: no query)."""
    return TranslationStatus(session, document_texts(session, items, footnotes, entries))


def prefetched_status(session):
    """The status of a session read with ``Session.objects.with_document_texts()``."""
    items = list(session.agenda_items.all())
    by_pk = {item.pk: item for item in items}
    # The labels name a panel's item and an entry's slot and item: the objects already read.
    for item in items:
        item.session = session
        for panel in item.panel_discussions.all():
            panel.agenda_item = item
    entries = []
    for slot in session.programme_slots.all():
        for entry in slot.entries.all():
            entry.slot = slot
            if entry.agenda_item_id in by_pk:
                entry.agenda_item = by_pk[entry.agenda_item_id]
            entries.append(entry)
    return document_status(session, items, session.footnotes.all(), entries)


def text_label(obj, name):
    """“Session: title”, “Agenda item 3(a): annotation”, “Footnote 2”, ...: where a text is
    in the document, for an editor."""
    model = obj._meta.model_name
    field_name = obj._meta.get_field(name).verbose_name
    if model == "session":
        return gettext("Session: %(field)s") % {"field": field_name}
    if model == "agendaitem":
        return gettext("Agenda item %(label)s: %(field)s") % {
            "label": obj.label,
            "field": field_name,
        }
    if model == "paneldiscussion":
        return gettext("Panel discussion under agenda item %(label)s") % {
            "label": obj.agenda_item.label
        }
    if model == "footnote":
        return gettext("Footnote %(number)s") % {"number": obj.number}
    return gettext("Programme of work, %(date)s %(time)s, agenda item %(label)s") % {
        "date": obj.slot.date.isoformat(),
        "time": f"{obj.slot.start_time:%H:%M}",
        "label": obj.agenda_item.label,
    }
