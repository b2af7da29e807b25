"""The Editors group may see the revisions and publish new ones (add); a published revision
is the public record and is never changed or deleted."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS_GROUP = "Editors"
ACTIONS = ("add", "view")


def grant(apps, schema_editor):
    db = schema_editor.connection.alias
    app_config = apps.get_app_config("publishing")
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
        content_type__app_label="publishing",
        codename__in=[f"{action}_revision" for action in ACTIONS],
    )
    group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("publishing", "0002_revisions"),
        ("meetings", "0003_editors_group"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
