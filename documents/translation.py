from modeltranslation.translator import TranslationOptions, register

from config.lib.history import register as register_history

# Text is needed in at least one language, not necessarily English: the models' clean()
# (config.lib.i18n.require_text) says so; no language column is required by itself.
from .models import Document, Mandate, Resolution


@register(Document)
class DocumentTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(Resolution)
class ResolutionTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(Mandate)
class MandateTranslationOptions(TranslationOptions):
    fields = ("text",)


# History (django-simple-history) is registered here, after the translation fields exist:
# modeltranslation adds title_en, title_zh_hans, ... when this module is imported, long after
# the model classes were built, so a HistoricalRecords() declared in models.py would copy only
# the untranslated column and miss a change to one language. The original field is left out
# of the history: it only mirrors whichever language was active when the row was saved.
register_history(Document, excluded_fields=["title", "modified"])
register_history(Resolution, excluded_fields=["title", "modified"])
register_history(Mandate, excluded_fields=["text", "modified"])
