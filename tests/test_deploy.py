"""The production settings, as README's "Deploy" gives them: read from the environment in a
process of their own, `check --deploy` without a warning, and every security header and
cookie flag that Mozilla Observatory asks for an A+, on a public page and the admin login."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, override_settings

ROOT = Path(__file__).resolve().parents[1]

#: The production environment of README's "Deploy", behind an HTTPS proxy.
PRODUCTION = {
    "DEBUG": "0",
    # 50 random characters, as `secrets.token_urlsafe(50)` makes them (a test's own).
    "SECRET_KEY": "kQ3vX9-m2Lr7TzW1pYc_8NdHs4JfB6uEaG0oViKxRbCq5hMyZtDnUwPjSlAeIg",
    "ALLOWED_HOSTS": "sessions.example.org",
    "SECURE_PROXY_SSL_HEADER": "HTTP_X_FORWARDED_PROTO",
    "CSRF_TRUSTED_ORIGINS": "https://sessions.example.org",
}
HOST = "sessions.example.org"

#: The settings a production process computes from its environment, brought over to the tests.
SECURITY_SETTINGS = [
    "ALLOWED_HOSTS",
    "CSRF_TRUSTED_ORIGINS",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_HTTPONLY",
    "X_FRAME_OPTIONS",
    "SECURE_CSP",
    "MIDDLEWARE",
]
PRINT_SETTINGS = (
    "import json, django; from django.conf import settings; django.setup(); "
    f"print(json.dumps({{name: getattr(settings, name) for name in {SECURITY_SETTINGS!r}}}))"
)

SIX_MONTHS = 183 * 24 * 3600


def django_process(*args, environment):
    """Python in a fresh process, in the project, with only ``environment`` (and PATH)."""
    env = {"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "config.settings", **environment}
    return subprocess.run(  # noqa: S603 (this interpreter, with the test's own arguments)
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def production():
    """override_settings with what the settings module makes of the production environment."""
    result = django_process("-c", PRINT_SETTINGS, environment=PRODUCTION)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])
    return override_settings(**values)


@pytest.fixture
def browser(production):
    """A client reaching the site as a browser does, through the proxy over HTTPS."""
    with production:
        yield Client(enforce_csrf_checks=True, HTTP_HOST=HOST, HTTP_X_FORWARDED_PROTO="https")


def test_check_deploy_gives_no_warning():
    result = django_process(
        "manage.py", "check", "--deploy", "--fail-level", "WARNING", environment=PRODUCTION
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_check_deploy_gives_no_warning_without_a_proxy_either():
    environment = {name: PRODUCTION[name] for name in ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS")}
    result = django_process(
        "manage.py", "check", "--deploy", "--fail-level", "WARNING", environment=environment
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_it_refuses_to_start_without_a_secret_key_when_debug_is_off():
    environment = {"DEBUG": "0", "ALLOWED_HOSTS": HOST}
    result = django_process("manage.py", "check", environment=environment)
    assert result.returncode == 1
    assert "ImproperlyConfigured: Set the SECRET_KEY environment variable" in result.stderr


def test_it_starts_without_a_secret_key_in_development():
    result = django_process("manage.py", "check", environment={"DEBUG": "1"})
    assert result.returncode == 0, result.stderr


def test_production_settings_come_from_the_environment():
    environment = {
        **PRODUCTION,
        "SECURE_PROXY_SSL_HEADER": "HTTP_X_FORWARDED_SCHEME,https",
        "CSRF_TRUSTED_ORIGINS": "https://sessions.example.org, https://www.example.org",
        "SECURE_HSTS_SECONDS": "600",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_REFERRER_POLICY": "no-referrer",
    }
    result = django_process("-c", PRINT_SETTINGS, environment=environment)
    values = json.loads(result.stdout)
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_SCHEME", "https"]
    assert values["CSRF_TRUSTED_ORIGINS"] == [
        "https://sessions.example.org",
        "https://www.example.org",
    ]
    assert values["SECURE_HSTS_SECONDS"] == 600
    assert values["SECURE_SSL_REDIRECT"] is False
    assert values["SECURE_REFERRER_POLICY"] == "no-referrer"
    assert values["SESSION_COOKIE_SECURE"] is True


#: The content version a process reads from the page cache, after setting a new one first
#: when asked (``config.lib.pagecache``).
CONTENT_VERSION = (
    "import sys, django; django.setup(); "
    "from config.lib.pagecache import content_version, set_new_version; "
    "'set' in sys.argv and set_new_version(); print(content_version())"
)


def test_the_worker_processes_of_a_server_share_the_page_cache(tmp_path):
    """With DEBUG off and no CACHE_URL, a change seen by one worker process (a new content
    version) is seen by every other, through a folder of the temporary directory, and the
    cache holds many pages there."""
    environment = {**PRODUCTION, "TMPDIR": str(tmp_path)}
    changed = django_process("-c", CONTENT_VERSION, "set", environment=environment)
    assert changed.returncode == 0, changed.stderr
    for _other_worker in range(2):
        seen = django_process("-c", CONTENT_VERSION, environment=environment)
        assert seen.returncode == 0, seen.stderr
        assert seen.stdout == changed.stdout
    assert (tmp_path / "wgsessions-cache").is_dir()
    pages = (
        "import django; django.setup(); from django.core.cache import cache; "
        "[cache.set(f'page-{n}', b'x' * 1_000) for n in range(6_000)]; "
        "print(sum(cache.get(f'page-{n}') is not None for n in range(6_000)))"
    )
    stored = django_process("-c", pages, environment=environment)
    assert stored.returncode == 0, stored.stderr
    assert stored.stdout.strip() == "6000"


def assert_observatory_headers(response):
    """What Mozilla Observatory asks of a page for an A+ (cookies apart)."""
    policy = dict(
        directive.strip().split(" ", 1)
        for directive in response.headers["Content-Security-Policy"].split(";")
    )
    assert policy["default-src"] == "'self'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["object-src"] == "'none'"
    assert policy["base-uri"] == "'self'"
    assert policy["form-action"] == "'self'"
    assert "unsafe" not in response.headers["Content-Security-Policy"]
    hsts = dict(
        part.strip().partition("=")[::2]
        for part in response.headers["Strict-Transport-Security"].split(";")
    )
    assert int(hsts["max-age"]) >= SIX_MONTHS
    assert {"includeSubDomains", "preload"} <= set(hsts)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_a_public_page_has_every_security_header(browser):
    response = browser.get("/en/")
    assert response.status_code == 200
    assert_observatory_headers(response)


@pytest.mark.django_db
def test_the_admin_login_has_every_security_header_and_a_secure_httponly_csrf_cookie(browser):
    response = browser.get("/admin/login/")
    assert response.status_code == 200
    assert_observatory_headers(response)
    cookie = response.cookies["csrftoken"]
    assert cookie["secure"] is True
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"


@pytest.mark.django_db
def test_signing_in_through_the_proxy_sets_a_secure_httponly_session_cookie(browser):
    get_user_model().objects.create_user(
        "secretariat", "secretariat@example.org", "a-long-test-password", is_staff=True
    )
    browser.get("/admin/login/")
    response = browser.post(
        "/admin/login/",
        {
            "username": "secretariat",
            "password": "a-long-test-password",
            "csrfmiddlewaretoken": browser.cookies["csrftoken"].value,
            "next": "/admin/",
        },
        headers={"origin": "https://sessions.example.org"},
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/admin/"
    cookie = response.cookies["sessionid"]
    assert cookie["secure"] is True
    assert cookie["httponly"] is True


@pytest.mark.django_db
def test_a_proxy_that_sends_its_own_host_needs_the_trusted_origin(production):
    """The proxy passes the request on to 127.0.0.1: the browser's origin is the public
    name, which only CSRF_TRUSTED_ORIGINS vouches for."""
    get_user_model().objects.create_user(
        "secretariat", "secretariat@example.org", "a-long-test-password", is_staff=True
    )
    with production, override_settings(ALLOWED_HOSTS=[HOST, "127.0.0.1"]):
        client = Client(
            enforce_csrf_checks=True, HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https"
        )
        client.get("/admin/login/")
        data = {
            "username": "secretariat",
            "password": "a-long-test-password",
            "csrfmiddlewaretoken": client.cookies["csrftoken"].value,
        }
        origin = {"origin": "https://sessions.example.org"}
        assert client.post("/admin/login/", data, headers=origin).status_code == 302
        with override_settings(CSRF_TRUSTED_ORIGINS=[]):
            assert client.post("/admin/login/", data, headers=origin).status_code == 403


@pytest.mark.django_db
def test_plain_http_is_redirected_to_https(production):
    with production:
        response = Client(HTTP_HOST=HOST).get("/en/")
    assert response.status_code == 301
    assert response.headers["Location"] == "https://sessions.example.org/en/"
