"""Writes on documents that the admin, the import and the commands share.

**The provisional agenda is a document.** A session's agenda symbol
(``CAC/COSP/WG.2/2024/1``) names a Document of the kind “provisional agenda and
annotations”, prepared for the session and issued by its body: its page, the search and the
documents report know it like any other. :func:`keep_agenda_document` makes it, or keeps it in
step, whenever a session is saved in the admin, imported or published.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext, gettext_noop
from modeltranslation.utils import build_localized_fieldname

from .models import Document

#: The title of a provisional agenda, as the message catalogue knows it in each language.
AGENDA_TITLE = gettext_noop("Provisional agenda and annotations")


@transaction.atomic
def keep_agenda_document(*, session):
    """The Document of ``session``'s agenda symbol, made or brought in step with the session
    (kind, session, issuing body, date of distribution, a title in every language that has
    none); its symbol follows a change of the session's. None when the session has no agenda
    symbol. A symbol that is no UN document symbol is refused (ValidationError on
    ``agenda_symbol``)."""
    symbol = (session.agenda_symbol or "").strip()
    if not symbol:
        return None
    document = Document.objects.by_symbol(symbol).first()
    if document is None:
        # The session's symbol changed: its agenda document follows.
        document = (
            Document.objects.filter(session=session, kind=Document.Kind.PROVISIONAL_AGENDA).first()
            or Document()
        )
        document.symbol = symbol
    document.kind = Document.Kind.PROVISIONAL_AGENDA
    document.session = session
    document.body = document.body or session.body
    document.date = session.distribution_date or document.date
    for code, _name in settings.LANGUAGES:
        field = build_localized_fieldname("title", code)
        if not getattr(document, field):
            with translation.override(code):
                setattr(document, field, gettext(AGENDA_TITLE))
    try:
        document.full_clean()
    except ValidationError as error:
        raise ValidationError({"agenda_symbol": error.messages}) from None
    document.save()
    return document
