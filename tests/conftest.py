import datetime

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, connections
from django.test import override_settings
from django.utils import translation
from playwright.sync_api import sync_playwright

from sessions.models import Body
from tests import public
from tests.browser import CHROMIUM, CHROMIUM_ARGS, VIEWPORT, output_dir
from tests.factories import BodyFactory, SessionFactory

#: The apps whose tables hold the demo (their history and many-to-many tables included), and
#: what publishing keeps of it (revisions, deletions): emptied together.
DEMO_APPS = ("meetings", "agendas", "documents", "publishing")


def load_the_demo():
    """The demo sessions, as `make run` loads them: demo/ through `import_all`."""
    call_command("load_demo", verbosity=0)


#: The data sets committed once for the tests that read them (the fixture of the same name),
#: in the order their tests run.
DATA_SETS = {
    "demo": load_the_demo,
    "many_sessions": public.many_sessions,
    "many_documents": public.many_documents,
}


def empty_the_demo_tables():
    """Every row of the demo's apps deleted (users, groups and permissions are kept)."""
    tables = [
        model._meta.db_table
        for label in DEMO_APPS
        for model in apps.get_app_config(label).get_models(include_auto_created=True)
    ]
    connection.ops.execute_sql_flush(connection.ops.sql_flush(no_style(), tables))


def is_transactional(item):
    """A test whose database changes are committed, then flushed after it (live server)."""
    marker = item.get_closest_marker("django_db")
    return bool(
        {"transactional_db", "live_server"} & set(item.fixturenames)
        or (marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")))
    )


def uses_the_database(item):
    return (
        "db" in item.fixturenames
        or item.get_closest_marker("django_db") is not None
        or is_transactional(item)
    )


def pytest_collection_modifyitems(items):
    """The tests that read one data set (the demo, ...) run together, after the other database
    tests, so that it is loaded once; the transactional tests come after them (they empty the
    database), and the tests without a database last."""

    def group(item):
        if is_transactional(item):
            return len(DATA_SETS) + 1
        for index, name in enumerate(DATA_SETS, start=1):
            if name in item.fixturenames:
                return index
        return 0 if uses_the_database(item) else len(DATA_SETS) + 2

    items.sort(key=group)
    # pytest-django sets up the test database only for the tests it sees need one: those that
    # read a data set ask for `db` only when they run, so they are marked here.
    for item in items:
        reads_a_data_set = set(DATA_SETS) & set(item.fixturenames)
        if reads_a_data_set and not uses_the_database(item):
            item.add_marker(pytest.mark.django_db)


class Committed:
    """The data set committed in the test database outside any test's transaction, if any."""

    name = None


def commit_data_set(name):
    """``name`` loaded and committed in place of what was (run outside any transaction)."""
    if Committed.name is not None:
        empty_the_demo_tables()
        Committed.name = None
    with translation.override(settings.LANGUAGE_CODE):
        DATA_SETS[name]()
    Committed.name = name


def read_data_set(request, name, django_db_blocker):
    """The body of the data sets' fixtures: each test reads the committed rows in its own
    transaction, rolled back after it, so that what one test changes the next one never sees.
    A transactional test loads them itself (its flush empties the database)."""
    if is_transactional(request.node):
        request.getfixturevalue("transactional_db")
        if Committed.name != name:
            commit_data_set(name)
        Committed.name = None  # the flush after the test empties the database
        yield
        return
    if Committed.name != name:
        # Another data set was loaded in between (the tests were run in another order).
        with django_db_blocker.unblock():
            if connection.in_atomic_block:  # the test's own: rolled back with it
                if Committed.name is not None:
                    empty_the_demo_tables()
                with translation.override(settings.LANGUAGE_CODE):
                    DATA_SETS[name]()
            else:
                commit_data_set(name)
    request.getfixturevalue("db")
    yield


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database, without any row of the demo's apps that a `--reuse-db` run stopped
    half-way may have left; emptied again at the end of the run."""
    with django_db_blocker.unblock():
        empty_the_demo_tables()
    yield
    with django_db_blocker.unblock():
        empty_the_demo_tables()
    Committed.name = None


# Each data set is committed by a session-scoped fixture: set up before the function-scoped
# ones, hence before the first test that reads it opens its transaction.


@pytest.fixture(scope="session")
def committed_demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        commit_data_set("demo")


@pytest.fixture(scope="session")
def committed_many_sessions(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        commit_data_set("many_sessions")


@pytest.fixture(scope="session")
def committed_many_documents(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        commit_data_set("many_documents")


@pytest.fixture
def demo(request, committed_demo, django_db_blocker):
    """The demo sessions, as `make run` loads them, committed once per run."""
    yield from read_data_set(request, "demo", django_db_blocker)


@pytest.fixture
def many_sessions(request, committed_many_sessions, django_db_blocker):
    """30 sessions of the body `wg-big` (tests/public.py), committed once per run."""
    yield from read_data_set(request, "many_sessions", django_db_blocker)


@pytest.fixture
def many_documents(request, committed_many_documents, django_db_blocker):
    """20 sessions of `wg-big` citing one resolution and one document (tests/public.py),
    committed once per run."""
    yield from read_data_set(request, "many_documents", django_db_blocker)


@pytest.fixture(autouse=True)
def nothing_committed_unless_asked(request, django_db_blocker):
    """A test that does not ask for the committed data set never sees it, whatever ran before."""
    item = request.node
    if Committed.name is None or Committed.name in item.fixturenames:
        return
    if not uses_the_database(item):
        return
    with django_db_blocker.unblock():
        empty_the_demo_tables()
    if not connection.in_atomic_block:  # inside the test's transaction, it comes back after it
        Committed.name = None


@pytest.fixture(autouse=True)
def empty_page_cache():
    """Each test starts with no cached page: what an earlier test cached (from rows rolled
    back since) is never served to it."""
    cache.clear()


@pytest.fixture
def body(db):
    return BodyFactory(
        name_en="Working Group on Testing",
        short_name_en="Testing WG",
        symbol_prefix="CAC/COSP/WG.9",
        slug="wg-testing",
    )


@pytest.fixture
def other_body(db):
    return BodyFactory(
        name_en="Review Group on Testing",
        short_name_en="Testing RG",
        kind=Body.Kind.REVIEW_GROUP,
        symbol_prefix="CAC/COSP/RG.9",
        slug="rg-testing",
    )


@pytest.fixture
def session(body):
    return SessionFactory(
        body=body,
        ordinal=1,
        title_en="first meeting of the Working Group on Testing",
        start_date=datetime.date(2025, 6, 2),
        end_date=datetime.date(2025, 6, 4),
    )


@pytest.fixture
def editor(db):
    """A staff member of the Editors group (made by a migration), not a superuser."""
    user = get_user_model().objects.create_user(
        "secretariat", "secretariat@example.org", "a-long-test-password", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    """The test client, signed in as the editor."""
    client.force_login(editor)
    return client


@pytest.fixture(scope="session", autouse=True)
def fast_password_hashing():
    """Passwords hashed with MD5 in the tests: the PBKDF2 of the settings is slow on purpose
    (a second or more for each user the tests make), and no test is about its strength."""
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        yield


@pytest.fixture(autouse=True)
def english_to_begin_with():
    """Each test starts in English, whatever the test before it asked for: a request through
    LocaleMiddleware leaves its page's language active in the thread after the response."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def plain_static_files(settings):
    """Pages render without `collectstatic`: the manifest storage needs its manifest."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test, so the browser fixtures know whether it failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def output(request):
    """`test-output/<test name>/`: screenshots, PDFs and axe results of this test."""
    return output_dir(request.node.name)


@pytest.fixture
def chromium(monkeypatch):
    """Debian's Chromium, headless, launched by Playwright (which never downloads a browser)."""
    # Playwright's sync API keeps an event loop in this thread; the ORM calls of a browser
    # test are plain synchronous ones all the same.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
        # With Playwright's loop in this thread, the test's ORM calls ran on connections of
        # their own: close them, or PostgreSQL cannot drop the test database at the end.
        connections.close_all()


@pytest.fixture
def page(request, chromium):
    """A fresh browser tab (own cookies); a failing test leaves `failure.png` in its output."""
    context = chromium.new_context(viewport=VIEWPORT, locale="en-GB")
    # A missing element fails in seconds, not after Playwright's default 30 s.
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed and not page.is_closed():
        page.screenshot(path=str(output_dir(request.node.name) / "failure.png"), full_page=True)
    context.close()


@pytest.fixture
def site(live_server, transactional_db, django_db_serialized_rollback):
    """The demo sessions served by a live server; returns its address.

    The server thread needs committed data, hence a transactional database; the serialized
    rollback puts back what migrations made (the Editors group) for the tests that follow.
    """
    Committed.name = None  # the flush after the test empties the database
    load_the_demo()
    return live_server.url
