"""``python manage.py export_all DIR [--format csv|xlsx]``: every model, one file each."""

from django.core.management.base import BaseCommand

from config.transfer import FORMATS, export_all


class Command(BaseCommand):
    help = "Write every model to DIR, one CSV or XLSX file each, keyed by human-readable keys."

    def add_arguments(self, parser):
        parser.add_argument("directory")
        parser.add_argument("--format", choices=sorted(FORMATS), default="csv")

    def handle(self, *args, **options):
        counts = export_all(options["directory"], options["format"])
        for file_name, rows in counts.items():
            self.stdout.write(f"{file_name}: {rows} rows")
