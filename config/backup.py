"""The whole database to one file and back, with the database's own tools.

Everything is in it: the content, users, groups, permissions, the history and the admin log.

- PostgreSQL: ``pg_dump --format=custom`` and ``pg_restore`` (Debian's ``postgresql-client``
  package; their major version must be at least the server's). The restore runs in one
  transaction and stops at the first error: a restore that fails leaves the database as it
  was. Objects are owned by the user that restores (``--no-owner --no-privileges``), as if
  that user had run ``migrate``.
- SQLite: the online backup of SQLite itself (``sqlite3.Connection.backup``), which copies
  a database that is in use page by page, consistently, into another file; the restore
  copies the backup file back the same way.

A backup is written to ``FILE.partial`` and renamed to ``FILE`` once complete, so a backup
that fails never leaves half a file nor replaces the previous one. A restore goes only into
an empty database (no tables at all), unless forced.
"""

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from django.db import connections

#: The tables that a database of this project has (made by its first migrations).
PROJECT_TABLE = "django_migrations"


class BackupError(Exception):
    """A backup or restore that could not be made; the message says why and what to do."""


@dataclass
class Done:
    """What a backup or restore did, for the command to say."""

    tool: str
    database: str
    path: Path
    size: int
    tables: int


def database_engine(alias="default"):
    """``"postgresql"`` or ``"sqlite"``: the vendor of ``DATABASES[alias]``."""
    vendor = connections[alias].vendor
    if vendor not in ("postgresql", "sqlite"):
        raise BackupError(f"Backups are made for PostgreSQL and SQLite; this database is {vendor}.")
    return vendor


def describe(alias="default"):
    """The database as a person names it: ``PostgreSQL database wgs on 127.0.0.1:5432``."""
    settings = connections[alias].settings_dict
    if connections[alias].vendor == "sqlite":
        return f"SQLite database {settings['NAME']}"
    host = settings.get("HOST") or "localhost"
    port = settings.get("PORT") or 5432
    return f"PostgreSQL database {settings['NAME']} on {host}:{port}"


def table_names(alias="default"):
    connection = connections[alias]
    with connection.cursor() as cursor:
        return connection.introspection.table_names(cursor)


def backup(path, alias="default"):
    """Back up the whole database ``DATABASES[alias]`` to ``path``; returns what was done."""
    path = Path(path)
    if path.is_dir():
        raise BackupError(f"{path} is a folder: give the name of the backup file to write.")
    if not path.parent.is_dir():
        raise BackupError(f"The folder {path.parent} does not exist.")
    partial = path.with_name(path.name + ".partial")
    engine = database_engine(alias)
    tables = len(table_names(alias))
    try:
        if engine == "postgresql":
            tool = "pg_dump --format=custom"
            run_client(
                ["pg_dump", "--format=custom", f"--file={partial}"],
                alias,
                outcome="no backup was written",
            )
        else:
            tool = "SQLite's online backup"
            sqlite_backup(partial, alias)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return Done(tool, describe(alias), path, path.stat().st_size, tables)


def restore(path, alias="default", force=False):
    """Restore the backup ``path`` into ``DATABASES[alias]``, which must have no tables
    unless ``force`` (then the backup's tables replace those of the same name)."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"No backup file {path}.")
    engine = database_engine(alias)
    existing = table_names(alias)
    if existing and not force:
        raise BackupError(
            f"The {describe(alias)} is not empty ({len(existing)} tables): nothing was "
            "restored. Restore into a new, empty database, or use --force to replace its "
            "tables with the backup's (their current rows are lost)."
        )
    if engine == "postgresql":
        check_pg_archive(path, alias)
        command = ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error"]
        command += ["--single-transaction", f"--dbname={connections[alias].settings_dict['NAME']}"]
        if existing:
            command += ["--clean", "--if-exists"]
        tool = "pg_restore"
        connections[alias].close()
        run_client(
            [*command, str(path)],
            alias,
            outcome="the restore ran in one transaction: the database is as it was",
        )
    else:
        tool = "SQLite's online backup"
        sqlite_restore(path, alias)
    return Done(tool, describe(alias), path, path.stat().st_size, len(table_names(alias)))


def sqlite_backup(target, alias):
    connection = connections[alias]
    connection.ensure_connection()
    destination = sqlite3.connect(target)
    try:
        with destination:
            connection.connection.backup(destination)
    finally:
        destination.close()


def sqlite_restore(path, alias):
    try:
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise BackupError(f"{path} cannot be opened: {error}.") from None
    try:
        try:
            tables = {
                name
                for (name,) in source.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        except sqlite3.DatabaseError:
            raise BackupError(
                f"{path} is not a SQLite backup (a backup of PostgreSQL is restored on "
                "PostgreSQL). Nothing was restored."
            ) from None
        if PROJECT_TABLE not in tables:
            raise BackupError(
                f"{path} is a SQLite database but not a backup of this project "
                f"(it has no {PROJECT_TABLE} table). Nothing was restored."
            )
        connection = connections[alias]
        connection.ensure_connection()
        source.backup(connection.connection)
    finally:
        source.close()


def check_pg_archive(path, alias):
    """Refuse a file that pg_restore cannot read, before anything is changed."""
    try:
        run_client(["pg_restore", "--list", str(path)], alias, outcome="")
    except BackupError:
        raise BackupError(
            f"{path} is not a backup made by pg_dump --format=custom (a SQLite backup is "
            "restored on SQLite). Nothing was restored."
        ) from None


def client_environment(alias):
    """The connection settings as libpq's environment variables (no password on a command
    line, where other users of the machine could read it)."""
    settings = connections[alias].settings_dict
    environment = {**os.environ}
    for variable, value in (
        ("PGDATABASE", settings["NAME"]),
        ("PGUSER", settings.get("USER")),
        ("PGPASSWORD", settings.get("PASSWORD")),
        ("PGHOST", settings.get("HOST")),
        ("PGPORT", str(settings.get("PORT") or "")),
        ("PGSSLMODE", settings.get("OPTIONS", {}).get("sslmode")),
    ):
        if value:
            environment[variable] = value
    return environment


def run_client(command, alias, outcome):
    if shutil.which(command[0]) is None:
        raise BackupError(
            f"{command[0]} is not installed: it comes with PostgreSQL's client tools "
            "(Debian: apt-get install postgresql-client)."
        )
    result = subprocess.run(  # noqa: S603 (a fixed program; the file name is one argument)
        command, env=client_environment(alias), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(
            f"{command[0]} failed (exit status {result.returncode}); {outcome}:\n"
            + result.stderr.strip()
        )
