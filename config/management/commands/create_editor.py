import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

EDITORS_GROUP = "Editors"


def editors_group():
    """The Editors group, as the migration meetings.0003_editors_group made it."""
    try:
        return Group.objects.get(name=EDITORS_GROUP)
    except Group.DoesNotExist:
        raise CommandError(
            f"The {EDITORS_GROUP!r} group does not exist: run `python manage.py migrate` first."
        ) from None


class Command(BaseCommand):
    help = (
        "Create (or reset) the editor account used to sign in to the admin. The user name and "
        "password come from EDITOR_USERNAME and EDITOR_PASSWORD; without a password a new "
        "random one is set and printed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--site",
            default="http://127.0.0.1:8000",
            help="The address the site is served at, for the sign-in link printed.",
        )

    def handle(self, *args, **options):
        group = editors_group()
        username = os.environ.get("EDITOR_USERNAME") or "editor"
        password = os.environ.get("EDITOR_PASSWORD") or secrets.token_urlsafe(12)
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.org"}
        )
        user.is_staff = True
        user.is_active = True
        user.set_password(password)
        user.save()
        user.groups.add(group)
        verb = "Created" if created else "Reset"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} the editor account. Sign in at {options['site'].rstrip('/')}/admin/ "
                f"as user {username!r} with password {password!r}."
            )
        )
