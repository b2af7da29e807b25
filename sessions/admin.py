from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Body, ProgrammeSlot, Session, Venue


@admin.register(Body)
class BodyAdmin(TranslationAdmin):
    list_display = ("short_name", "name", "symbol_prefix", "kind", "parent")
    search_fields = ("name", "short_name", "symbol_prefix")
    prepopulated_fields = {"slug": ("short_name",)}


@admin.register(Venue)
class VenueAdmin(TranslationAdmin):
    list_display = ("name", "city", "country")
    search_fields = ("name", "city")


@admin.register(Session)
class SessionAdmin(TranslationAdmin):
    list_display = ("__str__", "body", "ordinal", "start_date", "end_date", "status")
    list_filter = ("body", "status")
    search_fields = ("title", "agenda_symbol", "body__short_name")


@admin.register(ProgrammeSlot)
class ProgrammeSlotAdmin(admin.ModelAdmin):
    list_display = ("session", "date", "start_time", "end_time")
