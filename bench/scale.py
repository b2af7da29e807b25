"""The public pages at the scale of the United Nations, beside the same pages on the demo.

    .venv/bin/python bench/scale.py            # or: make bench-scale

Creates a PostgreSQL database of its own (BENCH_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/wgs_bench_scale), migrates it and loads the demo, then:

1. publishes revision 1 of the 2024 session (its page is then the frozen document, as
   delegates read a published session; ``irg/15`` is measured too, as a session without a
   revision, whose page renders its document) and copies the database as the demo's own
   (``wgs_bench_scale_demo``);
2. adds, with COPY and ``bulk_create``, 2,000 published sessions of the demo's bodies with
   100,000 agenda items (titles and annotations in the six languages, Chinese included),
   5,000 documents, 500 resolutions, their citations and 20,000 joint-meeting links
   (10,000 joint meetings of two items);
3. serves each database with a gunicorn of its own (DEBUG off, settings ``bench.settings``,
   as bench/serve.py) and measures each page below on both, beside the bare one-query page:
   each page's requests in four rounds, the demo's server and the scale's taking turns, so
   that both sizes are measured on the machine as it is at that moment (two cores shared
   with the client: what else runs changes the figures from one minute to the next);
4. exports every table with ``export_all`` (CSV) and with PostgreSQL's ``COPY``, and writes
   every report (CSV, in English) as ``export_report`` does.

It prints, for each page: requests per second and the 95th percentile latency on the demo
and at scale, each as a share of the bare page's requests per second on the same database,
and the page's median time at scale over its median time on the demo; then the export's
rows per second beside COPY's, and each report's. "cold" requests each ask a URL of their
own (``?cold=n``), so that every one is rendered (and stored in the page cache); "cached"
ones all ask the same URL.
Only 127.0.0.1 is asked. gunicorn is stopped and both databases dropped at the end
(``--keep`` keeps them). Not part of the test suite.

The search pages are measured one request at a time too (beside the bare page, also one at
a time: their latency without a queue), and the search of each word in process, each group's
page and the whole search (median milliseconds).

For development, a shorter run: ``--pages search,session`` measures only the pages whose
label holds one of those words (and the bare page); ``--no-export`` skips the export;
``--reuse`` measures the databases a ``--keep`` run left (migrated, the scale's rows already
added: no generation; the pages at scale only if the demo's copy is gone).
"""

# The generation and the export run in a child process that sets its own settings and
# database first: Django and the project are imported inside those functions, after that.
# ruff: noqa: PLC0415
# The SQL names only this project's own tables, never a value from outside.
# ruff: noqa: S608

import argparse
import json
import os
import random
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

from database import (
    copy_database,
    database_exists,
    database_name,
    database_url,
    drop_database,
    recreate_database,
    sibling_url,
)
from serve import (
    Client,
    free_port,
    get,
    manage,
    server_environment,
    start_gunicorn,
    stop_gunicorn,
    wait_until_serving,
)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/wgs_bench_scale"
BARE = "/bench/bare/"
SESSION = "/en/sessions/wg-asset-recovery/18/"
#: A published session of the demo without a revision: its page renders its document.
UNREVISED = "/en/sessions/irg/15/"
#: The session page measured is its revision 1, as delegates read a published session.
PUBLISH_REVISION = """
from publishing.revisions import publish_revision
from sessions.models import Session
session = Session.objects.filter(body__slug="wg-asset-recovery", ordinal=18).order_by("part")[0]
if not session.revisions.exists():
    publish_revision(session=session)
"""
COMMON_CHINESE, RARE_ENGLISH = "资产追回", "extrabudgetary"

#: (label, path; "{n}" is replaced by the request's number, so that each is a new URL)
PAGES = [
    ("bare page (1 query)", BARE),
    ("session page, cached", SESSION),
    ("session page, cold", SESSION + "?cold={n}"),
    ("session page, unrevised, cold", UNREVISED + "?cold={n}"),
    ("home, cold", "/en/?cold={n}"),
    ("sessions list, cold", "/en/sessions/?cold={n}"),
    ("documents list, cold", "/en/documents/?cold={n}"),
    ("resolutions list, cold", "/en/resolutions/?cold={n}"),
    ("body page, cold", "/en/bodies/wg-asset-recovery/?cold={n}"),
    (f"search {COMMON_CHINESE}, cached", f"/en/search/?q={quote(COMMON_CHINESE)}"),
    (f"search {COMMON_CHINESE}, cold", f"/en/search/?q={quote(COMMON_CHINESE)}&cold={{n}}"),
    (f"search {RARE_ENGLISH}, cold", f"/en/search/?q={RARE_ENGLISH}&cold={{n}}"),
    ("agenda CSV, cold", SESSION + "agenda.csv?cold={n}"),
]

SESSIONS, ITEMS_PER_SESSION, DOCUMENTS, RESOLUTIONS, JOINT_MEETINGS = 2000, 50, 5000, 500, 10000
TOP_ITEMS = 40  # items 1-40; items 2-6 have sub-items (a) and (b): 50 per session

# --- the data ---------------------------------------------------------------------------

WORDS = {
    "en": ["asset recovery", "technical assistance", "prevention", "international cooperation",
           "beneficial ownership", "whistle-blower protection", "review of implementation",
           "confiscation", "public procurement", "integrity"],
    "fr": ["recouvrement d'avoirs", "assistance technique", "prévention", "coopération internationale",
           "propriété effective", "protection des lanceurs d'alerte", "examen de l'application",
           "confiscation", "marchés publics", "intégrité"],
    "es": ["recuperación de activos", "asistencia técnica", "prevención", "cooperación internacional",
           "titularidad real", "protección de denunciantes", "examen de la aplicación",
           "decomiso", "contratación pública", "integridad"],
    "ru": ["возвращение активов", "техническая помощь", "предупреждение", "международное сотрудничество",
           "бенефициарная собственность", "защита заявителей", "обзор хода осуществления",
           "конфискация", "публичные закупки", "честность"],
    "ar": ["استرداد الموجودات", "المساعدة التقنية", "المنع", "التعاون الدولي", "الملكية النفعية",
           "حماية المبلّغين", "استعراض التنفيذ", "المصادرة", "المشتريات العمومية", "النزاهة"],
    "zh_hans": [COMMON_CHINESE, "技术援助", "预防", "国际合作", "受益所有权", "举报人保护",
                "审议实施情况", "没收", "公共采购", "廉正"],
}  # fmt: skip
LANGUAGES = list(WORDS)


def texts(rng, length):
    """One text per language, ``length`` phrases of the same choice in each."""
    picks = [rng.randrange(len(WORDS["en"])) for _ in range(length)]
    return {code: " · ".join(WORDS[code][pick] for pick in picks) for code in LANGUAGES}


def copy_rows(cursor, table, columns, rows):
    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def scaled(number):
    """``number`` times the run's ``BENCH_SCALE`` (1: the UN's scale; less for a quick run)."""
    return max(1, round(number * float(os.environ.get("BENCH_SCALE", "1"))))


def generate():
    """The data of the scale run, added to the demo's; returns what it added and how long
    it took."""
    import datetime

    sessions_count, documents_count = scaled(SESSIONS), scaled(DOCUMENTS)
    resolutions_count, joint_count = scaled(RESOLUTIONS), scaled(JOINT_MEETINGS)

    from django.db import connection, transaction

    from documents.models import Document, Resolution
    from sessions.models import Body, Session, Venue

    started = time.perf_counter()
    rng = random.Random(15)  # noqa: S311 (made-up text, the same in every run)
    bodies = list(Body.objects.order_by("symbol_prefix"))
    venue = Venue.objects.order_by("pk").first()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        # The search's trigram indexes are built once, after the rows are in.
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE '%%_trgm'")
        trigram_indexes = cursor.fetchall()
        for name, _definition in trigram_indexes:
            cursor.execute(f'DROP INDEX "{name}"')

        # Sessions: groups of one session per body on the same dates (joint meetings
        # link items of sessions that meet at the same time).
        sessions = []
        for n in range(sessions_count):
            body = bodies[n % len(bodies)]
            group = n // len(bodies)
            start = datetime.date(1990, 1, 1) + datetime.timedelta(days=group * 37)
            title = texts(rng, 2)
            sessions.append(
                Session(
                    body=body,
                    ordinal=1000 + group,
                    start_date=start,
                    end_date=start + datetime.timedelta(days=4),
                    venue=venue,
                    agenda_symbol=f"{body.symbol_prefix}/S{1000 + group}/1",
                    status=Session.Status.PUBLISHED,
                    **{
                        f"title_{code}": f"session {1000 + group}: {title[code]}"
                        for code in LANGUAGES
                    },
                )  # fmt: skip
            )
        sessions = Session.objects.bulk_create(sessions, batch_size=1000)
        resolutions = Resolution.objects.bulk_create(
            (
                Resolution(
                    session_number=20 + n // 10,
                    sequence=1 + n % 10,
                    **{f"title_{code}": text for code, text in texts(rng, 3).items()},
                )
                for n in range(resolutions_count)
            ),
            batch_size=1000,
        )
        documents = Document.objects.bulk_create(
            (
                Document(
                    symbol=f"{session.agenda_symbol[:-2]}/{2 + n // sessions_count}",
                    kind=Document.Kind.NOTE_BY_SECRETARIAT,
                    body=session.body,
                    session=session,
                    **{f"title_{code}": text for code, text in texts(rng, 4).items()},
                )
                for n in range(documents_count)
                for session in [sessions[n % sessions_count]]
            ),
            batch_size=1000,
        )

        # Agenda items by COPY, with their ids chosen here (sub-items name their parent).
        cursor.execute("SELECT COALESCE(MAX(id), 0) FROM agendas_agendaitem")
        next_id = cursor.fetchone()[0] + 1
        columns = ["id", "session_id", "parent_id", "number", "letter", "label", "position",
                   "title", "annotation", "modified"]  # fmt: skip
        now = datetime.datetime.now(datetime.UTC)
        columns += [f"{field}_{code}" for field in ("title", "annotation") for code in LANGUAGES]
        items, item_ids = [], {}
        rare = set(rng.sample(range(sessions_count * TOP_ITEMS), 5))
        for s, session in enumerate(sessions):
            for number in range(1, TOP_ITEMS + 1):
                for letter in ("", "a", "b") if 2 <= number <= 6 else ("",):
                    title, annotation = texts(rng, 2), texts(rng, 8)
                    if not letter and s * TOP_ITEMS + number - 1 in rare:
                        annotation["en"] += f" ({RARE_ENGLISH} resources)"
                    label = f"{number}({letter})" if letter else str(number)
                    item_id = next_id
                    next_id += 1
                    item_ids[(s, label)] = item_id
                    offset = " ab".index(letter) if letter else 0
                    items.append(
                        [item_id, session.pk, item_ids[(s, str(number))] if letter else None,
                         None if letter else number, letter, label, number * 1000 + offset,
                         title["en"], annotation["en"], now]
                        + [title[code] for code in LANGUAGES]
                        + [annotation[code] for code in LANGUAGES]
                    )  # fmt: skip
        copy_rows(cursor, "agendas_agendaitem", columns, items)
        # Citations: every fourth item cites a resolution, every fifth lists a document.
        copy_rows(
            cursor,
            "agendas_agendaitem_resolutions",
            ["agendaitem_id", "resolution_id"],
            (
                (row[0], resolutions[k % resolutions_count].pk)
                for k, row in enumerate(items)
                if k % 4 == 0
            ),
        )
        copy_rows(
            cursor,
            "agendas_agendaitemdocument",
            ["agenda_item_id", "document_id", "listed", "position"],
            (
                (row[0], documents[(k // ITEMS_PER_SESSION) % documents_count].pk, True, 0)
                for k, row in enumerate(items)
                if k % 5 == 0
            ),
        )
        copy_rows(
            cursor,
            "meetings_session_resolutions",
            ["session_id", "resolution_id"],
            (
                (session.pk, resolutions[(s + k) % resolutions_count].pk)
                for s, session in enumerate(sessions)
                for k in (0, 1)
            ),
        )
        # Joint meetings: item k of a session with item k of the session of the next body
        # that meets on the same dates.
        pairs = []
        for s in range(0, sessions_count - 1, 2):
            if s // len(bodies) != (s + 1) // len(bodies):
                continue
            for number in range(10, TOP_ITEMS + 1):
                pairs.append((item_ids[(s, str(number))], item_ids[(s + 1, str(number))]))
        pairs = pairs[:joint_count]
        cursor.execute("SELECT COALESCE(MAX(id), 0) FROM agendas_jointmeeting")
        first_meeting = cursor.fetchone()[0] + 1
        copy_rows(
            cursor,
            "agendas_jointmeeting",
            ["id", "modified"],
            ((first_meeting + k, now) for k in range(len(pairs))),
        )
        copy_rows(
            cursor,
            "agendas_jointmeetingitem",
            ["joint_meeting_id", "agenda_item_id", "position"],
            (
                (first_meeting + k, item, position)
                for k, pair in enumerate(pairs)
                for position, item in enumerate(pair)
            ),
        )
        for table in ("agendas_agendaitem", "agendas_jointmeeting"):
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), MAX(id)) FROM {table}"
            )
        loaded = time.perf_counter() - started
        # The foreign keys' deferred checks now (PostgreSQL builds no index on a table with
        # checks pending).
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        for _name, definition in trigram_indexes:
            cursor.execute(definition)
    # VACUUM as well as ANALYZE: the autovacuum the new rows would start otherwise (to set
    # the tables' visibility maps) takes a core while the pages are measured.
    connection.cursor().execute("VACUUM (ANALYZE)")
    return {
        "sessions": len(sessions),
        "items": len(items),
        "documents": len(documents),
        "resolutions": len(resolutions),
        "joint meeting links": 2 * len(pairs),
        "load seconds": loaded,
        "seconds": time.perf_counter() - started,
    }


#: The export, the reports and COPY are each measured this many times, taking turns; each
#: figure is the median of its runs (the machine's speed changes from one minute to the next).
EXPORT_ROUNDS = 3


def export():
    """export_all (CSV), each report (CSV, in English, every row) and COPY of export_all's
    tables, in :data:`EXPORT_ROUNDS` rounds: rows and median seconds of each, and the peak
    resident memory of export_all's and of the reports' (of the first round)."""
    import statistics

    from django.apps import apps
    from django.db import connection

    from config.transfer import FILES, export_all

    tables = [
        model._meta.db_table
        for resource in FILES.values()
        for model in [resource._meta.model]
        if model in apps.get_models()
    ]
    copy_runs, export_runs, report_runs = [], [], {}
    with tempfile.TemporaryDirectory() as folder:
        for round_ in range(EXPORT_ROUNDS):
            connection.ensure_connection()
            started = time.perf_counter()
            with (
                connection.connection.cursor() as cursor,
                open(Path(folder) / "copy.csv", "wb") as target,
            ):
                for table in tables:
                    copying = f"COPY (SELECT * FROM {table}) TO STDOUT WITH CSV HEADER"
                    with cursor.copy(copying) as copy:
                        for data in copy:
                            target.write(data)
            copy_runs.append(time.perf_counter() - started)
            started = time.perf_counter()
            counts = export_all(folder)
            export_runs.append(time.perf_counter() - started)
            if round_ == 0:
                export_peak = peak_rss_kib()
                reset_peak_rss()
            for name, (rows, seconds) in export_reports(Path(folder)).items():
                report_runs.setdefault(name, (rows, []))[1].append(seconds)
            if round_ == 0:
                reports_peak = peak_rss_kib()
        with connection.cursor() as cursor:
            copied = 0
            for table in tables:
                cursor.execute(f"SELECT COUNT(*) FROM {table}")
                copied += cursor.fetchone()[0]
    return {
        "export rows": sum(counts.values()),
        "export seconds": statistics.median(export_runs),
        "agenda items": counts["agenda_items.csv"],
        "copy rows": copied,
        "copy seconds": statistics.median(copy_runs),
        "peak RSS KiB": export_peak,
        "reports": {
            name: (rows, statistics.median(runs)) for name, (rows, runs) in report_runs.items()
        },
        "reports peak RSS KiB": reports_peak,
    }


def export_reports(folder):
    """{report: (rows, seconds)} of each report written as a CSV file, as the
    ``export_report`` command and the downloads write it (``csv_chunks``)."""
    from config.lib.reporting import csv_chunks
    from config.reports import REPORTS

    measured = {}
    for name, report_class in REPORTS.items():
        report = report_class(language="en")
        rows, count = report.rows, [0]

        def counted(queryset, rows=rows, count=count):
            for row in rows(queryset):
                count[0] += 1
                yield row

        report.rows = counted
        started = time.perf_counter()
        with open(folder / f"report-{name}.csv", "wb") as target:
            for chunk in csv_chunks(report, report.get_queryset()):
                target.write(chunk)
        measured[name] = (count[0], time.perf_counter() - started)
    return measured


# --- imports ----------------------------------------------------------------------------

IMPORT_KINDS = ("sessions", "agenda_items", "documents")


def session_rows(context, count, rng):
    """A ``sessions`` file of ``count`` new sessions (of the demo's bodies), and the same
    sessions as unsaved instances with their resolutions' ids."""
    from sessions.models import Session

    headers = ["body", "ordinal", "part", *(f"title_{code}" for code in LANGUAGES), "status",
               "start_date", "end_date", "city_en", "country", "agenda_symbol", "resolutions"]  # fmt: skip
    bodies, resolutions = context["bodies"], context["resolutions"]
    rows, made = [], []
    for n in range(count):
        body = bodies[n % len(bodies)]
        ordinal = 20000 + n // len(bodies)
        start = context["day"] + context["step"] * (n // len(bodies))
        title = texts(rng, 2)
        cited = [resolutions[(n + k) % len(resolutions)] for k in (0, 1)]
        symbol = f"{body.symbol_prefix}/B{ordinal}/1"
        rows.append(
            [body.slug, ordinal, "", *(title[code] for code in LANGUAGES), "draft",
             start.isoformat(), (start + context["step"] / 8).isoformat(), "Vienna", "AT",
             symbol, ", ".join(context["key"](r) for r in cited)]
        )  # fmt: skip
        made.append(
            (
                dict(body=body, ordinal=ordinal, status="draft", start_date=start,
                     end_date=start + context["step"] / 8, city_en="Vienna", country="AT",
                     agenda_symbol=symbol, **{f"title_{c}": title[c] for c in LANGUAGES}),
                [r.pk for r in cited],
            )
        )  # fmt: skip

    def instances():
        return [(Session(**fields), links) for fields, links in made]

    return headers, rows, instances


def item_rows(context, count, rng):
    """An ``agenda_items`` file of ``count`` new items (50 in each of the run's host
    sessions, items 2-6 with sub-items), and the same items as unsaved instances."""
    from agendas.models import AgendaItem, item_position

    headers = ["session", "label", *(f"{field}_{code}" for field in ("title", "annotation")
               for code in LANGUAGES), "resolutions"]  # fmt: skip
    resolutions = context["resolutions"]
    rows, made = [], []
    for host in context["hosts"]:
        for number in range(1, TOP_ITEMS + 1):
            for letter in ("", "a", "b") if 2 <= number <= 6 else ("",):
                if len(rows) == count:
                    break
                label = f"{number}({letter})" if letter else str(number)
                title, annotation = texts(rng, 2), texts(rng, 8)
                cited = [resolutions[len(rows) % len(resolutions)]] if len(rows) % 4 == 0 else []
                rows.append(
                    [context["session_key"](host), label, *(title[c] for c in LANGUAGES),
                     *(annotation[c] for c in LANGUAGES), ", ".join(map(context["key"], cited))]
                )  # fmt: skip
                made.append(
                    (
                        dict(session=host, number=None if letter else number, letter=letter,
                             label=label, position=item_position(number, letter),
                             **{f"title_{c}": title[c] for c in LANGUAGES},
                             **{f"annotation_{c}": annotation[c] for c in LANGUAGES}),
                        [r.pk for r in cited],
                        (host.pk, str(number)) if letter else None,
                    )
                )  # fmt: skip

    def instances():
        made_now, tops = [], {}
        for fields, links, parent in made:
            item = AgendaItem(**fields, parent=tops[parent] if parent else None)
            if not parent:
                tops[(fields["session"].pk, fields["label"])] = item
            made_now.append((item, links))
        return made_now

    return headers, rows, instances


def document_rows(context, count, rng):
    """A ``documents`` file of ``count`` new documents, each of a host session."""
    from documents.models import Document

    headers = ["symbol", "kind", "body", "session", "date", *(f"title_{c}" for c in LANGUAGES)]
    hosts = context["hosts"]
    rows, made = [], []
    for n in range(count):
        host = hosts[n % len(hosts)]
        symbol = f"{host.body.symbol_prefix}/B{host.ordinal}/D{n}"
        title = texts(rng, 4)
        rows.append(
            [symbol, "note_by_secretariat", host.body.slug, context["session_key"](host),
             context["day"].isoformat(), *(title[c] for c in LANGUAGES)]
        )  # fmt: skip
        made.append(
            dict(symbol=symbol, kind="note_by_secretariat", body=host.body, session=host,
                 date=context["day"], **{f"title_{c}": title[c] for c in LANGUAGES})
        )  # fmt: skip

    def instances():
        return [(Document(**fields), []) for fields in made]

    return headers, rows, instances


FILE_ROWS = {"sessions": session_rows, "agenda_items": item_rows, "documents": document_rows}


def bulk_write(model, pairs, links_field):
    """``bulk_create`` of the instances (a sub-item after its item), and their links."""
    waiting = [instance for instance, _links in pairs]
    while waiting:
        ready = [i for i in waiting if not getattr(i, "parent", None) or i.parent.pk]
        model.objects.bulk_create(ready, batch_size=1000)
        waiting = [i for i in waiting if i.pk is None]
    if links_field:
        through = model._meta.get_field(links_field).remote_field.through
        source, target = f"{model._meta.model_name}_id", "resolution_id"
        through.objects.bulk_create(
            (through(**{source: i.pk, target: r}) for i, links in pairs for r in links),
            batch_size=1000,
        )


def copy_write(cursor, model, pairs, links_field):
    """COPY of the same instances, their ids chosen here (a sub-item names its item's)."""
    from django.db import connection

    table = model._meta.db_table
    cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}")
    next_id = cursor.fetchone()[0] + 1
    for offset, (instance, _links) in enumerate(pairs):
        instance.pk = next_id + offset
    fields = model._meta.concrete_fields
    for instance, _links in pairs:
        for field in fields:
            if field.is_relation and field.is_cached(instance):
                related = field.get_cached_value(instance)
                setattr(instance, field.attname, related.pk if related else None)
    copy_rows(
        cursor,
        table,
        [field.column for field in fields],
        (
            [field.get_db_prep_save(field.pre_save(i, add=True), connection) for field in fields]
            for i, _links in pairs
        ),
    )
    if links_field:
        through = model._meta.get_field(links_field).remote_field.through
        copy_rows(
            cursor,
            through._meta.db_table,
            [f"{model._meta.model_name}_id", "resolution_id"],
            ((i.pk, r) for i, links in pairs for r in links),
        )


def reset_peak_rss():
    """The resident memory now, the peak reset to it (Linux: clear_refs 5)."""
    with open("/proc/self/clear_refs", "w") as clear:
        clear.write("5")
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def imports():
    """Each file of IMPORT_KINDS, ``BENCH_IMPORT_ROWS`` new rows, by ``import_datasets`` (the
    import of ``import_all`` and the workbook), by ``bulk_create`` and by COPY of the same
    rows; each rolled back after it is timed."""
    import datetime

    import tablib
    from django.db import connection, transaction

    from agendas.models import AgendaItem
    from config.transfer import import_datasets
    from documents.keys import resolution_key
    from documents.models import Document, Resolution
    from sessions.keys import session_key
    from sessions.models import Body, Session

    count = int(os.environ.get("BENCH_IMPORT_ROWS", "10000"))
    models = {"sessions": Session, "agenda_items": AgendaItem, "documents": Document}
    links = {"sessions": "resolutions", "agenda_items": "resolutions", "documents": None}
    rng = random.Random(16)  # noqa: S311 (made-up text, the same in every run)
    queries = []

    def counted(execute, sql, params, many, context):
        queries.append(1)
        return execute(sql, params, many, context)

    results = {}
    with transaction.atomic():
        bodies = list(Body.objects.order_by("symbol_prefix"))
        hosts = Session.objects.bulk_create(
            Session(body=bodies[0], ordinal=30000 + n, title_en=f"host {n}")
            for n in range(-(-count // ITEMS_PER_SESSION))
        )
        for host in hosts:
            host.body = bodies[0]
        context = {
            "bodies": bodies,
            "resolutions": list(Resolution.objects.order_by("pk")),
            "hosts": hosts,
            "day": datetime.date(2030, 1, 1),
            "step": datetime.timedelta(days=8),
            "key": resolution_key,
            "session_key": session_key,
        }
        for kind in IMPORT_KINDS:
            headers, rows, instances = FILE_ROWS[kind](context, count, rng)
            dataset = tablib.Dataset(*rows, headers=headers)
            model = models[kind]
            figures = {"rows": len(rows)}

            saved = transaction.savepoint()
            base = reset_peak_rss()
            queries.clear()
            started = time.perf_counter()
            with connection.execute_wrapper(counted):
                import_datasets({kind: (f"{kind}.csv", dataset)})
            figures["import seconds"] = time.perf_counter() - started
            figures["import queries"] = len(queries)
            figures["import peak KiB"] = peak_rss_kib() - base
            transaction.savepoint_rollback(saved)

            pairs = instances()
            saved = transaction.savepoint()
            started = time.perf_counter()
            bulk_write(model, pairs, links[kind])
            figures["bulk seconds"] = time.perf_counter() - started
            transaction.savepoint_rollback(saved)

            pairs = instances()
            saved = transaction.savepoint()
            started = time.perf_counter()
            with connection.cursor() as cursor:
                copy_write(cursor, model, pairs, links[kind])
            figures["copy seconds"] = time.perf_counter() - started
            transaction.savepoint_rollback(saved)
            results[kind] = figures
        transaction.set_rollback(True)
    return results


def report_imports(imported):
    print(
        f"\n{'import (new rows)':20} {'rows':>7} {'rows/s':>8} {'queries':>8} {'peak MiB':>9}"
        f" {'bulk_create/s':>14} {'COPY/s':>9} {'vs bulk':>8} {'vs COPY':>8}"
    )
    for kind, f in imported.items():
        rate = f["rows"] / f["import seconds"]
        bulk, copy = f["rows"] / f["bulk seconds"], f["rows"] / f["copy seconds"]
        print(
            f"{kind:20} {f['rows']:7,} {rate:8,.0f} {f['import queries']:8,}"
            f" {f['import peak KiB'] / 1024:9.0f} {bulk:14,.0f} {copy:9,.0f}"
            f" {rate / bulk:8.2f} {rate / copy:8.2f}"
        )


def peak_rss_kib():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


SEARCH_RUNS = 15


def search_times():
    """The search of each word in process: the median milliseconds of each group's page
    (its queries, rows and snippets) and of the whole search, over ``SEARCH_RUNS`` runs
    after two uncounted ones."""
    import statistics

    from django.utils import translation

    from config import search
    from config.models import SearchSynonym

    translation.activate("en")
    results = {}
    for word in (COMMON_CHINESE, RARE_ENGLISH):
        texts = SearchSynonym.objects.variants(word)
        times = {group.key: [] for group in search.GROUPS}
        times["search (all groups)"] = []
        for run in range(SEARCH_RUNS + 2):
            for group in search.GROUPS:
                started = time.perf_counter()
                group.page(texts, 0, 20)
                if run >= 2:
                    times[group.key].append(time.perf_counter() - started)
            started = time.perf_counter()
            search.search(word, 0, 20)
            if run >= 2:
                times["search (all groups)"].append(time.perf_counter() - started)
        results[word] = {key: statistics.median(t) * 1000 for key, t in times.items()}
    return results


def report_search_times(times):
    print(f"\nsearch in process (median of {SEARCH_RUNS}, ms)")
    words = list(times)
    print(f"{'group':20}" + "".join(f" {word:>16}" for word in words))
    for key in times[words[0]]:
        print(f"{key:20}" + "".join(f" {times[word][key]:16.1f}" for word in words))


def child(mode):
    import django

    sys.path.insert(0, str(ROOT))
    django.setup()
    modes = {"generate": generate, "export": export, "imports": imports, "search": search_times}
    print(json.dumps(modes[mode]()))


def run_child(env, mode):
    result = subprocess.run(  # noqa: S603 (this script itself, with its own arguments)
        [sys.executable, __file__, "--child", mode],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        sys.exit(f"{mode} failed:\n{result.stdout}{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


# --- the load ---------------------------------------------------------------------------


def load(port, path, requests, concurrency):
    """``requests`` GETs, ``concurrency`` at a time; "{n}" in ``path`` numbered per request.
    (seconds it took, the latencies of the pages answered, how many were not)."""
    from concurrent.futures import ThreadPoolExecutor

    client = Client(port, time.monotonic() + 900)
    offset = secrets.randbelow(10**9)
    with ThreadPoolExecutor(concurrency) as pool:
        started = time.perf_counter()
        results = list(
            pool.map(lambda n: client.fetch(path.replace("{n}", str(offset + n))), range(requests))
        )
        elapsed = time.perf_counter() - started
    latencies = [seconds for seconds, outcome in results if outcome == 200]
    return elapsed, latencies, sum(1 for _seconds, outcome in results if outcome != 200)


def figures(runs):
    """Requests per second, median and 95th percentile (ms) and errors of ``runs`` (what
    :func:`load` returned for each) taken together."""
    import statistics

    elapsed = sum(seconds for seconds, _latencies, _errors in runs)
    latencies = [latency for _seconds, run, _errors in runs for latency in run]
    centiles = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return {
        "errors": sum(errors for _seconds, _latencies, errors in runs),
        "per_second": len(latencies) / elapsed,
        "p50": centiles[49] * 1000,
        "p95": centiles[94] * 1000,
    }


#: After a page's label: its requests made one at a time (the search and the bare page).
ONE_AT_A_TIME = ", 1 at a time"
#: Each page's requests are made in this many rounds, alternately on the demo's server and
#: the scale's, so that both sizes are measured on the machine as it is at that moment.
ROUNDS = 4


def chosen_pages(words):
    """The bare page and every page whose label holds one of ``words`` (all if none)."""
    if not words:
        return PAGES
    return [PAGES[0]] + [
        (label, path) for label, path in PAGES[1:] if any(word in label for word in words)
    ]


def measure(envs, args, folder):
    """Every chosen page under load on each database of ``envs`` ({"demo": its environment,
    "scale": ...}), each on a gunicorn of its own (and an empty page cache): a page's
    requests in :data:`ROUNDS` rounds, the servers taking turns. {label: {page: figures}}."""
    servers, ports, logs = {}, {}, {}
    try:
        for label, env in envs.items():
            env = {**env, "CACHE_URL": f"file://{Path(folder) / ('cache-' + label)}"}
            port = free_port()
            while port in ports.values():  # (two free ports asked at once may be the same)
                port = free_port()
            ports[label] = port
            logs[label] = Path(folder) / f"gunicorn-{label}.log"
            servers[label] = start_gunicorn(env, ports[label], args.workers, logs[label])
        pages = chosen_pages(args.pages)
        for label in envs:
            wait_until_serving(servers[label], ports[label], seconds=300)
            for _page, path in pages:
                status, _body = get(ports[label], path.replace("{n}", "0"), timeout=120)
                if status != 200:
                    sys.exit(f"{label}: {path} answered {status}; log:\n{logs[label].read_text()}")
        results = {label: {} for label in envs}

        def in_turns(page, path, concurrency):
            for label in envs:
                load(ports[label], path, args.warm_up, concurrency)
            runs = {label: [] for label in envs}
            for round_ in range(ROUNDS):
                turns = list(envs) if round_ % 2 == 0 else list(reversed(envs))
                for label in turns:
                    # The remainder spread over the first rounds.
                    requests = args.requests // ROUNDS + (round_ < args.requests % ROUNDS)
                    runs[label].append(load(ports[label], path, requests, concurrency))
            line = []
            for label in envs:
                results[label][page] = figures(runs[label])
                line.append(f"{label} {results[label][page]['per_second']:8.1f} req/s")
            print(f"  {page:42} {'   '.join(line)}", flush=True)

        for page, path in pages:
            in_turns(page, path, args.concurrency)
        # The search's latency without a queue: one request at a time, beside the bare page.
        searches = [(page, path) for page, path in pages if path.startswith("/en/search/")]
        if searches and args.concurrency != 1:
            for page, path in [pages[0], *searches]:
                in_turns(f"{page}{ONE_AT_A_TIME}", path, 1)
        return results
    finally:
        for server in servers.values():
            stop_gunicorn(server)


def report_one_at_a_time(run, label):
    """The pages measured one request at a time: median and 95th percentile latency, each
    beside the bare page's of the same run."""
    rows = {page: figures for page, figures in run.items() if page.endswith(ONE_AT_A_TIME)}
    if not rows:
        return
    bare = rows[PAGES[0][0] + ONE_AT_A_TIME]
    print(f"\n{label}, one request at a time")
    print(f"{'page':42} {'p50 ms':>7} {'p95 ms':>7} {'p95 - bare':>10}")
    for page, figures in rows.items():
        print(
            f"{page:42} {figures['p50']:7.1f} {figures['p95']:7.1f} "
            f"{figures['p95'] - bare['p95']:10.1f}"
        )


def report(demo, scale, added, exported):
    """The table of the pages measured (``demo`` None: at scale only), the search's one
    request at a time, then what was added and the export (each None when the run skipped
    it)."""
    if scale is None:
        pass  # (the pages were not measured)
    elif demo is None:
        print(f"\n{'page':28} {'scale req/s':>11} {'p95 ms':>7} {'vs bare':>7}")
        scale_bare = scale[PAGES[0][0]]["per_second"]
        for page, s in scale.items():
            if page.endswith(ONE_AT_A_TIME):
                continue
            errors = f"  ({s['errors']} errors)" if s["errors"] else ""
            print(
                f"{page:28} {s['per_second']:11.1f} {s['p95']:7.1f} "
                f"{s['per_second'] / scale_bare:7.2f}{errors}"
            )
    else:
        report_both(demo, scale)
    if demo is not None:
        report_one_at_a_time(demo, "demo")
    if scale is not None:
        report_one_at_a_time(scale, "scale")
    if added is not None:
        print(
            f"\nscale: {added['sessions']:,} sessions, {added['items']:,} agenda items, "
            f"{added['documents']:,} documents, {added['resolutions']:,} resolutions, "
            f"{added['joint meeting links']:,} joint-meeting links, added in "
            f"{added['seconds']:.0f} s ({added['load seconds']:.0f} s of rows, the rest the "
            "trigram indexes and VACUUM)"
        )
    if exported is not None:
        report_export(exported)


def report_both(demo, scale):
    print()
    print(
        f"{'page':28} {'demo req/s':>10} {'p95 ms':>7} {'vs bare':>7}   "
        f"{'scale req/s':>11} {'p95 ms':>7} {'vs bare':>7}   {'time at scale / demo':>20}"
    )
    demo_bare, scale_bare = (run[PAGES[0][0]]["per_second"] for run in (demo, scale))
    for page in scale:
        if page.endswith(ONE_AT_A_TIME):
            continue
        d, s = demo[page], scale[page]
        errors = f"  ({d['errors']} + {s['errors']} errors)" if d["errors"] or s["errors"] else ""
        print(
            f"{page:28} {d['per_second']:10.1f} {d['p95']:7.1f} {d['per_second'] / demo_bare:7.2f}   "
            f"{s['per_second']:11.1f} {s['p95']:7.1f} {s['per_second'] / scale_bare:7.2f}   "
            f"{s['p50'] / d['p50']:20.2f}{errors}"
        )


def report_export(exported):
    export_rate = exported["export rows"] / exported["export seconds"]
    copy_rate = exported["copy rows"] / exported["copy seconds"]
    print(
        f"export_all (CSV): {exported['export rows']:,} rows in {exported['export seconds']:.1f} s, "
        f"{export_rate:,.0f} rows/s; COPY of the same tables: {exported['copy rows']:,} rows in "
        f"{exported['copy seconds']:.1f} s, {copy_rate:,.0f} rows/s; export_all at "
        f"{export_rate / copy_rate:.2f}× COPY, peak RSS {exported['peak RSS KiB'] / 1024:.0f} MiB"
        f" (of the first round; the times are each the median of {EXPORT_ROUNDS} rounds: COPY, "
        "export_all, the reports)"
    )
    print(f"\n{'report (CSV, en)':18} {'rows':>9} {'seconds':>8} {'rows/s':>8} {'vs COPY':>8}")
    for name, (rows, seconds) in exported["reports"].items():
        rate = rows / seconds
        print(f"{name:18} {rows:9,} {seconds:8.1f} {rate:8,.0f} {rate / copy_rate:8.2f}")
    print(f"reports' peak RSS {exported['reports peak RSS KiB'] / 1024:.0f} MiB")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=300, help="per page (300)")
    parser.add_argument("--concurrency", type=int, default=10, help="requests at a time (10)")
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    parser.add_argument("--warm-up", type=int, default=20, help="uncounted requests per page")
    parser.add_argument("--keep", action="store_true", help="keep the databases")
    parser.add_argument(
        "--pages",
        type=lambda text: [word for word in text.split(",") if word],
        default=[],
        help="only the pages whose label holds one of these comma-separated words",
    )
    parser.add_argument("--no-export", action="store_true", help="skip export_all and COPY")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="measure the databases a --keep run left (no generation)",
    )
    parser.add_argument("--no-pages", action="store_true", help="skip the pages")
    parser.add_argument("--no-imports", action="store_true", help="skip the imports")
    parser.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help="share of the UN's scale to generate (1: 2,000 sessions, 100,000 items)",
    )
    parser.add_argument(
        "--import-rows", type=int, default=10000, help="rows of each import file (10,000)"
    )
    parser.add_argument(
        "--child", choices=["generate", "export", "imports", "search"], help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.requests < ROUNDS:
        parser.error(
            f"--requests must be at least {ROUNDS} (a page's requests are made in {ROUNDS} rounds)"
        )
    if args.child:
        child(args.child)
        return

    url = database_url(DEFAULT_URL)
    name = database_name(url)
    # The demo's own database: a copy of the scale's made before its rows are added.
    demo_url = sibling_url(url, "_demo")
    with tempfile.TemporaryDirectory(prefix="wgs-bench-scale-") as folder:
        env = server_environment(url, folder)
        env = {**env, "BENCH_SCALE": str(args.scale), "BENCH_IMPORT_ROWS": str(args.import_rows)}
        demo_env = {**env, "DATABASE_URL": demo_url}
        if args.reuse:
            print(f"database {name}: reused, migrating ...", flush=True)
        else:
            print(f"database {name}: creating, migrating, loading the demo ...", flush=True)
            recreate_database(url)
        try:
            manage(env, "migrate", "--no-input", "-v", "0")
            if args.reuse and database_exists(demo_url):
                manage(demo_env, "migrate", "--no-input", "-v", "0")
            if not args.reuse:
                manage(env, "load_demo")
            manage(env, "shell", "--no-imports", "-c", PUBLISH_REVISION)
            manage(env, "collectstatic", "--no-input", "-v", "0")
            print(
                f"gunicorn, {args.workers} sync workers, DEBUG off; {args.requests} requests per "
                f"page, {args.concurrency} at a time; {os.cpu_count()} cores shared with the "
                f"client (load average {os.getloadavg()[0]:.1f})",
                flush=True,
            )
            added = None
            if not args.reuse:
                if not args.no_pages:
                    copy_database(url, demo_url)
                print("adding the scale's rows ...", flush=True)
                added = run_child(env, "generate")
            demo = scale = None
            if not args.no_pages:
                envs = {"scale": env}
                if database_exists(demo_url):
                    envs = {"demo": demo_env, **envs}
                measured = measure(envs, args, folder)
                demo, scale = measured.get("demo"), measured["scale"]
            searched = None
            if scale is not None and any(page.startswith("search") for page in scale):
                searched = run_child(env, "search")
            imported = exported = None
            if not args.no_imports:
                print(f"importing {args.import_rows:,} rows of each file ...", flush=True)
                imported = run_child(env, "imports")
            if not args.no_export:
                print("exporting ...", flush=True)
                exported = run_child(env, "export")
            report(demo, scale, added, exported)
            if searched is not None:
                report_search_times(searched)
            if imported is not None:
                report_imports(imported)
        finally:
            if not args.keep:
                try:
                    drop_database(url)
                finally:
                    drop_database(demo_url)
                print(f"databases {name} and {database_name(demo_url)} dropped")


if __name__ == "__main__":
    main()
