"""The search's trigram indexes of each translated field's text in every language, on
PostgreSQL.

The search matches a field's columns as one text (``config.lib.i18n.EveryLanguage``: each
language's column after the other, a line break between two), ``UPPER(text) LIKE
UPPER('%words%')``: one condition, where an OR over six columns takes six index scans, and
one whose statistics (``ANALYZE`` gathers them for an index's expression) tell the planner
how many rows a word finds. PostgreSQL uses an index only for the very expression it was
built on: the index is built here from the search's own expression, compiled as the search's
``icontains`` compiles it. SQLite has no such index (the same expression is read in the
table there). The columns' own indexes (0002) stay, for the admin's search.
"""

from django.db import migrations
from django.db.models import TextField
from django.db.models.functions import Cast, Upper
from django.db.models.sql import Query

from config.lib.i18n import EveryLanguage

#: (app label, model, translated field) of each text the search matches.
SEARCHED = [
    ("meetings", "Session", "title"),
    ("agendas", "AgendaItem", "title"),
    ("agendas", "AgendaItem", "annotation"),
    ("documents", "Resolution", "title"),
    ("documents", "Document", "title"),
]


def index_name(model, field):
    return f"{model._meta.db_table}_{field}_text_trgm"[:63]


def indexed_expression(model, field, schema_editor):
    """The SQL of ``UPPER(text::text)``, as ``icontains`` writes it, its values written in."""
    query = Query(model, alias_cols=False)
    expression = Upper(Cast(EveryLanguage(field), TextField())).resolve_expression(query)
    sql, params = query.get_compiler(connection=schema_editor.connection).compile(expression)
    return sql % tuple(schema_editor.quote_value(value) for value in params)


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    quote = schema_editor.quote_name
    tables = set()
    for app_label, model_name, field in SEARCHED:
        model = apps.get_model(app_label, model_name)
        schema_editor.execute(
            f"CREATE INDEX {quote(index_name(model, field))} ON {quote(model._meta.db_table)} "
            f"USING gin (({indexed_expression(model, field, schema_editor)}) gin_trgm_ops)"
        )
        tables.add(model._meta.db_table)
    # The statistics of the indexes' expressions, for the planner's estimates.
    for table in sorted(tables):
        schema_editor.execute(f"ANALYZE {quote(table)}")


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for app_label, model_name, field in SEARCHED:
        model = apps.get_model(app_label, model_name)
        schema_editor.execute(f"DROP INDEX IF EXISTS {schema_editor.quote_name(index_name(model, field))}")


class Migration(migrations.Migration):
    dependencies = [
        ("config", "0002_search_indexes_and_editors"),
        ("meetings", "0009_session_document_title"),
        ("agendas", "0005_modified_timestamps"),
        ("documents", "0008_modified_timestamps"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
