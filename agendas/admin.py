from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import AgendaItem, Footnote, JointMeeting, PanelDiscussion


@admin.register(AgendaItem)
class AgendaItemAdmin(TranslationAdmin):
    list_display = ("label", "title", "session")
    list_filter = ("session__body",)
    search_fields = ("title", "label")


@admin.register(Footnote)
class FootnoteAdmin(TranslationAdmin):
    list_display = ("session", "number")


@admin.register(PanelDiscussion)
class PanelDiscussionAdmin(TranslationAdmin):
    list_display = ("title", "agenda_item")


@admin.register(JointMeeting)
class JointMeetingAdmin(admin.ModelAdmin):
    list_display = ("__str__",)
