"""The Editors group may add, change, delete and view documents' other symbols, as every
other content model (meetings.0003_editors_group)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS_GROUP = "Editors"
ACTIONS = ("add", "change", "delete", "view")


def grant(apps, schema_editor):
    db = schema_editor.connection.alias
    app_config = apps.get_app_config("documents")
    app_config.models_module = True
    try:
        create_permissions(app_config, verbosity=0, using=db, apps=apps)
    finally:
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.using(db).filter(name=EDITORS_GROUP).first()
    if group is None:
        return
    permissions = Permission.objects.using(db).filter(
        content_type__app_label="documents",
        codename__in=[f"{action}_documentsymbol" for action in ACTIONS],
    )
    group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0005_resolution_kinds_and_other_symbols"),
        ("meetings", "0003_editors_group"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
