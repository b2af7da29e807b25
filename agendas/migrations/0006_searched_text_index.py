"""The search's trigram indexes of the agenda items' titles and annotations in every
language, on PostgreSQL (``config.lib.searchindex``)."""

from django.db import migrations

from config.lib.searchindex import create_text_indexes, drop_text_indexes

FIELDS = ["title", "annotation"]


def create(apps, schema_editor):
    create_text_indexes(apps.get_model("agendas", "AgendaItem"), FIELDS, schema_editor)


def drop(apps, schema_editor):
    drop_text_indexes(apps.get_model("agendas", "AgendaItem"), FIELDS, schema_editor)


class Migration(migrations.Migration):
    dependencies = [("agendas", "0005_modified_timestamps")]

    operations = [migrations.RunPython(create, drop)]
