"""``python manage.py backup FILE``: the whole database in one file (pg_dump or SQLite's
online backup, by the engine of ``DATABASES["default"]``)."""

from django.core.management.base import BaseCommand, CommandError

from config.backup import BackupError, backup


class Command(BaseCommand):
    help = (
        "Back up the whole database (content, users, groups, permissions, history, admin log) "
        "to FILE: pg_dump --format=custom on PostgreSQL, SQLite's online backup on SQLite. "
        "Restore it with the restore command."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the backup file to write (replaced if it exists)")

    def handle(self, *args, **options):
        try:
            done = backup(options["file"])
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Backed up the {done.database} ({done.tables} tables) to {done.path} "
                f"with {done.tool}: {done.size:,} bytes."
            )
        )
