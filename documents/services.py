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

from config.lib.bulk import (
    constraint_errors,
    found_relations,
    new_instance,
    stored_values,
    write_rows,
)

from .models import Document, DocumentSymbol

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


def keep_agenda_documents(*, sessions):
    """:func:`keep_agenda_document` for each of ``sessions`` (written; an import's batch) in
    a fixed number of queries, whatever their number: returns {session: ValidationError on
    ``agenda_symbol``} of those whose document is refused (nothing is written for them)."""
    symbols = {}
    for session in sessions:
        symbol = (session.agenda_symbol or "").strip()
        if symbol:
            symbols[session] = symbol
    if not symbols:
        return {}
    known = set(symbols.values())
    by_symbol, owners = {}, {}
    for other in DocumentSymbol.objects.filter(symbol__in=known).select_related("document__body"):
        by_symbol.setdefault(other.symbol, other.document)
        owners[other.symbol] = (other.document_id, other.document.symbol)
    for document in Document.objects.filter(symbol__in=known).select_related("body"):
        by_symbol[document.symbol] = document
    unmatched = [session.pk for session, symbol in symbols.items() if symbol not in by_symbol]
    agendas = {}
    for document in (
        Document.objects.filter(session__in=unmatched, kind=Document.Kind.PROVISIONAL_AGENDA)
        .select_related("body")
        .order_by("-symbol")
    ):
        agendas[document.session_id] = document
    titles = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            titles[build_localized_fieldname("title", code)] = gettext(AGENDA_TITLE)
    created, changed, refused, taken, stored = [], [], {}, {}, {}
    for session, symbol in symbols.items():
        document = by_symbol.get(symbol)
        if document is None:
            document = agendas.get(session.pk) or new_instance(Document)
            if document.pk and id(document) not in stored:
                stored[id(document)] = stored_values(document)
            document.symbol = symbol
        if document.pk and id(document) not in stored:
            stored[id(document)] = stored_values(document)
        document.kind = Document.Kind.PROVISIONAL_AGENDA
        document.session = session
        document.body = document.body or session.body
        document.date = session.distribution_date or document.date
        for field, title in titles.items():
            if not getattr(document, field):
                setattr(document, field, title)
        document.other_symbol_owners = owners
        errors = []
        try:
            document.clean_fields(exclude=found_relations(document))
            document.clean()
        except ValidationError as error:
            errors += error.messages
        errors += [m for messages in constraint_errors(document).values() for m in messages]
        holder = taken.setdefault(document.symbol, document)
        if holder is not document:
            errors += document.unique_error_message(Document, ("symbol",)).messages
        if errors:
            refused[session] = ValidationError({"agenda_symbol": errors})
            continue
        (changed if document.pk else created).append(document)
        by_symbol[document.symbol] = document
    changed = [
        document
        for document in {id(d): d for d in changed}.values()
        if stored_values(document) != stored[id(document)]
    ]
    write_rows(Document, created, changed, [stored[id(document)] for document in changed])
    return refused
