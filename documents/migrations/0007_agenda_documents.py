"""Every session's agenda symbol becomes a Document of the kind “provisional agenda and
annotations”, prepared for the session and issued by its body, titled in every language (as
``documents.services.keep_agenda_document`` does for each session saved from now on)."""

from django.conf import settings
from django.db import migrations
from django.utils import translation
from django.utils.translation import gettext

AGENDA_TITLE = "Provisional agenda and annotations"


def title_field(code):
    return "title_" + code.replace("-", "_")


def make_agenda_documents(apps, schema_editor):
    db = schema_editor.connection.alias
    Session = apps.get_model("meetings", "Session")
    Document = apps.get_model("documents", "Document")
    titles = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            titles[title_field(code)] = gettext(AGENDA_TITLE)
    sessions = Session.objects.using(db).exclude(agenda_symbol__isnull=True).exclude(agenda_symbol="")
    for session in sessions:
        document = Document.objects.using(db).filter(symbol=session.agenda_symbol).first()
        if document is None:
            document = Document(symbol=session.agenda_symbol)
        document.kind = "provisional_agenda"
        document.session_id = session.pk
        document.body_id = document.body_id or session.body_id
        document.date = session.distribution_date or document.date
        for field, title in titles.items():
            if not getattr(document, field):
                setattr(document, field, title)
        document.title = document.title or titles["title_en"]
        document.save(using=db)


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0006_editors_document_symbols"),
        ("meetings", "0003_editors_group"),
    ]

    operations = [migrations.RunPython(make_agenda_documents, migrations.RunPython.noop)]
