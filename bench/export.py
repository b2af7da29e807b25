"""Benchmark of the agenda report's streaming CSV export against PostgreSQL's own COPY.

    .venv/bin/python bench/export.py            # or: make bench

Creates a dedicated PostgreSQL database (BENCH_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/wgs_bench), migrates it, fills it with bulk_create
(10,000 sessions of 10 bodies, 100,000 agenda items with citations, documents and joint
meetings), then exports the agenda report to a CSV file twice, each in a fresh process:

- through the report's streaming path (``config.lib.reporting.csv_chunks``), as the
  ``export_report`` command and the downloads do;
- through ``COPY (SELECT ...) TO STDOUT WITH CSV`` read with psycopg 3, the same columns;
- and the agenda items' file of ``export_all`` (``AgendaItemResource``: one cursor in key
  order, every language's title and annotation, written row by row).

It prints rows per second and peak memory (Python allocations seen by tracemalloc, and the
process's peak resident set size before and after the export, Linux's VmHWM) for both, with the ratio, and for a
tenth of the rows to show that the report's memory does not grow with the rows. The
database is dropped at the end (``--keep`` keeps it). Not part of the test suite.
"""

# Each measurement runs in a child process that sets its own settings and database first:
# Django and the project are imported inside the functions, after that.
# ruff: noqa: PLC0415

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from database import database_name, database_url, drop_database, recreate_database

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/wgs_bench"
BODIES = 10
SESSIONS_PER_BODY = 1000
TOP_ITEMS, SUB_ITEMS = 6, 4  # per session: items 1-6, and 2(a), 2(b), 3(a), 3(b)
FIRST_YEAR, YEARS = 2007, 20

COPY_SQL = """
COPY (
  SELECT b.name_en, s.ordinal, s.start_date, s.end_date, i.label, i.title_en,
    (SELECT string_agg(r.session_number || '/' || r.sequence, '; '
                       ORDER BY r.session_number, r.sequence)
       FROM agendas_agendaitem_resolutions ir
       JOIN documents_resolution r ON r.id = ir.resolution_id
      WHERE ir.agendaitem_id = i.id),
    (SELECT string_agg(d.symbol, '; ' ORDER BY l.position, l.id)
       FROM agendas_agendaitemdocument l
       JOIN documents_document d ON d.id = l.document_id
      WHERE l.agenda_item_id = i.id),
    (SELECT string_agg(ob.name_en || ' ' || os.ordinal || ' ' || oi.label, '; '
                       ORDER BY om.position, om.id)
       FROM agendas_jointmeetingitem m
       JOIN agendas_jointmeetingitem om
         ON om.joint_meeting_id = m.joint_meeting_id AND om.agenda_item_id <> i.id
       JOIN agendas_agendaitem oi ON oi.id = om.agenda_item_id
       JOIN meetings_session os ON os.id = oi.session_id
       JOIN meetings_body ob ON ob.id = os.body_id
      WHERE m.agenda_item_id = i.id)
  FROM agendas_agendaitem i
  JOIN meetings_session s ON s.id = i.session_id
  JOIN meetings_body b ON b.id = s.body_id
  WHERE %(where)s
  ORDER BY s.start_date NULLS LAST, b.symbol_prefix, s.ordinal, s.id, i.position
) TO STDOUT WITH CSV HEADER
"""


def setup_django(url):
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def generate():
    """10,000 sessions, 100,000 agenda items, their citations and joint meetings."""
    import datetime

    from django.core.management import call_command

    from agendas.models import AgendaItem, AgendaItemDocument, JointMeeting, JointMeetingItem
    from documents.models import Document, Resolution
    from sessions.models import Body, Session, Venue

    call_command("migrate", verbosity=0)
    venue = Venue.objects.create(
        name_en="Vienna International Centre", name_zh_hans="维也纳国际中心",
        city_en="Vienna", city_zh_hans="维也纳", country="AT",
    )  # fmt: skip
    bodies = Body.objects.bulk_create(
        Body(
            name_en=f"Open-ended Intergovernmental Working Group number {n}",
            name_zh_hans=f"第{n}不限成员名额政府间工作组",
            short_name_en=f"Working Group {n}",
            short_name_zh_hans=f"第{n}工作组",
            kind=Body.Kind.WORKING_GROUP,
            symbol_prefix=f"CAC/COSP/WG.{n}",
            slug=f"wg-{n}",
        )  # fmt: skip
        for n in range(1, BODIES + 1)
    )
    resolutions = Resolution.objects.bulk_create(
        Resolution(session_number=s, sequence=q, title_en=f"Resolution {s}/{q}")
        for s in range(1, 11)
        for q in range(1, 6)
    )
    sessions = []
    for body in bodies:
        for ordinal in range(1, SESSIONS_PER_BODY + 1):
            year = FIRST_YEAR + ordinal % YEARS
            start = datetime.date(year, 1 + ordinal % 12, 1 + ordinal % 25)
            sessions.append(
                Session(
                    body=body,
                    ordinal=ordinal,
                    start_date=start,
                    end_date=start + datetime.timedelta(days=2),
                    venue=venue,
                    agenda_symbol=f"{body.symbol_prefix}/{year}/{ordinal}/1",
                    status=Session.Status.PUBLISHED,
                )  # fmt: skip
            )
    sessions = Session.objects.bulk_create(sessions, batch_size=2000)
    documents = Document.objects.bulk_create(
        (
            Document(
                symbol=f"{session.agenda_symbol[:-2]}/2",
                title_en=f"Note by the Secretariat {session.ordinal}",
                kind=Document.Kind.NOTE_BY_SECRETARIAT,
                session=session,
            )  # fmt: skip
            for session in sessions
        ),
        batch_size=2000,
    )
    top = AgendaItem.objects.bulk_create(
        (
            AgendaItem(
                session=session,
                number=n,
                label=str(n),
                position=n * 1000,
                title_en=f"Agenda item {n} of session {session.ordinal}",
                title_zh_hans=f"第{session.ordinal}届会议程项目{n}",
            )  # fmt: skip
            for session in sessions
            for n in range(1, TOP_ITEMS + 1)
        ),
        batch_size=5000,
    )
    parents = [item for item in top if item.number in (2, 3)]
    AgendaItem.objects.bulk_create(
        (
            AgendaItem(
                session_id=parent.session_id,
                parent=parent,
                letter=letter,
                label=f"{parent.number}({letter})",
                position=parent.position + offset,
                title_en=f"Sub-item {parent.number}({letter})",
            )  # fmt: skip
            for parent in parents
            for offset, letter in ((1, "a"), (2, "b"))
        ),
        batch_size=5000,
    )
    Through = AgendaItem.resolutions.through
    Through.objects.bulk_create(
        (
            Through(agendaitem_id=item.pk, resolution_id=resolutions[k % len(resolutions)].pk)
            for k, item in enumerate(top)
        ),
        batch_size=5000,
    )
    AgendaItemDocument.objects.bulk_create(
        (
            AgendaItemDocument(agenda_item=item, document=documents[k // TOP_ITEMS], listed=True)
            for k, item in enumerate(top)
            if item.number == 2
        ),
        batch_size=5000,
    )
    # Joint meetings: item 4 of each session of body 1 with item 4 of the same ordinal of body 2.
    fourth = {
        (item.session.body_id, item.session.ordinal): item for item in top if item.number == 4
    }
    pairs = [
        (fourth[(bodies[0].pk, ordinal)], fourth[(bodies[1].pk, ordinal)])
        for ordinal in range(1, SESSIONS_PER_BODY + 1)
    ]
    meetings = JointMeeting.objects.bulk_create(JointMeeting() for _ in pairs)
    JointMeetingItem.objects.bulk_create(
        JointMeetingItem(joint_meeting=meeting, agenda_item=item, position=position)
        for meeting, pair in zip(meetings, pairs, strict=True)
        for position, item in enumerate(pair)
    )
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # planner statistics for the freshly loaded tables
    return AgendaItem.objects.count(), Session.objects.count()


def run_child(mode, url, from_year, output):
    """Run one export in a fresh process and return the figures it measured."""
    result = subprocess.run(  # noqa: S603 (this script itself, with its own arguments)
        [sys.executable, __file__, "--child", mode, "--from-year", str(from_year), output],
        env={**os.environ, "BENCH_DATABASE_URL": url},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def child(mode, from_year, output):
    """The export itself, measured: time and rows without tracemalloc, then its peak."""
    setup_django(database_url(DEFAULT_URL))
    from django.db import connection

    from agendas.reports import AgendaReport
    from agendas.resources import AgendaItemResource
    from config.lib.reporting import csv_chunks
    from config.lib.spreadsheet import write_csv

    def report_export():
        report = AgendaReport(language="en")
        queryset = report.filter_rows(report.get_queryset(), from_year=from_year)
        with open(output, "wb") as target:
            for chunk in csv_chunks(report, queryset):
                target.write(chunk)

    def copy_export():
        where = f"s.start_date >= '{int(from_year)}-01-01'"
        connection.ensure_connection()
        with (
            connection.connection.cursor() as cursor,
            open(output, "wb") as target,
            cursor.copy(COPY_SQL % {"where": where}) as copy,
        ):
            for data in copy:
                target.write(data)

    def resource_export():
        # The agenda items' file of export_all: one cursor in key order, written row by row.
        resource = AgendaItemResource()
        write_csv(output, resource.get_export_headers(), resource.export_rows())

    export = {"report": report_export, "resource": resource_export, "copy": copy_export}[mode]
    connection.ensure_connection()
    rss_before = peak_rss_kib()
    started = time.perf_counter()
    export()
    seconds = time.perf_counter() - started
    rss_after = peak_rss_kib()
    with open(output, "rb") as written:
        rows = sum(1 for _line in written) - 1  # no title here holds a line break
    tracemalloc.start()
    export()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(
        json.dumps(
            {
                "seconds": seconds,
                "rows": rows,
                "rss_before": rss_before,
                "rss_after": rss_after,
                "peak": peak,
            }
        )
    )


def peak_rss_kib():
    """The process's peak resident set size in KiB: Linux's VmHWM, which starts afresh with
    each program (ru_maxrss would carry over the parent's peak through fork and exec)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def mib(value):
    return f"{value / 1024 / 1024:8.1f} MiB"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", action="store_true", help="keep the bench database")
    parser.add_argument("--child", choices=["report", "resource", "copy"], help=argparse.SUPPRESS)
    parser.add_argument("--from-year", type=int, default=FIRST_YEAR, help=argparse.SUPPRESS)
    parser.add_argument("output", nargs="?", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.from_year, args.output)
        return

    url = database_url(DEFAULT_URL)
    print(f"database {database_name(url)}: creating, migrating and filling it ...", flush=True)
    recreate_database(url)
    try:
        setup_django(url)
        started = time.perf_counter()
        items, sessions = generate()
        print(
            f"{items:,} agenda items in {sessions:,} sessions ({time.perf_counter() - started:.0f} s)"
        )
        from django.db import connections

        connections.close_all()
        with tempfile.TemporaryDirectory() as folder:
            output = str(Path(folder) / "agenda.csv")
            results = {}
            for label, from_year in (("all", FIRST_YEAR), ("a tenth", FIRST_YEAR + YEARS - 2)):
                for mode in ("report", "copy"):
                    results[(label, mode)] = run_child(mode, url, from_year, output)
            # export_all's file of the agenda items (every row, whatever the year).
            results[("all", "resource")] = run_child("resource", url, FIRST_YEAR, output)
        print()
        print(
            "agenda report to CSV      rows    seconds     rows/s   Python peak"
            "   peak RSS before → after the export"
        )
        modes = (
            ("report", "report (streaming)"),
            ("resource", "export_all's items"),
            ("copy", "PostgreSQL COPY"),
        )
        for label in ("all", "a tenth"):
            for mode, name in modes:
                if (label, mode) not in results:
                    continue
                r = results[(label, mode)]
                print(
                    f"{name:20} {r['rows']:9,} {r['seconds']:10.2f} {r['rows'] / r['seconds']:10,.0f}"
                    f"  {mib(r['peak'])}  {mib(r['rss_before'] * 1024)} → "
                    f"{mib(r['rss_after'] * 1024).strip()}   ({label})"
                )
        report, copy = results[("all", "report")], results[("all", "copy")]
        if not report["rows"] == copy["rows"] == items:
            sys.exit(f"Row counts differ: report {report['rows']}, COPY {copy['rows']}, {items}.")
        ratio = (copy["rows"] / copy["seconds"]) / (report["rows"] / report["seconds"])
        print(
            f"\nCOPY is {ratio:.1f} times as fast as the report's streaming export ({items:,} rows)."
        )
        resource = results[("all", "resource")]
        print(
            f"export_all's agenda items: {resource['rows']:,} rows at "
            f"{resource['rows'] / resource['seconds']:,.0f} rows/s, "
            f"{(resource['rows'] / resource['seconds']) / (copy['rows'] / copy['seconds']):.2f}× COPY."
        )
        tenth = results[("a tenth", "report")]
        print(
            f"Report peak Python memory: {mib(report['peak']).strip()} for {report['rows']:,} rows, "
            f"{mib(tenth['peak']).strip()} for {tenth['rows']:,} rows."
        )
    finally:
        if not args.keep:
            from django.db import connections

            connections.close_all()
            drop_database(url)
            print(f"database {database_name(url)} dropped")


if __name__ == "__main__":
    main()
