"""``python manage.py read_document FILE --body SLUG``: a provisional agenda and annotations
(DOCX, PDF or text) read into a draft session, printing what was understood."""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation

from agendas.reading.files import text_of_upload
from agendas.reading.parser import ReadingError, guess_language, read_text
from agendas.reading.services import draft_session, link_reading
from sessions.keys import session_key
from sessions.models import Body

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class Command(BaseCommand):
    help = (
        "Read the official provisional agenda and annotations of a session (DOCX, PDF or "
        "plain text, in any of the six languages) and create its draft session, or fill the "
        "language's fields of the session read already in another language. Prints what "
        "was understood, and every line that could not be placed."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The document: .docx, .pdf or a UTF-8 text file.")
        parser.add_argument("--body", required=True, metavar="SLUG", help="The body's slug.")
        parser.add_argument(
            "--language",
            choices=LANGUAGE_CODES,
            help="The document's language (default: recognised from its headings).",
        )
        parser.add_argument(
            "--ordinal", type=int, help="The session's number, when the document does not say."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Print what was understood; write nothing."
        )

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        body = Body.objects.filter(slug=options["body"]).first()
        if body is None:
            known = ", ".join(Body.objects.values_list("slug", flat=True))
            raise CommandError(f"Unknown body “{options['body']}”. Known: {known}.")
        try:
            with path.open("rb") as upload:
                text = text_of_upload(upload)
            language = options["language"] or guess_language(text)
            if language is None:
                raise ReadingError(
                    "This text is not a provisional agenda: no “Provisional agenda” heading "
                    "in any of the six languages. Give --language if it is one."
                )
            with translation.override(settings.LANGUAGE_CODE):
                reading = read_text(text, language=language)
        except ReadingError as error:
            raise CommandError(str(error)) from None
        links = link_reading(reading=reading, body=body, ordinal=options["ordinal"])
        self.describe(reading, links)
        if options["dry_run"]:
            self.stdout.write("Dry run: nothing written.")
            return
        try:
            with transaction.atomic():
                session, created = draft_session(
                    reading=reading, body=body, ordinal=options["ordinal"]
                )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        verb = "Created the draft session" if created else f"Filled the {language} fields of"
        self.stdout.write(self.style.SUCCESS(f"{verb} {session} (key {session_key(session)})."))

    def describe(self, reading, links):
        write = self.stdout.write
        write(f"Language: {reading.language}; original: {reading.original_language or '-'}")
        write(
            f"Symbol: {reading.symbol or '-'}; distribution: {reading.distribution or '-'} "
            f"{reading.distribution_date or ''}"
        )
        write(f"Body: {reading.body_name or '-'}")
        write(
            f"Dates: {reading.start_date} to {reading.end_date}; city: {reading.city or '-'}; "
            f"venue: {links.venue or '-'}; opening: {reading.opening_time or '-'}"
        )
        if links.session is not None:
            write(f"Fills the session read already: {links.session}")
        else:
            write(f"New draft session, ordinal {links.ordinal}")
        write(f"Title: {reading.title}")
        for item in reading.items:
            indent = "    " if item.letter else "  "
            write(f"{indent}{item.label}. {item.title}")
            write(
                f"{indent}   {len(item.paragraphs)} paragraph(s); resolutions: "
                f"{', '.join(item.resolutions) or '-'}; documents: "
                f"{', '.join(item.cited + [d.symbol for d in item.listed]) or '-'}"
            )
            if item.joint:
                partners = ", ".join(label for label, _note in item.joint.partners)
                write(f"{indent}   joint meeting with items {partners}")
        for number, text in sorted(reading.footnotes.items()):
            write(f"Footnote {number}: {text[:70]}")
        for slot in reading.slots:
            entries = ", ".join(
                entry.label + (" (continued)" if entry.continued else "") for entry in slot.entries
            )
            write(
                f"Programme {slot.date} {slot.start:%H:%M}–"
                f"{slot.end.strftime('%H:%M') if slot.end else '?'}: {entries}"
            )
        if links.new_documents:
            write("New documents: " + ", ".join(links.new_documents))
        if links.unknown_resolutions:
            write("Resolutions not known (not linked): " + ", ".join(links.unknown_resolutions))
        for problem in links.problems:
            write(f"Note: {problem}")
        for line in reading.unplaced:
            write(f"Not placed, line {line.number}: {line.text.strip()[:100]}")
