"""Settings for wgsessions, read from the environment (README, "Configuration" and "Deploy").

DATABASE_URL  database (default: SQLite file db.sqlite3 beside manage.py);
              postgres://user@host:port/name selects PostgreSQL through psycopg 3
SECRET_KEY    secret for signing; required when DEBUG is off
DEBUG         "1"/"true" to turn on debugging (default off)
CSV_ENCODING  encoding of exported CSV files (default utf-8-sig: UTF-8 with a byte-order mark)
ALLOWED_HOSTS comma-separated host names (default: localhost names)
LOGIN_COOLOFF_MINUTES  how long the admin's sign-in stays locked after 5 failed attempts for a
              user name or from an address (default 15; 0: until an administrator unlocks it)
AXES_IPWARE_META_PRECEDENCE_ORDER  behind a reverse proxy: the request headers that carry the
              client's address, comma-separated, in order (e.g. HTTP_X_REAL_IP,REMOTE_ADDR);
              default REMOTE_ADDR (no proxy)
AXES_IPWARE_PROXY_COUNT  behind a reverse proxy that appends to X-Forwarded-For: how many
              proxies' addresses follow the client's there (unset: not checked)
API_ANON_RATE how many requests an anonymous client may make to /api/ (default 120/minute)
LOG_LEVEL     level of the log written to standard error (default INFO)
CONN_MAX_AGE  seconds a database connection is kept for the next requests (default 600 on
              PostgreSQL, 0 on SQLite); CONN_HEALTH_CHECKS checks it first (default on PostgreSQL)
CACHE_URL     cache of the public pages: redis://host:6379/1 or file:///path (default: memory
              with DEBUG on, a folder of the temporary directory with DEBUG off)

HTTPS and its headers (each on by default when DEBUG is off, off when it is on):
SECURE_SSL_REDIRECT, SECURE_HSTS_SECONDS (one year), SECURE_HSTS_INCLUDE_SUBDOMAINS,
SECURE_HSTS_PRELOAD, SESSION_COOKIE_SECURE, CSRF_COOKIE_SECURE; behind a proxy:
SECURE_PROXY_SSL_HEADER (HTTP_X_FORWARDED_PROTO) and CSRF_TRUSTED_ORIGINS (https://host, ...);
SECURE_REFERRER_POLICY (same-origin).
"""

import datetime
import os
import tempfile
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_flag(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    if not value.isdigit():
        raise ImproperlyConfigured(f"{name} must be a whole number of 0 or more, not {value!r}.")
    return int(value)


def env_list(name, default=""):
    """A comma-separated variable as a list, without blanks."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_flag("DEBUG")
# Development (DEBUG on: `make run`, the tests) signs with a key of its own; with DEBUG off
# the site would run on that public key, so it refuses to start instead.
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "Set the SECRET_KEY environment variable: it is required when DEBUG is off "
            "(50 or more random characters, e.g. from "
            "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`). "
            "For development, set DEBUG=1 instead."
        )
    SECRET_KEY = "django-insecure-wgsessions-development-only"  # noqa: S105 (DEBUG on only)

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")

# HTTPS. Off in development, on by default in production (DEBUG off); each can be set.
# Behind a reverse proxy that terminates TLS, SECURE_PROXY_SSL_HEADER names the header the
# proxy sets (HTTP_X_FORWARDED_PROTO, or "HTTP_X_FORWARDED_PROTO,https" with its value), and
# CSRF_TRUSTED_ORIGINS lists the site's origins (https://sessions.example.org).
if os.environ.get("SECURE_PROXY_SSL_HEADER"):
    header, _sep, value = os.environ["SECURE_PROXY_SSL_HEADER"].partition(",")
    SECURE_PROXY_SSL_HEADER = (header.strip(), value.strip() or "https")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", default=not DEBUG)
# One year: browsers then refuse plain HTTP for the host (and its subdomains) for that long.
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
SECURE_HSTS_PRELOAD = env_flag("SECURE_HSTS_PRELOAD", default=not DEBUG)
SESSION_COOKIE_SECURE = env_flag("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env_flag("CSRF_COOKIE_SECURE", default=not DEBUG)
# No script reads either cookie: the admin's forms carry the CSRF token in a field.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_REFERRER_POLICY = os.environ.get("SECURE_REFERRER_POLICY", "same-origin")
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy on every page, the admin's included: scripts, styles, images and
# fonts only from the site itself, no inline script or style attribute, no plugin, never in
# a frame. The project has no inline script; Django's admin (6.1) has none either.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
}

INSTALLED_APPS = [
    "modeltranslation",
    "config.apps.EditorsAdminConfig",  # django.contrib.admin with the editors' site
    "django.contrib.auth",
    "axes",  # sign-in throttling (after django.contrib.auth)
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "import_export",
    "simple_history",
    "sessions.apps.MeetingsConfig",
    "agendas",
    "documents",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI's files, served from static (no CDN: the CSP)
    "publishing.apps.PublishingConfig",
    "config.apps.ProjectConfig",  # the commands that span the apps
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After whitenoise: pages get the Content-Security-Policy, static files need none.
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # The project's templates are all under templates/<app>/; APP_DIRS finds the admin's
        # and the libraries' own.
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {"default": dj_database_url.config(default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
# Persistent connections: on PostgreSQL a connection is kept for CONN_MAX_AGE seconds (default
# 600) and checked before each request that reuses it (CONN_HEALTH_CHECKS, default on), so a
# page does not pay for a new connection; SQLite opens its file at no cost (default 0).
_postgresql = DATABASES["default"]["ENGINE"].endswith("postgresql")
DATABASES["default"]["CONN_MAX_AGE"] = env_int("CONN_MAX_AGE", 600 if _postgresql else 0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = env_flag("CONN_HEALTH_CHECKS", default=_postgresql)
if _postgresql:
    # No JIT compilation: PostgreSQL starts it on a query's estimated cost, and the site's
    # queries are short ones whose estimate can pass the threshold (the search's candidates of
    # documents, each with the documents' visibility rule) while compiling takes hundreds of
    # milliseconds to save none.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")

# The cache of the public pages (config/lib/pagecache.py). CACHE_URL names a shared cache:
# redis://host:6379/1 (Django's own RedisCache, with the redis package installed) or
# file:///var/cache/wgsessions (a folder every worker process of the machine shares).
# Without it, the pages are cached in each process's memory when DEBUG is on (runserver, the
# tests: one process), and in a folder of the system's temporary directory when it is off,
# which the worker processes of a server share, so that a change seen by one is seen by all.
CACHE_URL = os.environ.get("CACHE_URL", "").strip()
if CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
    }
elif CACHE_URL.startswith("file://") or (not CACHE_URL and not DEBUG):
    CACHES = {
        "default": {
            # diskcache: SQLite files and a folder, no slower with 100,000 pages stored than
            # with ten (Django's FileBasedCache lists its whole folder on every write).
            "BACKEND": "config.lib.cache_backend.DiskCache",
            "LOCATION": CACHE_URL.removeprefix("file://")
            or str(Path(tempfile.gettempdir()) / "wgsessions-cache"),
            # The least recently stored pages make room past 1 GiB.
            "OPTIONS": {"size_limit": 2**30},
        }
    }
elif CACHE_URL in ("", "locmem://"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
else:
    raise ImproperlyConfigured(
        f"CACHE_URL must start with redis://, rediss://, unix:// or file://, not {CACHE_URL!r}."
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The six official languages of the United Nations; English is the default.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("ar", _("Arabic")),
    ("zh-hans", _("Chinese")),
    ("en", _("English")),
    ("fr", _("French")),
    ("ru", _("Russian")),
    ("es", _("Spanish")),
]
LANGUAGES_BIDI = ["ar"]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["config.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Vienna"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
# A field without a value in the reader's language falls back to English, then to any language
# with text, wherever the field is read as `item.title` (the admin's lists and choices, __str__);
# the public pages, the search and the reports use config/lib/i18n.py, which tries the
# document's original language before the others and marks the fallback with its language.
# Exports and imports read and write each language's own column (`title_es`), never a fallback.
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("en", "ar", "zh-hans", "fr", "ru", "es")}
# The admin's translation tabs need jQuery UI's tabs widget: served from static/vendor, never a CDN.
JQUERY_UI_URL = "vendor/jquery-ui-1.14.2/jquery-ui.min.js"

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

LOGIN_URL = "admin:login"

# Sign-in throttling (django-axes): after AXES_FAILURE_LIMIT failed sign-ins for a user name,
# or from an address, further sign-ins of that user name and from that address are refused
# (the lockout page, HTTP 429, config.admin.lockout) until the cool-off time has passed or
# an administrator unlocks them (the admin's "Access attempts", `axes_reset_username NAME`,
# `axes_reset_ip ADDRESS`, `axes_reset`). Each lockout is logged at WARNING by the "axes" logger.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # either one locks
_cooloff_minutes = env_int("LOGIN_COOLOFF_MINUTES", 15)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=_cooloff_minutes) if _cooloff_minutes else None
AXES_RESET_ON_SUCCESS = True  # a successful sign-in forgets the user's earlier typing errors
AXES_LOCKOUT_CALLABLE = "config.admin.lockout"
# The log names the user name and the address (axes masks them by default): an operator needs
# them to tell an attack from an editor who forgot the password. Passwords are never logged.
AXES_SENSITIVE_PARAMETERS = []
# The client's address: REMOTE_ADDR, unless the app runs behind a reverse proxy that passes the
# client's address in a header it sets itself (see README, "Sign-in throttling").
AXES_IPWARE_META_PRECEDENCE_ORDER = env_list("AXES_IPWARE_META_PRECEDENCE_ORDER", "REMOTE_ADDR")
AXES_IPWARE_PROXY_COUNT = env_int("AXES_IPWARE_PROXY_COUNT", None)

IMPORT_EXPORT_SKIP_ADMIN_LOG = False
# Every import runs in a transaction: a file with a bad row writes nothing.
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_IMPORT_IGNORE_BLANK_LINES = True
# CSV exports (admin and reports): UTF-8 with a byte-order mark, which Excel needs to show Chinese and Arabic;
# imports read UTF-8 with or without it. Formula neutralisation: sessions/spreadsheet.py
# (the library's IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT only drops a leading "=").
CSV_ENCODING = os.environ.get("CSV_ENCODING", "utf-8-sig")
# The library's own check, for any admin that does not use config/lib/admin.py's mixin, which
# asks for both "add" and "change" to import (a file can add and change rows) and "view" to export.
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "change"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"

# How many rows a report reads from the database per round trip (its memory stays flat).
WGSESSIONS_REPORT_CHUNK_SIZE = 2000

# The read-only JSON API (/api/, publishing.api): published data only, to everyone (it reads
# no sign-in), in pages, throttled per client address (the rate: DRF's "number/period").
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.AnonRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": os.environ.get("API_ANON_RATE", "120/minute")},
    # The client is the connection's address; behind proxies, API_NUM_PROXIES of them.
    "NUM_PROXIES": env_int("API_NUM_PROXIES", 0),
    "DEFAULT_PAGINATION_CLASS": "publishing.pagination.Pagination",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "wgsessions API",
    "DESCRIPTION": (
        "The published sessions of the Conference of the States Parties to the United Nations "
        "Convention against Corruption and its subsidiary bodies, read-only. Every translated "
        "field carries the six official languages. Anonymous clients are throttled."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# Everything logged goes to standard error (gunicorn passes it on), at LOG_LEVEL: with DEBUG
# off too, every error of a request ("Internal Server Error: /en/...") with its traceback.
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO").upper()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "{asctime} {levelname} {name}: {message}", "style": "{"},
    },
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stderr",
            "formatter": "plain",
        },
    },
    "root": {"handlers": ["stderr"], "level": LOG_LEVEL},
    "loggers": {
        # Django's own default sends it to the console only with DEBUG on.
        "django": {"handlers": ["stderr"], "level": LOG_LEVEL, "propagate": False},
        # Sign-in lockouts (WARNING), through the root's handler; each failed or successful
        # sign-in is an INFO line, left out.
        "axes": {"level": "WARNING"},
        # WeasyPrint (the PDF files) logs each step of each file at INFO.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}
