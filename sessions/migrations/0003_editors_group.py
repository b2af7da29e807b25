"""The Editors group: every permission on the content models and their history, none on users.

Permissions normally appear only after `migrate` (the post_migrate signal), so this
migration creates them itself for the apps it grants before it looks them up.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS_GROUP = "Editors"
CONTENT_APPS = ("meetings", "agendas", "documents")
ACTIONS = ("add", "change", "delete", "view")


def create_editors_group(apps, schema_editor):
    db = schema_editor.connection.alias
    for label in CONTENT_APPS:
        app_config = apps.get_app_config(label)
        # create_permissions() skips app configs without a models module, as the
        # migration state's are: mark it for the call, as Django's own tests do.
        app_config.models_module = True
        try:
            create_permissions(app_config, verbosity=0, using=db, apps=apps)
        finally:
            app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group, _ = Group.objects.using(db).get_or_create(name=EDITORS_GROUP)
    codenames = []
    content_types = []
    for label in CONTENT_APPS:
        for model in apps.get_app_config(label).get_models():
            content_types.append(ContentType.objects.db_manager(db).get_for_model(model))
            codenames += [f"{action}_{model._meta.model_name}" for action in ACTIONS]
    permissions = Permission.objects.using(db).filter(
        content_type__in=content_types, codename__in=codenames
    )
    group.permissions.add(*permissions)


def remove_editors_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.using(schema_editor.connection.alias).filter(name=EDITORS_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("meetings", "0002_history"),
        ("agendas", "0003_history"),
        ("documents", "0003_history"),
    ]

    operations = [migrations.RunPython(create_editors_group, remove_editors_group)]
