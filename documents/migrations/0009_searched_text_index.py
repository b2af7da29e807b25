"""The search's trigram indexes of the resolutions' and documents' titles in every language,
on PostgreSQL (``config.lib.searchindex``)."""

from django.db import migrations

from config.lib.searchindex import create_text_indexes, drop_text_indexes

MODELS = ["Resolution", "Document"]


def create(apps, schema_editor):
    for model in MODELS:
        create_text_indexes(apps.get_model("documents", model), ["title"], schema_editor)


def drop(apps, schema_editor):
    for model in MODELS:
        drop_text_indexes(apps.get_model("documents", model), ["title"], schema_editor)


class Migration(migrations.Migration):
    dependencies = [("documents", "0008_modified_timestamps")]

    operations = [migrations.RunPython(create, drop)]
