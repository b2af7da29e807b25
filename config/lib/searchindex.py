"""The search's trigram index of a translated field's text in every language, on PostgreSQL:
created by the migration of each app for its own tables.

The search matches a field's six language columns as one text (``config.lib.i18n.
EveryLanguage``), ``UPPER(text) LIKE UPPER('%words%')``: one condition, where an OR over six
columns takes six index scans, and one whose statistics (``ANALYZE`` gathers them for an
index's expression) tell the planner how many rows a word finds. PostgreSQL uses an index only
for the very expression it was built on: the index is built from the search's own expression,
compiled as the search's ``icontains`` compiles it. A model's ``Meta.indexes`` cannot depend on
the database: SQLite has no such index (the same expression is read in the table there). An
index of an expression is kept by the database on every write, whatever makes it.
"""

from django.db.models import TextField
from django.db.models.functions import Cast, Upper
from django.db.models.sql import Query

from .i18n import EveryLanguage


def index_name(model, field):
    return f"{model._meta.db_table}_{field}_text_trgm"[:63]


def indexed_expression(model, field, schema_editor):
    """The SQL of ``UPPER(text::text)``, as ``icontains`` writes it, its values written in."""
    query = Query(model, alias_cols=False)
    expression = Upper(Cast(EveryLanguage(field), TextField())).resolve_expression(query)
    sql, params = query.get_compiler(connection=schema_editor.connection).compile(expression)
    return sql % tuple(schema_editor.quote_value(value) for value in params)


def create_text_indexes(model, fields, schema_editor):
    """The index of each of ``fields`` of ``model`` (a migration's historical model), then
    the table's statistics."""
    if schema_editor.connection.vendor != "postgresql":
        return
    quote = schema_editor.quote_name
    table = quote(model._meta.db_table)
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for field in fields:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {quote(index_name(model, field))} ON {table} "
            f"USING gin (({indexed_expression(model, field, schema_editor)}) gin_trgm_ops)"
        )
    schema_editor.execute(f"ANALYZE {table}")


def drop_text_indexes(model, fields, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for field in fields:
        schema_editor.execute(
            f"DROP INDEX IF EXISTS {schema_editor.quote_name(index_name(model, field))}"
        )
