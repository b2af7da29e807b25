"""factory_boy factories: the few rows a test needs, each valid on its own.

Every factory fills the English columns of the translated fields (``title_en``, ...) and
whatever the model requires; a test passes what it is about (``SessionFactory(ordinal=18)``,
``AgendaItemFactory(session=session, number=2)``) and leaves the rest to the factory.
"""

import datetime

import factory

from agendas.models import (
    AgendaItem,
    AgendaItemDocument,
    Footnote,
    JointMeeting,
    JointMeetingItem,
    PanelDiscussion,
)
from documents.models import Document, Mandate, Resolution
from sessions.models import Body, ProgrammeEntry, ProgrammeSlot, Session, Venue


class BodyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Body

    name_en = factory.Sequence(lambda n: f"Working Group on Subject {n}")
    short_name_en = factory.Sequence(lambda n: f"Subject {n} WG")
    kind = Body.Kind.WORKING_GROUP
    symbol_prefix = factory.Sequence(lambda n: f"CAC/COSP/WG.{n + 10}")
    slug = factory.Sequence(lambda n: f"wg-subject-{n}")


class VenueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Venue
        django_get_or_create = ("name_en", "city_en")

    name_en = "Vienna International Centre"
    city_en = "Vienna"
    country = "AT"


class SessionFactory(factory.django.DjangoModelFactory):
    """A published session of three days (2–4 June 2025 unless told otherwise), in Vienna."""

    class Meta:
        model = Session
        skip_postgeneration_save = True

    body = factory.SubFactory(BodyFactory)
    ordinal = factory.Sequence(lambda n: n + 1)
    title_en = factory.LazyAttribute(lambda o: f"meeting {o.ordinal} of the {o.body.name_en}")
    start_date = datetime.date(2025, 6, 2)
    end_date = factory.LazyAttribute(
        lambda o: o.start_date + datetime.timedelta(days=2) if o.start_date else None
    )
    city_en = "Vienna"
    country = "AT"
    status = Session.Status.PUBLISHED

    @factory.post_generation
    def resolutions(self, create, extracted, **kwargs):
        if create and extracted:
            self.resolutions.set(extracted)


class ResolutionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Resolution
        django_get_or_create = ("session_number", "sequence")

    session_number = 10
    sequence = factory.Sequence(lambda n: n + 1)
    title_en = factory.LazyAttribute(lambda o: f"Resolution {o.session_number}/{o.sequence}")


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    symbol = factory.Sequence(lambda n: f"CAC/COSP/WG.2/2025/{n + 1}")
    title_en = factory.LazyAttribute(lambda o: f"Document {o.symbol}")


class MandateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Mandate

    resolution = factory.SubFactory(ResolutionFactory)
    body = factory.SubFactory(BodyFactory)
    text_en = factory.Sequence(lambda n: f"Mandate function {n}")


class AgendaItemFactory(factory.django.DjangoModelFactory):
    """Item ``number`` of ``session``; with ``parent`` and ``letter``, one of its sub-items."""

    class Meta:
        model = AgendaItem
        skip_postgeneration_save = True

    session = factory.SubFactory(SessionFactory)
    number = factory.Sequence(lambda n: n + 1)
    title_en = factory.Sequence(lambda n: f"Agenda item title {n}")

    class Params:
        sub_item = factory.Trait(
            number=None,
            letter="a",
            session=factory.SelfAttribute("parent.session"),
        )

    @factory.post_generation
    def resolutions(self, create, extracted, **kwargs):
        if create and extracted:
            self.resolutions.set(extracted)


class FootnoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Footnote

    session = factory.SubFactory(SessionFactory)
    number = factory.Sequence(lambda n: n + 1)
    text_en = factory.LazyAttribute(lambda o: f"Footnote text {o.number}")


class AgendaItemDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaItemDocument

    agenda_item = factory.SubFactory(AgendaItemFactory)
    document = factory.SubFactory(DocumentFactory)
    listed = True


class PanelDiscussionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PanelDiscussion

    agenda_item = factory.SubFactory(AgendaItemFactory)
    title_en = factory.Sequence(lambda n: f"Panel discussion {n}")


class ProgrammeSlotFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgrammeSlot

    session = factory.SubFactory(SessionFactory)
    date = factory.SelfAttribute("session.start_date")
    start_time = datetime.time(10, 0)
    end_time = datetime.time(13, 0)


class ProgrammeEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgrammeEntry

    slot = factory.SubFactory(ProgrammeSlotFactory)
    agenda_item = factory.SubFactory(
        AgendaItemFactory, session=factory.SelfAttribute("..slot.session")
    )


class JointMeetingFactory(factory.django.DjangoModelFactory):
    """A joint meeting of ``items``, in that order: ``JointMeetingFactory(items=[a, b])``."""

    class Meta:
        model = JointMeeting
        skip_postgeneration_save = True

    @factory.post_generation
    def items(self, create, extracted, **kwargs):
        for position, item in enumerate(extracted or []):
            JointMeetingItem.objects.create(joint_meeting=self, agenda_item=item, position=position)
