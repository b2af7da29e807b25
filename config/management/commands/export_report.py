"""``manage.py export_report agenda --language zh-hans --format csv --output agenda.csv``"""

import re

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from config.lib.reporting import FORMATS, csv_chunks, write_xlsx
from config.lib.spreadsheet import export_encoding
from config.reports import REPORTS
from sessions.models import Body

MIN_YEAR, MAX_YEAR = 1900, 9999


def parse_year(value, option):
    if value is None:
        return None
    text = str(value).strip()
    if not re.fullmatch(r"[0-9]{4}", text) or not MIN_YEAR <= int(text) <= MAX_YEAR:
        raise CommandError(
            f"{option} {value!r} is not a year: give four digits such as 2024 "
            f"(between {MIN_YEAR} and {MAX_YEAR})."
        )
    return int(text)


class Command(BaseCommand):
    help = (
        "Write a report (sessions, agenda, mandates, documents, programme, translations) as "
        "CSV or XLSX, "
        "in one of the six languages, streaming rows so that memory stays flat at any size."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="The report: " + ", ".join(REPORTS) + ".")
        parser.add_argument(
            "--language",
            default=settings.LANGUAGE_CODE,
            help="Language of the headers and titles: "
            + ", ".join(code for code, _name in settings.LANGUAGES)
            + f" (default {settings.LANGUAGE_CODE}).",
        )
        parser.add_argument(
            "--format", dest="file_format", default="csv", help="csv (default) or xlsx."
        )
        parser.add_argument(
            "--output",
            default="-",
            help="The file to write; - or nothing for standard output (CSV only).",
        )
        parser.add_argument(
            "--body",
            action="append",
            dest="bodies",
            default=[],
            metavar="SLUG",
            help="Only this body (its slug, e.g. wg-asset-recovery); repeat for several.",
        )
        parser.add_argument("--year", help="Only sessions of this year.")
        parser.add_argument("--from-year", help="Only sessions of this year or later.")
        parser.add_argument("--to-year", help="Only sessions of this year or earlier.")
        parser.add_argument(
            "--published", action="store_true", help="Only published sessions, as the public sees."
        )

    def handle(self, *args, **options):
        report_class = self.report_class(options["name"])
        language = self.language(options["language"])
        file_format = self.file_format(options["file_format"])
        bodies = self.bodies(options["bodies"])
        from_year, to_year = self.years(options)
        output = options["output"]
        if file_format == "xlsx" and output in (None, "", "-"):
            raise CommandError("An XLSX workbook cannot go to standard output: give --output FILE.")

        report = report_class(language=language, published_only=options["published"])
        queryset = report.filter_rows(report.get_queryset(), bodies, from_year, to_year)
        if output in (None, "", "-"):
            self.write_stdout(report, queryset)
            return
        try:
            with open(output, "wb") as target:
                if file_format == "xlsx":
                    write_xlsx(report, queryset, target)
                else:
                    for chunk in csv_chunks(report, queryset):
                        target.write(chunk)
        except OSError as error:
            raise CommandError(f"Cannot write {output}: {error.strerror or error}.") from error

    def write_stdout(self, report, queryset):
        stream = self.stdout._out
        binary = getattr(stream, "buffer", None)
        stream.flush()
        for chunk in csv_chunks(report, queryset):
            if binary is not None:
                binary.write(chunk)
            else:
                stream.write(chunk.decode(export_encoding()))
        (binary or stream).flush()

    # --- checks, each with a message that says what is accepted ---------------------------

    def report_class(self, name):
        if name not in REPORTS:
            raise CommandError(f"Unknown report {name!r}: choose one of {', '.join(REPORTS)}.")
        return REPORTS[name]

    def language(self, language):
        codes = [code for code, _name in settings.LANGUAGES]
        if language not in codes:
            raise CommandError(f"Unknown language {language!r}: choose one of {', '.join(codes)}.")
        return language

    def file_format(self, file_format):
        file_format = (file_format or "").lower()
        if file_format not in FORMATS:
            raise CommandError(
                f"Unknown format {file_format!r}: choose one of {', '.join(FORMATS)}."
            )
        return file_format

    def bodies(self, slugs):
        known = set(Body.objects.filter(slug__in=slugs).values_list("slug", flat=True))
        unknown = [slug for slug in slugs if slug not in known]
        if unknown:
            every = ", ".join(Body.objects.order_by("slug").values_list("slug", flat=True))
            raise CommandError(
                f"Unknown body {', '.join(unknown)}: give the slug of one of {every or 'none'}."
            )
        return slugs

    def years(self, options):
        year = parse_year(options["year"], "--year")
        from_year = parse_year(options["from_year"], "--from-year")
        to_year = parse_year(options["to_year"], "--to-year")
        if year is not None:
            if from_year is not None or to_year is not None:
                raise CommandError("Give either --year or --from-year/--to-year, not both.")
            return year, year
        if from_year is not None and to_year is not None and from_year > to_year:
            raise CommandError(f"--from-year {from_year} is after --to-year {to_year}.")
        return from_year, to_year
