"""Static files: compressed, with far-future cache headers (whitenoise)."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.templatetags.static import static
from django.test import Client, override_settings

MANIFEST = {
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
}


def test_settings_serve_compressed_static_files_with_whitenoise():
    assert "whitenoise.middleware.WhiteNoiseMiddleware" in settings.MIDDLEWARE
    assert settings.MIDDLEWARE.index("whitenoise.middleware.WhiteNoiseMiddleware") == 1


@pytest.mark.django_db
def test_hashed_stylesheet_is_served_compressed_and_cached_for_ever(tmp_path):
    with override_settings(STATIC_ROOT=tmp_path, STORAGES=MANIFEST, DEBUG=False):
        call_command("collectstatic", interactive=False, verbosity=0)

        url = static("css/site.css")
        assert url != "/static/css/site.css"  # a hashed name
        client = Client()
        response = client.get(url, headers={"accept-encoding": "gzip, br"})
        assert response.status_code == 200
        assert response.headers["Content-Encoding"] in {"gzip", "br"}
        assert "max-age=315360000" in response.headers["Cache-Control"]
        assert "immutable" in response.headers["Cache-Control"]
        page = client.get("/en/search/")
        assert url in page.content.decode()


@pytest.mark.parametrize("url", ["/en/", "/admin/login/"])
def test_every_page_names_the_sites_icon_so_browsers_ask_for_no_missing_favicon(client, db, url):
    page = client.get(url).content.decode()
    [href] = re.findall(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', page)
    path = finders.find(href.removeprefix(settings.STATIC_URL))
    assert path is not None
    assert Path(path).read_text(encoding="utf-8").startswith("<svg")
