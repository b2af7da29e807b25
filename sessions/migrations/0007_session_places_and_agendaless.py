"""Existing sessions carried forward: each is the session itself (the part's default); its
city (in every language) and country come from its venue, where the place used to live;
a published session without agenda items (the Conference sessions recorded only because
their resolutions are cited) is marked as published without an agenda, so that it stays
published under the rule that a published session has its agenda."""

from django.db import migrations

LANGUAGES = ("ar", "zh_hans", "en", "fr", "ru", "es")


def forwards(apps, schema_editor):
    Session = apps.get_model("meetings", "Session")
    AgendaItem = apps.get_model("agendas", "AgendaItem")
    with_items = set(AgendaItem.objects.values_list("session_id", flat=True).distinct())
    for session in Session.objects.select_related("venue"):
        changed = []
        venue = session.venue
        if venue is not None:
            if not any(getattr(session, f"city_{code}") for code in LANGUAGES):
                for code in LANGUAGES:
                    setattr(session, f"city_{code}", getattr(venue, f"city_{code}"))
                    changed.append(f"city_{code}")
                session.city = venue.city_en
                changed.append("city")
            if not session.country:
                session.country = venue.country
                changed.append("country")
        if session.status == "published" and session.pk not in with_items:
            session.without_agenda = True
            changed.append("without_agenda")
        if changed:
            session.save(update_fields=changed)


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0006_session_parts_and_places"),
        ("agendas", "0003_history"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop, elidable=False)]
