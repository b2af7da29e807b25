"""The benchmarks' own PostgreSQL database: named by BENCH_DATABASE_URL (or the benchmark's
default), made anew before a run and dropped after it, on the server's maintenance
database."""

import os
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql


def database_url(default):
    return os.environ.get("BENCH_DATABASE_URL", default)


def database_name(url):
    return urlsplit(url).path.lstrip("/")


def maintenance_connection(url):
    """A connection (autocommit) to the maintenance database of ``url``'s server."""
    return psycopg.connect(urlunsplit(urlsplit(url)._replace(path="/postgres")), autocommit=True)


def on_server(url, statement, *others):
    """``statement`` (CREATE or DROP DATABASE {}) for ``url``'s database, run on the same
    server's maintenance database; each further ``{}`` names the database of one of
    ``others`` (URLs)."""
    names = [sql.Identifier(database_name(each)) for each in (url, *others)]
    with maintenance_connection(url) as connection:
        connection.execute(sql.SQL(statement).format(*names))


def recreate_database(url):
    drop_database(url)
    on_server(url, "CREATE DATABASE {}")


def drop_database(url):
    on_server(url, "DROP DATABASE IF EXISTS {} WITH (FORCE)")


def copy_database(source, target):
    """The database at ``target`` made anew as a copy of ``source``'s (PostgreSQL's
    ``TEMPLATE``: no session may be connected to ``source``)."""
    drop_database(target)
    on_server(target, "CREATE DATABASE {} TEMPLATE {}", source)


def database_exists(url):
    with maintenance_connection(url) as connection:
        found = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [database_name(url)]
        ).fetchone()
    return found is not None


def sibling_url(url, suffix):
    """The URL of the database named as ``url``'s with ``suffix`` added, on the same server."""
    return urlunsplit(urlsplit(url)._replace(path=f"/{database_name(url)}{suffix}"))
