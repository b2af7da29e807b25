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
from typing import NamedTuple

from django.conf import settings
from django.utils.translation import gettext

from config.lib.export_rows import as_stored
from config.lib.i18n import (
    LanguagesWithText,
    codes_of_languages,
    language_codes,
    language_name,
    languages_with_text,
)
from config.lib.lookups import AnyOf
from sessions.models import ProgrammeEntry, Session

from .models import AgendaItem, Footnote, PanelDiscussion


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
    """The texts of a session's document (``texts``: :class:`TranslatedText` or
    :class:`TextRead`) and the status of each language. ``session``: the session, or its id
    when its texts were read as values (the report's)."""

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


def document_texts(session, items, footnotes, entries, panels=None):
    """The translated texts of the session's document that have a value in some language,
    in document order, from objects already read: ``items`` with their panel discussions
    (prefetched; ``panels(item)`` gives them, by default ``item.panel_discussions.all()``),
    ``footnotes`` and programme ``entries``."""
    panels = panels or (lambda item: item.panel_discussions.all())
    sources = [(session, name) for name in ("title", "city", "room", "resources_note")]
    for item in sorted(items, key=lambda item: item.position):
        sources += [(item, "title"), (item, "annotation")]
        sources += [(panel, "title") for panel in panels(item)]
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
    items = session.document_items
    by_pk = {item.pk: item for item in items}
    # The labels name a panel's item and an entry's slot and item: the objects already read.
    for item in items:
        item.session = session
        for panel in item.document_panels:
            panel.agenda_item = item
    entries = []
    for slot in session.document_slots:
        for entry in slot.document_entries:
            entry.slot = slot
            if entry.agenda_item_id in by_pk:
                entry.agenda_item = by_pk[entry.agenda_item_id]
            entries.append(entry)
    texts = document_texts(
        session, items, session.document_footnotes, entries, lambda item: item.document_panels
    )
    return TranslationStatus(session, texts)


def text_label(obj, name):
    """“Session: title”, “Agenda item 3(a): annotation”, “Footnote 2”, ...: where a text is
    in the document, for an editor."""
    kind = obj._meta.model_name
    where = {}
    if kind == "agendaitem":
        where["label"] = obj.label
    elif kind == "paneldiscussion":
        where["label"] = obj.agenda_item.label
    elif kind == "footnote":
        where["number"] = obj.number
    elif kind == "programmeentry":
        where = {"label": obj.agenda_item.label, "when": (obj.slot.date, obj.slot.start_time)}
    return label_of(obj._meta.model, name, **where)


def label_of(model, name, label=None, number=None, when=None):
    """Where the text ``name`` of a ``model`` row is, from plain values: the ``label`` of its
    agenda item (an item's own, a panel discussion's or a programme entry's item), a
    footnote's ``number``, a programme entry's slot ``when`` (date, start time)."""
    kind = model._meta.model_name
    field_name = model._meta.get_field(name).verbose_name
    if kind == "session":
        return gettext("Session: %(field)s") % {"field": field_name}
    if kind == "agendaitem":
        return gettext("Agenda item %(label)s: %(field)s") % {"label": label, "field": field_name}
    if kind == "paneldiscussion":
        return gettext("Panel discussion under agenda item %(label)s") % {"label": label}
    if kind == "footnote":
        return gettext("Footnote %(number)s") % {"number": number}
    date, start_time = when
    return gettext("Programme of work, %(date)s %(time)s, agenda item %(label)s") % {
        "date": date.isoformat(),
        "time": f"{start_time:%H:%M}",
        "label": label,
    }


# --- the documents of many sessions, read as values ------------------------------------


class TextRead(NamedTuple):
    """One translated text of a document read as plain values (the reports'): the languages
    it has, and where it is (:func:`label_of`'s arguments), named only when asked. (A named
    tuple: a report makes one for each of a hundred thousand texts.)"""

    languages: tuple
    model: type
    field: str
    where: dict

    @property
    def label(self):
        return label_of(self.model, self.field, **self.where)


# The reading of many sessions' texts is the status's own (a report of it), across the
# agendas' and the sessions' models: it lives here rather than in one app's QuerySet.
def read_document_texts(session_ids):
    """``{session id: [TextRead, ...]}``: the translated texts of the documents of the
    sessions ``session_ids`` that have a value in some language, in document order (as
    :func:`document_texts` gives them from objects), in five queries whatever the number of
    sessions: the database says which languages each text has (:class:`LanguagesWithText`),
    no text is read and no object is made."""

    def read(queryset, *paths, fields, of=session_ids):
        """The ``paths`` of the rows of the sessions (``paths[0]`` leads to the session, or
        is in ``of``), then the languages with text of each of ``fields``
        (:class:`LanguagesWithText`)."""
        languages = {f"languages_of_{name}": LanguagesWithText(name) for name in fields}
        queryset = as_stored(queryset.filter(AnyOf(paths[0], of)))
        return queryset.annotate(**languages).values_list(*paths, *languages)

    texts = {session_id: [] for session_id in session_ids}
    every_code = tuple(language_codes())

    def add(session_id, model, fields, numbers, **where):
        for name, number in zip(fields, numbers, strict=True):
            if number:
                codes = codes_of_languages(number, every_code)
                texts[session_id].append(TextRead(codes, model, name, where))

    own = ("title", "city", "room", "resources_note")
    for session_id, *values in read(Session.objects.order_by(), "pk", fields=own):
        add(session_id, Session, own, values)

    items = list(
        read(
            AgendaItem.objects.order_by("session_id", "position", "pk"),
            "session_id",
            "pk",
            "label",
            fields=("title", "annotation"),
        )
    )
    # By the items' ids: joined to the items of the sessions, the few panel discussions can
    # have PostgreSQL walk the whole table of items.
    panels = {}
    rows = read(
        PanelDiscussion.objects.order_by("agenda_item_id", "position", "pk"),
        "agenda_item_id",
        fields=("title",),
        of=[item[1] for item in items],
    )
    for item_id, *values in rows:
        panels.setdefault(item_id, []).append(values)
    for session_id, item_id, label, *values in items:
        add(session_id, AgendaItem, ("title", "annotation"), values, label=label)
        for panel in panels.get(item_id, ()):
            add(session_id, PanelDiscussion, ("title",), panel, label=label)

    rows = read(Footnote.objects.order_by("session_id", "number", "pk"), "session_id", "number",
                fields=("text",))  # fmt: skip
    for session_id, number, *values in rows:
        add(session_id, Footnote, ("text",), values, number=number)

    entries = ProgrammeEntry.objects.order_by(
        "slot__session_id", "slot__date", "slot__start_time", "slot_id", "position", "pk"
    )
    rows = read(
        entries,
        "slot__session_id",
        "slot__date",
        "slot__start_time",
        "agenda_item__label",
        fields=("title",),
    )
    for session_id, date, start_time, label, *values in rows:
        add(session_id, ProgrammeEntry, ("title",), values, label=label, when=(date, start_time))
    return texts
