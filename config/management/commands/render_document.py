"""``manage.py render_document wg-asset-recovery/18 --language zh-hans --format pdf --output
agenda.pdf``: a session's provisional agenda and annotations as a file, as the session page's
downloads give it (HTML: the document alone, as the PDF is set)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.template.loader import render_to_string
from django.utils import translation

from agendas.files import DOCUMENT_FORMATS, render_file
from agendas.rendition import render
from sessions.keys import session_filters
from sessions.models import Session

FORMATS = (*DOCUMENT_FORMATS, "html")


class Command(BaseCommand):
    help = (
        "Write a session's provisional agenda and annotations as DOCX, PDF or HTML, in one of "
        "the six languages."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "session",
            help="The session: body/ordinal, e.g. wg-asset-recovery/18, or irg/6/resumed for a part.",
        )
        parser.add_argument(
            "--language",
            default=settings.LANGUAGE_CODE,
            help="The language of the version: "
            + ", ".join(code for code, _name in settings.LANGUAGES)
            + f" (default {settings.LANGUAGE_CODE}).",
        )
        parser.add_argument(
            "--format", dest="file_format", default="pdf", help="docx, pdf (default) or html."
        )
        parser.add_argument("--output", required=True, help="The file to write.")

    def handle(self, *args, session, language, file_format, output, **options):
        languages = [code for code, _name in settings.LANGUAGES]
        if language not in languages:
            raise CommandError(
                f"--language {language!r} is not one of the site's languages: "
                + ", ".join(languages)
                + "."
            )
        if file_format not in FORMATS:
            raise CommandError(
                f"--format {file_format!r} is not a document format: {', '.join(FORMATS)}."
            )
        try:
            filters = session_filters(session)
        except ValueError as error:
            raise CommandError(str(error)) from None
        found = Session.objects.with_header().filter(**filters).first()
        if found is None:
            raise CommandError(f"There is no session {session}.")
        path = Path(output)
        if not path.parent.is_dir():
            raise CommandError(f"The folder of {output} does not exist: nothing was written.")
        rendition = render(found, language)
        if file_format == "html":
            with translation.override(language):
                content = render_to_string(
                    "agendas/document_print.html", {"document": rendition}
                ).encode()
        else:
            content = render_file(rendition, file_format)
        path.write_bytes(content)
        self.stdout.write(f"{path}: {len(content):,} bytes")
