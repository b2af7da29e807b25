"""Benchmark of the provisional agenda's files: the DOCX and the PDF of a 100-item session,
beside the HTML page of the same session.

    .venv/bin/python bench/render.py            # or: make bench-render

Creates a PostgreSQL database of its own (BENCH_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/wgs_bench_render), migrates it, loads the demo and adds a
session of 100 agenda items (25 items with 3 sub-items each), each with a two-paragraph
annotation in English and Chinese, a footnote every tenth item and a programme of work of 25
slots. With DEBUG off, it then renders, in zh-hans and in en, the session page (the test
client's GET, as a reader's browser, with the static files collected), the DOCX and the PDF, each ``--repeat`` times, and
prints for each the median time and the peak memory of one rendering (Python allocations
seen by tracemalloc, measured in a run of its own so that tracing costs no time). The
database is dropped at the end (``--keep`` keeps it). Not part of the test suite.
"""

# Django and the project are imported after the settings and database are chosen.
# ruff: noqa: PLC0415

import argparse
import datetime
import os
import resource
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from database import database_name, database_url, drop_database, recreate_database

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/wgs_bench_render"
TOP_ITEMS, SUB_ITEMS = 25, 3
PARAGRAPH_EN = (
    "In its resolution 10/6, the Conference requested the Working Group to continue its work "
    "on the matters before it, and the secretariat to report on the implementation "
    "(CAC/COSP/WG.2/2024/2) at the next meeting. "
) * 3
PARAGRAPH_ZH = (
    "缔约国会议在第 10/6 号决议中请工作组继续审议其面前的事项，并请秘书处在下次会议上报告执行情况（CAC/COSP/WG.2/2024/2）。"
    * 3
)


def manage(env, *arguments):
    result = subprocess.run(  # noqa: S603 (this project's manage.py with fixed arguments)
        [sys.executable, str(ROOT / "manage.py"), *arguments],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        sys.exit(f"manage.py {arguments[0]} failed:\n{result.stdout}{result.stderr}")


def build_session():
    """A published session of 100 items (25 with 3 sub-items each), annotated, with footnotes
    and a programme of work."""
    from agendas.models import AgendaItem, Footnote
    from sessions.models import Body, ProgrammeEntry, ProgrammeSlot, Session, Venue

    body = Body.objects.get(slug="wg-asset-recovery")
    start = datetime.date(2030, 6, 10)
    session = Session.objects.create(
        body=body,
        ordinal=100,
        title_en="hundredth meeting of the Working Group",
        start_date=start,
        end_date=start + datetime.timedelta(days=4),
        venue=Venue.objects.get(name_en="Vienna International Centre"),
        agenda_symbol="CAC/COSP/WG.2/2030/1",
        distribution=Session.Distribution.GENERAL,
        distribution_date=datetime.date(2030, 3, 20),
        status=Session.Status.PUBLISHED,
    )
    annotation_en = f"{PARAGRAPH_EN}\n\n{PARAGRAPH_EN}"
    annotation_zh = f"{PARAGRAPH_ZH}\n\n{PARAGRAPH_ZH}"
    for number in range(1, 11):
        Footnote.objects.create(
            session=session,
            number=number,
            text_en=f"Note {number}.",
            text_zh_hans=f"说明 {number}。",
        )
    items = []
    for number in range(1, TOP_ITEMS + 1):
        note = f" [^{number // 3 + 1}]" if number % 3 == 0 else ""
        item = AgendaItem.objects.create(
            session=session,
            number=number,
            title_en=f"Agenda item number {number}",
            title_zh_hans=f"第 {number} 项议程",
            annotation_en=annotation_en + note,
            annotation_zh_hans=annotation_zh + note,
        )
        items.append(item)
        for letter in "abc"[:SUB_ITEMS]:
            items.append(
                AgendaItem.objects.create(
                    session=session,
                    parent=item,
                    letter=letter,
                    title_en=f"Sub-item {letter}",
                    title_zh_hans=f"分项 {letter}",
                    annotation_en=annotation_en,
                    annotation_zh_hans=annotation_zh,
                )
            )
    for index in range(25):
        day = start + datetime.timedelta(days=index // 5)
        slot = ProgrammeSlot.objects.create(
            session=session,
            date=day,
            start_time=datetime.time(8 + 2 * (index % 5)),
            end_time=datetime.time(9 + 2 * (index % 5)),
        )
        for position, item in enumerate(items[index * 4 : index * 4 + 4]):
            ProgrammeEntry.objects.create(slot=slot, agenda_item=item, position=position)
    return session


def timed(function, repeat):
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        size = function()
        times.append(time.perf_counter() - started)
    tracemalloc.start()
    function()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return statistics.median(times), peak, size


def run(repeat):
    import django

    django.setup()
    from django.test import Client

    from agendas.files import render_docx, render_pdf
    from agendas.rendition import render
    from sessions.models import Session

    build_session()
    client = Client()
    url = "/{language}/sessions/wg-asset-recovery/100/"

    def page(language):
        def get():
            response = client.get(url.format(language=language), secure=True)
            if response.status_code != 200:
                sys.exit(f"The session page answered {response.status_code}.")
            return len(response.content)

        return get

    def file(language, writer):
        def write():
            session = Session.objects.with_header().get(body__slug="wg-asset-recovery", ordinal=100)
            return len(writer(render(session, language)))

        return write

    print(f"A session of {TOP_ITEMS * (1 + SUB_ITEMS)} agenda items; median of {repeat} runs.")
    print(f"{'':20} {'time':>9} {'peak memory':>12} {'size':>10}  vs page")
    for language in ("zh-hans", "en"):
        page_time, page_memory, page_size = timed(page(language), repeat)
        rows = [("HTML page", page_time, page_memory, page_size)]
        file(language, render_docx)()  # python-docx's and WeasyPrint's first use loads them
        file(language, render_pdf)()
        for name, writer in (("DOCX", render_docx), ("PDF", render_pdf)):
            rows.append((name, *timed(file(language, writer), repeat)))
        for name, seconds, memory, size in rows:
            print(
                f"{language + ' ' + name:20} {seconds * 1000:7.0f}ms {memory / 2**20:9.1f}MiB "
                f"{size / 1024:8.0f}KiB  {seconds / page_time:5.1f}×"
            )
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident set size of the process: {peak_rss:.0f} MiB")


def environment(url):
    """The in-process run's environment: the database at ``url``, DEBUG off."""
    return {
        **os.environ,
        "DATABASE_URL": url,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(40),
        # The project's settings, the static files collected into a folder of the run's.
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "BENCH_STATIC_ROOT": tempfile.mkdtemp(prefix="wgs-bench-static-"),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="Runs of each rendering (3).")
    parser.add_argument("--keep", action="store_true", help="Keep the database afterwards.")
    options = parser.parse_args()
    url = database_url(DEFAULT_URL)
    env = environment(url)
    print(f"Database {database_name(url)}: migrating and loading the demo...")
    recreate_database(url)
    try:
        manage(env, "migrate", "--no-input", "-v", "0")
        manage(env, "load_demo")
        manage(env, "collectstatic", "--no-input", "-v", "0")
        os.environ.update(env)
        sys.path.insert(0, str(ROOT))
        run(options.repeat)
    finally:
        if not options.keep:
            drop_database(url)


if __name__ == "__main__":
    main()
