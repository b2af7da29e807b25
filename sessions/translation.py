from modeltranslation.translator import TranslationOptions, register
from simple_history.utils import get_history_model_for_model

from config.lib.history import register as register_history

from .models import Body, ProgrammeEntry, Session, Venue


@register(Body)
class BodyTranslationOptions(TranslationOptions):
    # Text in at least one language (Body.clean()); a venue's English name and city are its
    # key in import files, so they stay required.
    fields = ("name", "short_name")


@register(Venue)
class VenueTranslationOptions(TranslationOptions):
    fields = ("name", "city")
    required_languages = ("en",)


@register(Session)
class SessionTranslationOptions(TranslationOptions):
    fields = ("title", "city", "room", "document_title", "resources_note")


@register(ProgrammeEntry)
class ProgrammeEntryTranslationOptions(TranslationOptions):
    fields = ("title",)


# History (django-simple-history) is registered here, after the translation fields exist:
# modeltranslation adds title_en, title_zh_hans, ... when this module is imported, long after
# the model classes were built, so a HistoricalRecords() declared in models.py would copy only
# the untranslated column and miss a change to one language. The original field is left out
# of the history: it only mirrors whichever language was active when the row was saved.
register_history(
    Session,
    excluded_fields=["title", "city", "room", "document_title", "resources_note", "modified"],
)
# The app's label (meetings) is not its package (sessions): name the history model's real
# module so that `manage.py shell` imports it like the other models.
get_history_model_for_model(Session).__module__ = "sessions.models"
