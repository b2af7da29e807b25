from django.core.management.base import BaseCommand

from agendas.models import AgendaItem, JointMeeting
from documents.models import Document, Mandate, Resolution
from sessions.demo.load import load_demo
from sessions.models import Body, ProgrammeSlot, Session


class Command(BaseCommand):
    help = (
        "Load the demo sessions (Working Group on Asset Recovery, May 2009 and June 2024) "
        "with their agendas, annotations, programmes of work, documents, resolutions and "
        "mandates. Running it again changes nothing."
    )

    def handle(self, *args, **options):
        load_demo()
        counts = ", ".join(
            f"{model._meta.verbose_name_plural}: {model.objects.count()}"
            for model in (
                Body,
                Session,
                AgendaItem,
                ProgrammeSlot,
                JointMeeting,
                Document,
                Resolution,
                Mandate,
            )
        )
        self.stdout.write(self.style.SUCCESS(f"Demo data loaded ({counts})."))
