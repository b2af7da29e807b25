"""The keys that name agenda items and footnotes in import files.

An agenda item by ``body-slug/ordinal/label`` (``irg/15/4(a)``) where no session column
gives its session, by its label (``4(a)``) next to a ``session`` column otherwise; a
footnote by ``body-slug/ordinal/number`` (``wg-asset-recovery/18/2``).
"""

import re

from django.utils.translation import gettext as _

from config.lib.resources import KeyWidget, cell_text
from sessions.keys import session_filters, session_key

from .models import AgendaItem, Footnote

#: An agenda item's label: ``3`` or ``3(a)``.
LABEL_PATTERN = re.compile(r"^(\d{1,4})(?:\(([a-z]{1,2})\))?$")


def item_key(item):
    return f"{session_key(item.session)}/{item.label}"


class AgendaItemKey(KeyWidget):
    """An agenda item of any session: ``irg/15/4(a)``."""

    select_related = ("session__body",)

    model = AgendaItem
    key_fields = ("label", "session__body__slug", "session__ordinal", "session__part")

    def to_key(self, item):
        return item_key(item)

    def lookup(self, key, row):
        session, _sep, label = key.rpartition("/")
        if not session or not label:
            raise ValueError(
                _("“%(key)s” is not an agenda item: write body/ordinal/label, e.g. irg/15/4(a).")
                % {"key": key}
            )
        return {**session_filters(session, "session__"), "label": label}


class ItemInSessionKey(KeyWidget):
    """An agenda item by its label, in the session named by the row's ``session`` column."""

    def __init__(self, session_column="session", **kwargs):
        self.session_column = session_column
        super().__init__(**kwargs)

    model = AgendaItem
    key_fields = ("label",)

    def to_key(self, item):
        return item.label

    def lookup(self, key, row):
        try:
            filters = session_filters(cell_text(row.get(self.session_column)), "session__")
        except ValueError:
            raise ValueError(self.not_found(key, row)) from None
        return {**filters, "label": key}

    def refusal_key(self, key, row):
        return f"{cell_text(row.get(self.session_column))}/{key}"

    def not_found(self, key, row):
        return _("Session %(session)s has no agenda item “%(label)s”.") % {
            "session": cell_text(row.get(self.session_column)),
            "label": key,
        }


class FootnoteKey(KeyWidget):
    model = Footnote
    key_fields = ("number", "session__body__slug", "session__ordinal", "session__part")

    def to_key(self, footnote):
        return f"{session_key(footnote.session)}/{footnote.number}"

    def lookup(self, key, row):
        session, _sep, number = key.rpartition("/")
        if not session or not number.isdigit():
            raise ValueError(
                _("“%(key)s” is not a footnote: write body/ordinal/number, e.g. irg/15/2.")
                % {"key": key}
            )
        return {**session_filters(session, "session__"), "number": int(number)}
