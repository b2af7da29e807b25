"""`backup` and `restore`: the whole database (content, users, groups, permissions, history,
the admin log) into an empty database, on the engine of the test database (pg_dump and
pg_restore on PostgreSQL, SQLite's online backup on SQLite).

The restore and the comparison of the restored database run as an operator runs them: the
commands in another process, with DATABASE_URL naming the new database."""

import io
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission, User
from django.core.management import CommandError, call_command
from django.db import connection
from psycopg import sql

from config.transfer import export_all
from sessions.models import Session
from tests.admin_forms import form_data

MANAGE = str(Path(settings.BASE_DIR) / "manage.py")


def postgres_url(name):
    database = connection.settings_dict
    host = database.get("HOST") or "127.0.0.1"
    port = database.get("PORT") or 5432
    user = database.get("USER") or "postgres"
    password = f":{database['PASSWORD']}" if database.get("PASSWORD") else ""
    return f"postgres://{user}{password}@{host}:{port}/{name}"


def maintenance(statement, name):
    """CREATE or DROP DATABASE ``name`` on the test database's server."""
    database = connection.settings_dict
    with psycopg.connect(
        dbname="postgres",
        host=database.get("HOST") or None,
        port=database.get("PORT") or None,
        user=database.get("USER") or None,
        password=database.get("PASSWORD") or None,
        autocommit=True,
    ) as server:
        server.execute(sql.SQL(statement).format(sql.Identifier(name)))


@pytest.fixture
def empty_database(tmp_path):
    """DATABASE_URL of a new, empty database of the test database's engine, gone afterwards."""
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    name = f"{connection.settings_dict['NAME']}_restored"
    maintenance("DROP DATABASE IF EXISTS {} WITH (FORCE)", name)
    maintenance("CREATE DATABASE {}", name)
    yield postgres_url(name)
    maintenance("DROP DATABASE IF EXISTS {} WITH (FORCE)", name)


def manage(database_url, *arguments):
    """``python manage.py ...`` in another process, on the database ``database_url``."""
    result = subprocess.run(  # noqa: S603 (this project's manage.py, fixed arguments)
        [sys.executable, MANAGE, *arguments],
        env={**os.environ, "DATABASE_URL": database_url},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def whole_database_as_json(database_url=None):
    """Every row of every table (users, groups, permissions, history and admin log
    included), as dumpdata writes them: ordered by primary key, ids and all."""
    arguments = ["dumpdata", "--indent=1", "--exclude=sessions.session"]
    if database_url is not None:
        return manage(database_url, *arguments)
    output = io.StringIO()
    call_command(*arguments, stdout=output)
    return output.getvalue()


def export_files(directory):
    return {path.name: path.read_bytes() for path in sorted(Path(directory).iterdir())}


@pytest.fixture
def edited_demo(transactional_db, django_db_serialized_rollback, demo, client):
    """The demo, a secretary in a group with a permission, and her edit through the admin:
    a history record and an admin log entry.

    Committed (pg_dump reads another connection); the serialized rollback, as the browser
    tests' ``site`` has it, puts back what migrations made (content types, the Editors group)
    with their ids for the transactional tests before and after this one."""
    group = Group.objects.create(name="Secretariat")
    group.permissions.set(Permission.objects.filter(codename__in=["change_session"]))
    user = User.objects.create_superuser(
        "secretary", "secretary@example.org", "a-long-test-password"
    )
    user.groups.add(group)
    client.force_login(user)
    session = Session.objects.get(body__slug="wg-asset-recovery", ordinal=18)
    url = f"/admin/meetings/session/{session.pk}/change/"
    data = form_data(client.get(url))
    data["resources_note_en"] = "Interpretation in the six official languages."
    response = client.post(url, data)
    assert response.status_code == 302, response.status_code
    return user


def test_a_backup_restored_into_an_empty_database_holds_everything(
    edited_demo, empty_database, tmp_path
):
    backup_file = tmp_path / "wgsessions.backup"
    output = io.StringIO()
    call_command("backup", str(backup_file), stdout=output)
    assert f"to {backup_file} with" in output.getvalue()

    restored = manage(empty_database, "restore", str(backup_file))

    assert f"Restored {backup_file} into the " in restored
    export_all(tmp_path / "original")
    manage(empty_database, "export_all", str(tmp_path / "restored"))
    assert export_files(tmp_path / "restored") == export_files(tmp_path / "original")
    restored_rows = whole_database_as_json(empty_database)
    assert restored_rows == whole_database_as_json()
    # What the dump holds besides the content: the user, her group and its permission, the
    # history of her edit and the admin's log of it.
    assert '"username": "secretary"' in restored_rows
    assert '"name": "Secretariat"' in restored_rows
    assert "Interpretation in the six official languages." in restored_rows
    assert '"model": "meetings.historicalsession"' in restored_rows
    assert f'"user": {edited_demo.pk}' in restored_rows.split('"model": "admin.logentry"', 1)[1]


def test_restore_refuses_a_database_that_is_not_empty(
    transactional_db, django_db_serialized_rollback, tmp_path
):
    backup_file = tmp_path / "wgsessions.backup"
    call_command("backup", str(backup_file), stdout=io.StringIO())
    User.objects.create_user("newcomer")

    with pytest.raises(CommandError, match=r"is not empty \(\d+ tables\): nothing was restored"):
        call_command("restore", str(backup_file), stdout=io.StringIO())

    assert User.objects.filter(username="newcomer").exists()


def test_restore_refuses_a_file_that_is_no_backup(
    transactional_db, django_db_serialized_rollback, empty_database, tmp_path
):
    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("minutes of the meeting\n")

    result = subprocess.run(  # noqa: S603 (this project's manage.py, fixed arguments)
        [sys.executable, MANAGE, "restore", str(not_a_backup)],
        env={**os.environ, "DATABASE_URL": empty_database},
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 1
    assert f"{not_a_backup} is not a" in result.stderr
    assert "Nothing was restored." in result.stderr


def test_backup_into_a_missing_folder_says_so(
    transactional_db, django_db_serialized_rollback, tmp_path
):
    with pytest.raises(CommandError, match="The folder .*missing does not exist"):
        call_command("backup", str(tmp_path / "missing" / "x.backup"))
