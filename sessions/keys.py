"""The keys that name bodies, venues and sessions in import files.

A body by its slug (``wg-asset-recovery``); a session by ``body-slug/ordinal``
(``wg-asset-recovery/18``); a venue by its English name and city (two columns).
"""

from django.utils.translation import gettext as _

from config.lib.resources import KeyWidget, cell_text

from .models import Body, Session, Venue


class BodyKey(KeyWidget):
    model = Body

    def to_key(self, body):
        return body.slug

    def lookup(self, key, row):
        return {"slug": key}


def session_key(session):
    return f"{session.body.slug}/{session.ordinal}"


def parse_session_key(key):
    """``"wg-asset-recovery/18"`` → ``("wg-asset-recovery", 18)``."""
    slug, _sep, ordinal = key.rpartition("/")
    if not slug or not ordinal.isdigit():
        raise ValueError(
            _("“%(key)s” is not a session: write body/ordinal, e.g. wg-asset-recovery/18.")
            % {"key": key}
        )
    return slug, int(ordinal)


def session_filters(key, prefix=""):
    """ORM filters for the session ``key`` names (``wg-asset-recovery/18``), through
    ``prefix`` (``"session__"`` from an agenda item)."""
    slug, ordinal = parse_session_key(key)
    return {f"{prefix}body__slug": slug, f"{prefix}ordinal": ordinal}


class SessionKey(KeyWidget):
    select_related = ("body",)

    model = Session

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

    def to_key(self, venue):
        return venue.name_en

    def lookup(self, key, row):
        return {"name_en": key, "city_en": cell_text(row.get(self.city_column))}

    def not_found(self, key, row):
        return _("There is no venue “%(name)s” in “%(city)s”.") % {
            "name": key,
            "city": cell_text(row.get(self.city_column)),
        }
