"""The keys that name documents (by symbol, any of theirs) and resolutions in import files.

A resolution or decision is named by one of:

- ``resolution 7/1``, ``decision 7/1``: the Conference's (``7/1`` alone, the older form, is
  the Conference's resolution);
- its official symbol where its organ issues one: ``A/RES/58/4`` (General Assembly
  resolution 58/4), ``A/DEC/58/554``, ``E/RES/2004/24``;
- the organ and the kind: ``general-assembly resolution 58/4``,
  ``crime-commission decision 26/1``.

:func:`parse_resolution_key` is the one parser of these keys: the import's columns, the
admin's and the site's search go through it.
"""

import re
from dataclasses import dataclass

from django.db.models import Q
from django.utils.translation import gettext

from config.lib.resources import KeyWidget

from .models import SYMBOL_PREFIXES, Document, Resolution, organ_slug

NUMBER = r"(?P<session_number>\d{1,4})\s*/\s*(?P<sequence>\d{1,4})"
ORGANS_BY_SLUG = {organ_slug(organ): organ for organ in Resolution.Organ.values}
KINDS = "|".join(Resolution.Kind.values)
BARE_NUMBER = re.compile(rf"^{NUMBER}$")
NAMED = re.compile(rf"^(?:(?P<organ>[a-z-]+)\s+)?(?P<kind>{KINDS})\s+{NUMBER}$", re.IGNORECASE)
BY_SYMBOL_PREFIX = {prefix: identity for identity, prefix in SYMBOL_PREFIXES.items()}
SYMBOL = re.compile(
    rf"^(?P<prefix>{'|'.join(re.escape(p) for p in BY_SYMBOL_PREFIX)})\s*/\s*{NUMBER}$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ResolutionRef:
    """Which resolution a key names; ``bare`` when the key was a number alone (``7/1``)."""

    organ: str
    kind: str
    session_number: int
    sequence: int
    bare: bool = False

    def lookup(self, prefix=""):
        """ORM filters for it: ``{"organ": ..., "kind": ..., ...}``."""
        return {
            f"{prefix}organ": self.organ,
            f"{prefix}kind": self.kind,
            f"{prefix}session_number": self.session_number,
            f"{prefix}sequence": self.sequence,
        }

    def q(self, prefix=""):
        return Q(**self.lookup(prefix))


def reference(resolution):
    """The :class:`ResolutionRef` of a resolution row."""
    return ResolutionRef(
        resolution.organ, resolution.kind, resolution.session_number, resolution.sequence
    )


def parse_resolution_key(text):
    """``"decision 7/1"`` → the reference; ValueError, with a message for the reader, for a
    text that names no resolution."""
    text = " ".join(str(text or "").split())
    match = BARE_NUMBER.match(text)
    if match:
        return ResolutionRef(
            Resolution.Organ.CONFERENCE,
            Resolution.Kind.RESOLUTION,
            int(match["session_number"]),
            int(match["sequence"]),
            bare=True,
        )
    match = SYMBOL.match(text)
    if match:
        organ, kind = BY_SYMBOL_PREFIX[match["prefix"].upper()]
        return ResolutionRef(organ, kind, int(match["session_number"]), int(match["sequence"]))
    match = NAMED.match(text)
    if match and (match["organ"] is None or match["organ"].lower() in ORGANS_BY_SLUG):
        organ = ORGANS_BY_SLUG[match["organ"].lower()] if match["organ"] else "conference"
        return ResolutionRef(
            organ, match["kind"].lower(), int(match["session_number"]), int(match["sequence"])
        )
    raise ValueError(
        gettext(
            "“%(key)s” names no resolution: write resolution 10/6, decision 7/1 or a "
            "symbol such as A/RES/58/4."
        )
        % {"key": text}
    )


def resolution_key(resolution):
    """The key a file names ``resolution`` by: its symbol where it has one (``A/RES/58/4``),
    else ``resolution 7/1``, ``decision 7/1`` (the Conference's), or
    ``crime-commission resolution 26/3``."""
    if resolution.symbol:
        return resolution.symbol
    name = f"{resolution.kind} {resolution.number}"
    if resolution.organ == Resolution.Organ.CONFERENCE:
        return name
    return f"{organ_slug(resolution.organ)} {name}"


def resolution_query(text):
    """Q of the resolutions a searched text names: a key names one; a number alone
    (``7/1``) every resolution and decision of that number. None if it is no key."""
    try:
        ref = parse_resolution_key(text)
    except ValueError:
        return None
    if ref.bare:
        return Q(session_number=ref.session_number, sequence=ref.sequence)
    return ref.q()


class DocumentKey(KeyWidget):
    """A document by any of its symbols."""

    model = Document
    key_fields = ("symbol",)

    def to_key(self, document):
        return document.symbol

    def lookup(self, key, row):
        return {"pk__in": Document.objects.by_symbol(key).values("pk")}


class ResolutionKey(KeyWidget):
    model = Resolution
    key_fields = ("organ", "kind", "session_number", "sequence")

    def to_key(self, resolution):
        return resolution_key(resolution)

    def lookup(self, key, row):
        return parse_resolution_key(key).lookup()

    def refusal_key(self, key, row):
        try:
            return Resolution(**parse_resolution_key(key).lookup()).short_key
        except ValueError:
            return key
