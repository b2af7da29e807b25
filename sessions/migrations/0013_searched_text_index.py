"""The search's trigram index of the sessions' titles in every language, on PostgreSQL
(``config.lib.searchindex``)."""

from django.db import migrations

from config.lib.searchindex import create_text_indexes, drop_text_indexes


def create(apps, schema_editor):
    create_text_indexes(apps.get_model("meetings", "Session"), ["title"], schema_editor)


def drop(apps, schema_editor):
    drop_text_indexes(apps.get_model("meetings", "Session"), ["title"], schema_editor)


class Migration(migrations.Migration):
    dependencies = [("meetings", "0012_venue_time_zone")]

    operations = [migrations.RunPython(create, drop)]
