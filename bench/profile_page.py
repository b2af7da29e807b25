"""Where the uncached session page's time goes: cProfile of its render.

    .venv/bin/python bench/profile_page.py [--repeat 20] [--top 30]

Creates a PostgreSQL database of its own (BENCH_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/wgs_bench_profile), loads the demo and the 100-item session
of bench/render.py, then, with DEBUG off, asks the test client for the 2024 demo session page
and the 100-item one ``--repeat`` times each, every request a new URL (``?cold=n``: rendered,
never answered from the page cache). It prints each page's median time and queries, then the
functions that took the most time under cProfile (by their own time and with what they
call). The database is dropped at the end (``--keep`` keeps it). Not part of the test suite.
"""

# Django and the project are imported after the settings and database are chosen.
# ruff: noqa: PLC0415

import argparse
import cProfile
import io
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

from database import database_name, database_url, drop_database, recreate_database
from render import build_session, environment, manage

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/wgs_bench_profile"
PAGES = {
    "2024 demo session": "/en/sessions/wg-asset-recovery/18/",
    "100-item session": "/en/sessions/wg-asset-recovery/100/",
}


def run(repeat, top, pages):
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from sessions.models import Session

    if not Session.objects.filter(body__slug="wg-asset-recovery", ordinal=100).exists():
        build_session()
    client = Client()
    counter = iter(range(10**9))

    def get(url):
        response = client.get(f"{url}?cold={next(counter)}", secure=True)
        if response.status_code != 200:
            sys.exit(f"{url} answered {response.status_code}.")
        return response

    for name, url in pages.items():
        get(url)  # the first render loads the templates and catalogues
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            get(url)
            times.append(time.perf_counter() - started)
        with CaptureQueriesContext(connection) as queries:
            get(url)
        sql = sum(float(query["time"]) for query in queries.captured_queries)
        print(
            f"{name}: median {statistics.median(times) * 1000:.1f} ms of {repeat} renders, "
            f"{len(queries)} queries ({sql * 1000:.1f} ms of SQL as the driver saw it)"
        )
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(repeat):
            get(url)
        profile.disable()
        for order in ("tottime", "cumulative"):
            out = io.StringIO()
            pstats.Stats(profile, stream=out).strip_dirs().sort_stats(order).print_stats(top)
            print(f"\n--- {name}, by {order} ---")
            print(out.getvalue().split("\n\n", 1)[-1].rstrip())
        print()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="renders of each page (20)")
    parser.add_argument("--top", type=int, default=30, help="functions listed (30)")
    parser.add_argument("--keep", action="store_true", help="keep the database")
    parser.add_argument("--reuse", action="store_true", help="a database --keep left")
    parser.add_argument(
        "--url", action="append", help="profile this page instead of the two sessions' (repeatable)"
    )
    options = parser.parse_args()
    url = database_url(DEFAULT_URL)
    env = environment(url)
    if not options.reuse:
        print(f"Database {database_name(url)}: migrating and loading the demo...", flush=True)
        recreate_database(url)
    try:
        if not options.reuse:
            manage(env, "migrate", "--no-input", "-v", "0")
            manage(env, "load_demo")
        manage(env, "collectstatic", "--no-input", "-v", "0")
        os.environ.update(env)
        sys.path.insert(0, str(ROOT))
        pages = {url: url for url in options.url} if options.url else PAGES
        run(options.repeat, options.top, pages)
    finally:
        if not options.keep:
            drop_database(url)


if __name__ == "__main__":
    main()
