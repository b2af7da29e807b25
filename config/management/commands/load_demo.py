"""``python manage.py load_demo``: the demo sessions of ``demo/``, read by ``import_all``."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from config.transfer import FILES, ImportFailed, import_all

#: The demo as the files of ``export_all`` (CSV): the import's own format.
DEMO_DIRECTORY = settings.BASE_DIR / "demo"


class Command(BaseCommand):
    help = (
        "Load the demo sessions (Working Group on Asset Recovery, May 2009 and June 2024) "
        "with their agendas, annotations, programmes of work, documents, resolutions and "
        "mandates from the CSV files of demo/, through import_all. Running it again changes "
        "nothing."
    )

    def handle(self, *args, **options):
        try:
            report = import_all(DEMO_DIRECTORY)
        except ImportFailed as failure:
            raise CommandError("The demo was not loaded:\n" + "\n".join(failure.errors)) from None
        if options["verbosity"] == 0:
            return
        self.stdout.write(
            self.style.SUCCESS(f"Demo data loaded from {DEMO_DIRECTORY}; the database holds:")
        )
        for name, resource_class in FILES.items():
            if f"{name}.csv" in report.files:
                model = resource_class._meta.model
                self.stdout.write(f"  {model._meta.verbose_name_plural}: {model.objects.count()}")
