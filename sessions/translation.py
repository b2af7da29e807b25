from modeltranslation.translator import TranslationOptions, register

from .models import Body, ProgrammeEntry, Session, Venue


@register(Body)
class BodyTranslationOptions(TranslationOptions):
    fields = ("name", "short_name")
    required_languages = ("en",)


@register(Venue)
class VenueTranslationOptions(TranslationOptions):
    fields = ("name", "city")
    required_languages = ("en",)


@register(Session)
class SessionTranslationOptions(TranslationOptions):
    fields = ("title", "room", "resources_note")


@register(ProgrammeEntry)
class ProgrammeEntryTranslationOptions(TranslationOptions):
    fields = ("title",)
