"""``icontains`` that folds case in every script on SQLite, as PostgreSQL's does.

PostgreSQL compares ``UPPER(column) LIKE UPPER(pattern)``, and its ``UPPER`` knows every
alphabet: "техническая" finds "Техническая", "TÉCNICA" finds "técnica". SQLite's ``LIKE``
and ``UPPER`` fold ASCII letters only. On SQLite, each new connection gets a ``CASEFOLD``
SQL function (Python's ``str.casefold``: Unicode's full case folding, ``ß`` as ``ss``, a
final ``ς`` as ``σ``), and ``icontains`` on text columns compares ``CASEFOLD`` of both sides.
Every other database keeps Django's own ``icontains``. Scripts without case (Chinese,
Arabic) fold to themselves.
"""

from django.db import models
from django.db.backends.signals import connection_created
from django.db.models.lookups import IContains

FUNCTION = "CASEFOLD"


def casefold(value):
    return value.casefold() if isinstance(value, str) else value


def add_casefold_function(sender, connection, **kwargs):
    """Give a new SQLite connection the ``CASEFOLD`` function the lookup below calls."""
    if connection.vendor == "sqlite":
        connection.connection.create_function(FUNCTION, 1, casefold, deterministic=True)


class CaseFoldedIContains(IContains):
    """``icontains``; on SQLite, ``CASEFOLD(column) LIKE CASEFOLD('%value%')``."""

    def as_sqlite(self, compiler, connection):
        lhs_sql, lhs_params = self.process_lhs(compiler, connection)
        rhs_sql, rhs_params = self.process_rhs(compiler, connection)
        if self.is_simple_lookup:
            # The value, already escaped for LIKE and between % signs (process_rhs).
            pattern = f"{FUNCTION}({rhs_sql})"
        else:
            # A column or expression: escaped and wrapped here, as Django's pattern_ops do.
            pattern = f"'%%' || {FUNCTION}({connection.pattern_esc.format(rhs_sql)}) || '%%'"
        return (
            f"{FUNCTION}({lhs_sql}) LIKE {pattern} ESCAPE '\\'",
            (*lhs_params, *rhs_params),
        )


def install():
    """Called once when Django starts (``config.apps.ProjectConfig.ready``)."""
    connection_created.connect(add_casefold_function, dispatch_uid="wgsessions-casefold")
    models.CharField.register_lookup(CaseFoldedIContains)
    models.TextField.register_lookup(CaseFoldedIContains)
