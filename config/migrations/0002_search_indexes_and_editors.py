"""The search's trigram indexes on PostgreSQL, and the Editors' permissions on synonyms.

The search matches each column as a substring, ``UPPER(column) LIKE UPPER('%words%')`` (what
Django's ``icontains`` asks of PostgreSQL): a GIN index of the trigrams of ``UPPER(column)``
(the ``pg_trgm`` extension, ``gin_trgm_ops``) answers it without reading the table, in every
script. A model's ``Meta.indexes`` cannot depend on the database, and SQLite has no such
index: they are created here, on PostgreSQL only; SQLite is left as it was.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS_GROUP = "Editors"
LANGUAGES = ("ar", "zh_hans", "en", "fr", "ru", "es")

#: table → the columns the search reads (every language of each translated field).
SEARCHED = {
    "meetings_session": [f"title_{code}" for code in LANGUAGES] + ["agenda_symbol"],
    "agendas_agendaitem": [f"{field}_{code}" for field in ("title", "annotation") for code in LANGUAGES],
    "documents_resolution": [f"title_{code}" for code in LANGUAGES],
    "documents_document": [f"title_{code}" for code in LANGUAGES] + ["symbol"],
}


def index_name(table, column):
    return f"{table}_{column}_trgm"[:63]


def create_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    quote = schema_editor.quote_name
    for table, columns in SEARCHED.items():
        for column in columns:
            schema_editor.execute(
                f"CREATE INDEX IF NOT EXISTS {quote(index_name(table, column))} ON {quote(table)} "
                f"USING gin ((UPPER({quote(column)}::text)) gin_trgm_ops)"
            )


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, columns in SEARCHED.items():
        for column in columns:
            schema_editor.execute(
                f"DROP INDEX IF EXISTS {schema_editor.quote_name(index_name(table, column))}"
            )


def grant_editors(apps, schema_editor):
    db = schema_editor.connection.alias
    app_config = apps.get_app_config("config")
    # create_permissions() skips app configs without a models module, as the migration
    # state's are: mark it for the call, as Django's own tests do.
    app_config.models_module = True
    try:
        create_permissions(app_config, verbosity=0, using=db, apps=apps)
    finally:
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.using(db).get_or_create(name=EDITORS_GROUP)
    group.permissions.add(
        *Permission.objects.using(db).filter(
            content_type__app_label="config", content_type__model="searchsynonym"
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("config", "0001_search_synonym"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("meetings", "0005_body_order_conference_first"),
        ("agendas", "0003_history"),
        ("documents", "0003_history"),
    ]

    operations = [
        migrations.RunPython(create_trigram_indexes, drop_trigram_indexes),
        migrations.RunPython(grant_editors, migrations.RunPython.noop),
    ]
