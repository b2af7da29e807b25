import datetime
import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connections
from django.utils import translation

from sessions.models import Body, Session
from tests.browser import CHROMIUM, CHROMIUM_ARGS, VIEWPORT, output_dir


@pytest.fixture
def demo(db):
    """The demo sessions, as `make run` loads them (demo/, through `import_all`)."""
    call_command("load_demo", stdout=io.StringIO())


@pytest.fixture
def body(db):
    return Body.objects.create(
        name_en="Working Group on Testing",
        short_name_en="Testing WG",
        kind=Body.Kind.WORKING_GROUP,
        symbol_prefix="CAC/COSP/WG.9",
        slug="wg-testing",
    )


@pytest.fixture
def other_body(db):
    return Body.objects.create(
        name_en="Review Group on Testing",
        short_name_en="Testing RG",
        kind=Body.Kind.REVIEW_GROUP,
        symbol_prefix="CAC/COSP/RG.9",
        slug="rg-testing",
    )


@pytest.fixture
def session(body):
    return Session.objects.create(
        body=body,
        ordinal=1,
        title_en="first meeting of the Working Group on Testing",
        start_date=datetime.date(2025, 6, 2),
        end_date=datetime.date(2025, 6, 4),
        status=Session.Status.PUBLISHED,
    )


@pytest.fixture
def editor(db):
    """A staff member of the Editors group (made by a migration), not a superuser."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

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
    from playwright.sync_api import sync_playwright

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
    call_command("load_demo", stdout=io.StringIO())
    return live_server.url
