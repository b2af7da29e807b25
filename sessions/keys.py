"""The keys that name bodies, venues and sessions in import files.

A body by its slug (``wg-asset-recovery``); a session by ``body-slug/ordinal``
(``wg-asset-recovery/18``), a resumed part of it by ``body-slug/ordinal/part``
(``irg/6/resumed``, ``irg/6/second-resumed``); a venue by its English name and city (two
columns). Every key that names a session (of an agenda item, a footnote, a document, a
programme slot ...) is made by :func:`session_key` and read by :func:`session_filters`.
"""

from django.utils.translation import gettext as _

from config.lib.resources import KeyWidget, cell_text

from .models import Body, Session, SessionPart, Venue


class BodyKey(KeyWidget):
    model = Body
    key_fields = ("slug",)

    def to_key(self, body):
        return body.slug

    def lookup(self, key, row):
        return {"slug": key}


def session_key(session):
    """``irg/6`` for the session itself, ``irg/6/resumed`` for a resumed part."""
    key = f"{session.body.slug}/{session.ordinal}"
    return f"{key}/{session.part_key}" if session.part else key


def parts_list():
    return ", ".join(SessionPart.keys())


def parse_session_key(key):
    """``"wg-asset-recovery/18"`` → ``("wg-asset-recovery", 18, SessionPart.SESSION)``;
    ``"irg/6/resumed"`` → ``("irg", 6, SessionPart.RESUMED)``."""
    segments = key.split("/")
    if len(segments) not in (2, 3) or not all(segments) or not segments[1].isdigit():
        raise ValueError(
            _(
                "“%(key)s” is not a session: write body/ordinal, e.g. wg-asset-recovery/18, "
                "or body/ordinal/part for a resumed session, e.g. irg/6/resumed."
            )
            % {"key": key}
        )
    try:
        part = SessionPart.from_key(segments[2] if len(segments) == 3 else "")
    except ValueError:
        raise ValueError(
            _("“%(part)s” in “%(key)s” is not a part of a session: write one of %(parts)s.")
            % {"part": segments[2], "key": key, "parts": parts_list()}
        ) from None
    return segments[0], int(segments[1]), part


def session_filters(key, prefix=""):
    """ORM filters for the session ``key`` names (``wg-asset-recovery/18``,
    ``irg/6/resumed``), through ``prefix`` (``"session__"`` from an agenda item)."""
    slug, ordinal, part = parse_session_key(key)
    return {f"{prefix}body__slug": slug, f"{prefix}ordinal": ordinal, f"{prefix}part": part}


class SessionKey(KeyWidget):
    select_related = ("body",)

    model = Session
    key_fields = ("body__slug", "ordinal", "part")

    def to_key(self, session):
        return session_key(session)

    def lookup(self, key, row):
        return session_filters(key)


class VenueKey(KeyWidget):
    """A venue by its English name, in the city of the row's ``venue_city`` column."""

    def __init__(self, city_column="venue_city", **kwargs):
        self.city_column = city_column
        super().__init__(**kwargs)

    model = Venue
    key_fields = ("name_en",)

    def to_key(self, venue):
        return venue.name_en

    def lookup(self, key, row):
        return {"name_en": key, "city_en": cell_text(row.get(self.city_column))}

    def not_found(self, key, row):
        return _("There is no venue “%(name)s” in “%(city)s”.") % {
            "name": key,
            "city": cell_text(row.get(self.city_column)),
        }
