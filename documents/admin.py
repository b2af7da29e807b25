from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Document, Mandate, Resolution


@admin.register(Document)
class DocumentAdmin(TranslationAdmin):
    list_display = ("symbol", "title", "kind", "date")
    list_filter = ("kind",)
    search_fields = ("symbol", "title")


@admin.register(Resolution)
class ResolutionAdmin(TranslationAdmin):
    list_display = ("number", "title", "adopted_at")
    search_fields = ("title",)


@admin.register(Mandate)
class MandateAdmin(TranslationAdmin):
    list_display = ("__str__", "body", "resolution", "letter")
    list_filter = ("body",)
