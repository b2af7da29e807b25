"""``python manage.py import_all DIR [--dry-run] [--allow-blanking] [--allow-overwrite]``:
the files of ``export_all`` back in."""

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
        parser.add_argument(
            "--allow-blanking",
            action="store_true",
            help="Import rows that empty a value the database holds (refused otherwise).",
        )
        parser.add_argument(
            "--allow-overwrite",
            action="store_true",
            help=(
                "Import rows whose record changed after the file was exported, replacing "
                "those changes (refused otherwise)."
            ),
        )

    def handle(self, *args, **options):
        try:
            report = import_all(
                options["directory"],
                dry_run=options["dry_run"],
                allow_blanking=options["allow_blanking"],
                allow_overwrite=options["allow_overwrite"],
            )
        except ImportFailed as failure:
            raise CommandError("Nothing was imported:\n" + "\n".join(failure.errors)) from None
        for warning in report.warnings:
            self.stderr.write(f"Warning: {warning}")
        for file_name, totals in report.totals.items():
            self.stdout.write(
                f"{file_name}: {totals['new']} new, {totals['update']} updated, "
                f"{totals['skip']} unchanged"
            )
        if options["dry_run"]:
            self.stdout.write("Dry run: nothing was written.")
