from modeltranslation.translator import TranslationOptions, register

from config.lib.history import register as register_history

from .models import Document, Mandate, Resolution


@register(Document)
class DocumentTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = ("en",)


@register(Resolution)
class ResolutionTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = ("en",)


@register(Mandate)
class MandateTranslationOptions(TranslationOptions):
    fields = ("text",)
    required_languages = ("en",)


# History (django-simple-history) is registered here, after the translation fields exist:
# modeltranslation adds title_en, title_zh_hans, ... when this module is imported, long after
# the model classes were built, so a HistoricalRecords() declared in models.py would copy only
# the untranslated column and miss a change to one language. The original field is left out
# of the history: it only mirrors whichever language was active when the row was saved.
register_history(Document, excluded_fields=["title", "modified"])
register_history(Resolution, excluded_fields=["title", "modified"])
register_history(Mandate, excluded_fields=["text", "modified"])
