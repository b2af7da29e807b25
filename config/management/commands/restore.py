"""``python manage.py restore FILE [--force]``: a file of the ``backup`` command back into
the database of ``DATABASES["default"]``, which must be empty unless ``--force``."""

from django.core.management.base import BaseCommand, CommandError

from config.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore a file written by the backup command into the database, which must be empty "
        "(a new database, no tables): pg_restore on PostgreSQL, SQLite's online backup on "
        "SQLite."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a file written by the backup command")
        parser.add_argument(
            "--force",
            action="store_true",
            help="restore into a database that is not empty: its tables are replaced by the "
            "backup's, and their current rows are lost",
        )

    def handle(self, *args, **options):
        try:
            done = restore(options["file"], force=options["force"])
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {done.path} into the {done.database} with {done.tool}: "
                f"it now has {done.tables} tables."
            )
        )
