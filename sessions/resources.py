"""Import-export resources of the sessions app."""

from import_export import resources

from .models import Body, ProgrammeEntry, ProgrammeSlot, Session, Venue


class BodyResource(resources.ModelResource):
    class Meta:
        model = Body


class VenueResource(resources.ModelResource):
    class Meta:
        model = Venue


class SessionResource(resources.ModelResource):
    class Meta:
        model = Session


class ProgrammeSlotResource(resources.ModelResource):
    class Meta:
        model = ProgrammeSlot


class ProgrammeEntryResource(resources.ModelResource):
    class Meta:
        model = ProgrammeEntry
