"""Writes on agenda items that more than one entry point performs."""

from django.db import transaction

from .models import AgendaItemDocument


@transaction.atomic
def set_item_documents(*, item, listed, cited):
    """Make ``item``'s documents exactly ``listed`` (shown under “Documents”) and ``cited``
    (cited in the annotation only): links to other documents are removed, new ones are
    added after the existing ones, and a document moved between the two keeps its place.
    A document in both is listed."""
    listed = {document.pk for document in listed}
    wanted = listed | {document.pk for document in cited}
    links = {link.document_id: link for link in item.document_links.all()}
    AgendaItemDocument.objects.filter(
        agenda_item=item, document_id__in=set(links) - wanted
    ).delete()
    position = max((link.position for link in links.values()), default=-1)
    for document_id in sorted(wanted):
        link = links.get(document_id)
        if link is None:
            position += 1
            link = AgendaItemDocument(
                agenda_item=item,
                document_id=document_id,
                listed=document_id in listed,
                position=position,
            )
        elif link.listed != (document_id in listed):
            link.listed = document_id in listed
        else:
            continue
        link.full_clean()
        link.save()
