from modeltranslation.translator import TranslationOptions, register

from .models import AgendaItem, Footnote, PanelDiscussion


@register(AgendaItem)
class AgendaItemTranslationOptions(TranslationOptions):
    fields = ("title", "annotation")
    required_languages = ("en",)


@register(Footnote)
class FootnoteTranslationOptions(TranslationOptions):
    fields = ("text",)
    required_languages = ("en",)


@register(PanelDiscussion)
class PanelDiscussionTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = ("en",)
