"""``python manage.py import_all DIR [--dry-run]``: the files of ``export_all`` back in."""

from django.core.management.base import BaseCommand, CommandError

from config.transfer import ImportFailed, import_all


class Command(BaseCommand):
    help = (
        "Import the files written by export_all (CSV or XLSX) from DIR, in one transaction: "
        "a bad row is reported and nothing is written."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check the files and write nothing."
        )

    def handle(self, *args, **options):
        try:
            report = import_all(options["directory"], dry_run=options["dry_run"])
        except ImportFailed as failure:
            raise CommandError("Nothing was imported:\n" + "\n".join(failure.errors)) from None
        for file_name, totals in report.totals.items():
            self.stdout.write(
                f"{file_name}: {totals['new']} new, {totals['update']} updated, "
                f"{totals['skip']} unchanged"
            )
        if options["dry_run"]:
            self.stdout.write("Dry run: nothing was written.")
