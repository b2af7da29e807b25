import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand

EDITORS_GROUP = "Editors"
CONTENT_APPS = ("meetings", "agendas", "documents")


def editors_group():
    """The Editors group, with every permission on the content models and none on users."""
    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    group.permissions.add(*Permission.objects.filter(content_type__app_label__in=CONTENT_APPS))
    return group


class Command(BaseCommand):
    help = (
        "Create (or reset) the editor account used to sign in to the admin. The user name and "
        "password come from EDITOR_USERNAME and EDITOR_PASSWORD; without a password a new "
        "random one is set and printed."
    )

    def handle(self, *args, **options):
        username = os.environ.get("EDITOR_USERNAME") or "editor"
        password = os.environ.get("EDITOR_PASSWORD") or secrets.token_urlsafe(12)
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.org"}
        )
        user.is_staff = True
        user.is_active = True
        user.set_password(password)
        user.save()
        user.groups.add(editors_group())
        verb = "Created" if created else "Reset"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} the editor account. Sign in at http://127.0.0.1:8000/admin/ "
                f"as user {username!r} with password {password!r}."
            )
        )
