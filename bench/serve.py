"""Load test of the public pages, served by gunicorn with DEBUG off on PostgreSQL.

    .venv/bin/python bench/serve.py            # or: make bench-serve

Creates a PostgreSQL database of its own (BENCH_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/wgs_bench_serve), migrates it, loads the demo and collects
the static files into a temporary folder, then starts gunicorn on a free port of 127.0.0.1
(settings ``bench.settings``: the project's, with DEBUG off, plus a bare page) and sends
each page 2,000 requests, 20 at a time (a thread pool of Python's own HTTP client: nothing to
install), after a warm-up that is not counted:

- ``/bench/bare/``: one query and a template of three lines, served by the same server; the
  reference the other pages are compared with (it is in no production URLconf);
- the 2024 session page, the search for "asset", the 2024 session's agenda as CSV.

It prints, for each page: requests, errors (any answer but 200, or none), requests per
second, the median and 95th percentile latency, and requests per second as a share of the
bare page's. Only 127.0.0.1 is ever asked; every page's run stops after ``--max-seconds``
whatever is left (counted as errors). gunicorn is stopped and the database dropped at the
end (``--keep`` keeps the database). Exits non-zero if any request failed. Not part of the
test suite.
"""

import argparse
import http.client
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from database import database_name, database_url, drop_database, recreate_database

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/wgs_bench_serve"
HOST = "127.0.0.1"  # loopback only
BARE = "/bench/bare/"
PAGES = [
    ("bare page (1 query)", BARE),
    ("2024 session page", "/en/sessions/wg-asset-recovery/18/"),
    ("search ?q=asset", "/en/search/?q=asset"),
    ("agenda CSV (2024)", "/en/sessions/wg-asset-recovery/18/agenda.csv"),
]


def server_environment(url, folder):
    """The environment of the benchmark's server and commands: the database at ``url``,
    production settings (DEBUG off) on plain HTTP, static files collected into ``folder``."""
    return {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        # Plain HTTP on the loopback: no redirect to HTTPS (on by default with DEBUG off).
        "SECURE_SSL_REDIRECT": "0",
        "BENCH_STATIC_ROOT": str(Path(folder) / "static"),
    }


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


def free_port():
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def start_gunicorn(env, port, workers, log):
    return subprocess.Popen(  # noqa: S603 (gunicorn of this virtualenv, fixed arguments)
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            f"--bind={HOST}:{port}",
            f"--workers={workers}",
            f"--chdir={ROOT}",
            "--timeout=60",
            f"--error-logfile={log}",
            "--log-level=warning",
        ],
        env=env,
        cwd=ROOT,
    )


def stop_gunicorn(server):
    """Stops gunicorn (killed if it has not stopped after 30 seconds)."""
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def get(port, path, timeout=30):
    """(status, body) of one GET on a connection of its own."""
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def wait_until_serving(server, port, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"gunicorn stopped (exit status {server.returncode}) before serving.")
        try:
            if get(port, BARE, timeout=5)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    sys.exit(f"gunicorn did not answer on {HOST}:{port} within {seconds} s.")


class Client:
    """One keep-alive connection per thread (reopened when the server closes it)."""

    def __init__(self, port, deadline):
        self.port = port
        self.deadline = deadline
        self.local = threading.local()

    def fetch(self, path):
        """(seconds, outcome): outcome is 200 for a complete page, else what went wrong."""
        if time.monotonic() > self.deadline:
            return 0.0, "not sent (time limit)"
        connection = getattr(self.local, "connection", None)
        if connection is None:
            connection = self.local.connection = http.client.HTTPConnection(
                HOST, self.port, timeout=30
            )
        started = time.perf_counter()
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
            outcome = response.status if body else "empty body"
        except (OSError, http.client.HTTPException) as error:
            connection.close()
            outcome = type(error).__name__
        return time.perf_counter() - started, outcome


def load(port, path, requests, concurrency, max_seconds):
    """``requests`` GETs of ``path``, ``concurrency`` at a time; the figures of the run."""
    client = Client(port, time.monotonic() + max_seconds)
    with ThreadPoolExecutor(concurrency) as pool:
        started = time.perf_counter()
        results = list(pool.map(lambda _n: client.fetch(path), range(requests)))
        elapsed = time.perf_counter() - started
    latencies = [seconds for seconds, outcome in results if outcome == 200]
    errors = {}
    for _seconds, outcome in results:
        if outcome != 200:
            errors[outcome] = errors.get(outcome, 0) + 1
    centiles = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return {
        "requests": len(results),
        "errors": errors,
        "per_second": len(latencies) / elapsed,
        "p50": centiles[49] * 1000,
        "p95": centiles[94] * 1000,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000, help="per page (2000)")
    parser.add_argument("--concurrency", type=int, default=20, help="requests at a time (20)")
    parser.add_argument(
        "--workers",
        type=int,
        default=2 * (os.cpu_count() or 1) + 1,
        help="gunicorn's sync workers (2 × cores + 1, gunicorn's advice)",
    )
    parser.add_argument("--warm-up", type=int, default=100, help="uncounted requests per page")
    parser.add_argument("--max-seconds", type=float, default=900, help="per page (900)")
    parser.add_argument("--keep", action="store_true", help="keep the database")
    args = parser.parse_args()

    url = database_url(DEFAULT_URL)
    name = database_name(url)
    with tempfile.TemporaryDirectory(prefix="wgs-bench-serve-") as folder:
        env = server_environment(url, folder)
        print(f"database {name}: creating, migrating, loading the demo ...", flush=True)
        recreate_database(url)
        server = None
        try:
            manage(env, "migrate", "--no-input", "-v", "0")
            manage(env, "load_demo")
            manage(env, "collectstatic", "--no-input", "-v", "0")
            port = free_port()
            log = Path(folder) / "gunicorn.log"
            server = start_gunicorn(env, port, args.workers, log)
            wait_until_serving(server, port)
            for _label, path in PAGES:
                status, _body = get(port, path)
                if status != 200:
                    sys.exit(f"{path} answered {status}; gunicorn's log:\n{log.read_text()}")
            print(
                f"gunicorn on {HOST}:{port}, {args.workers} sync workers, DEBUG off, "
                f"CONN_MAX_AGE={env.get('CONN_MAX_AGE', '0')}; {args.requests:,} requests per "
                f"page, {args.concurrency} at a time; client and server share "
                f"{os.cpu_count()} cores (load average {load_average()} before the run)\n",
                flush=True,
            )
            results = {}
            for label, path in PAGES:
                load(port, path, args.warm_up, args.concurrency, args.max_seconds)
                results[label] = load(port, path, args.requests, args.concurrency, args.max_seconds)
            report(results)
            print(f"load average {load_average()} after the run")
        finally:
            if server is not None:
                stop_gunicorn(server)
            if not args.keep:
                drop_database(url)
                print(f"database {name} dropped")
    failed = sum(sum(result["errors"].values()) for result in results.values())
    if failed:
        sys.exit(f"{failed} requests failed.")


def load_average():
    return ", ".join(f"{value:.1f}" for value in os.getloadavg())


def report(results):
    bare = results[PAGES[0][0]]["per_second"]
    print(
        f"{'page':22} {'requests':>8} {'errors':>6} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8}"
        f" {'vs bare':>8}"
    )
    for label, result in results.items():
        errors = sum(result["errors"].values())
        print(
            f"{label:22} {result['requests']:8,} {errors:6} {result['per_second']:8.1f}"
            f" {result['p50']:8.1f} {result['p95']:8.1f} {result['per_second'] / bare:8.0%}"
        )
        for outcome, count in result["errors"].items():
            print(f"{'':22} {count} × {outcome}")
    print(flush=True)


if __name__ == "__main__":
    main()
