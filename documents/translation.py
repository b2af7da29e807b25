from modeltranslation.translator import TranslationOptions, register

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
