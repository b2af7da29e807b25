"""URLs reversed once per worker (``config.lib.urls.reverse_once``): the same URL as
``reverse`` in every language, under whatever prefix the site is served at."""

import pytest
from django.test import override_settings
from django.urls import NoReverseMatch, clear_script_prefix, reverse, set_script_prefix
from django.utils import translation

from config.lib.urls import reverse_once

LANGUAGES = ["ar", "zh-hans", "en", "fr", "ru", "es"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_url_is_the_one_reverse_gives_in_each_language(language):
    kwargs = {"body": "wg-asset-recovery", "ordinal": 18}
    with translation.override(language):
        expected = reverse("meetings:session-detail", kwargs=kwargs)
        assert reverse_once("meetings:session-detail", **kwargs) == expected
        # Asked again: the same, from memory.
        assert reverse_once("meetings:session-detail", **kwargs) == expected
    assert expected.startswith(f"/{language}/")


def test_each_language_gets_its_own_url_of_the_same_page():
    urls = set()
    for language in LANGUAGES:
        with translation.override(language):
            urls.add(reverse_once("documents:document-detail", symbol="CAC/COSP/2023/14"))
    assert len(urls) == len(LANGUAGES)


def test_a_site_served_under_a_prefix_gets_its_urls_under_it():
    with translation.override("en"):
        plain = reverse_once("meetings:body-detail", slug="irg")
        set_script_prefix("/wgsessions/")
        try:
            assert reverse_once("meetings:body-detail", slug="irg") == "/wgsessions" + plain
        finally:
            clear_script_prefix()
        assert reverse_once("meetings:body-detail", slug="irg") == plain


def test_another_url_configuration_is_not_answered_from_memory():
    with translation.override("en"):
        reverse_once("meetings:body-detail", slug="irg")
        with (
            override_settings(ROOT_URLCONF="tests.lib.no_urls"),
            pytest.raises(NoReverseMatch),
        ):
            reverse_once("meetings:body-detail", slug="irg")
        assert reverse_once("meetings:body-detail", slug="irg") == "/en/bodies/irg/"


def test_a_value_that_cannot_be_remembered_is_reversed_each_time():
    with translation.override("en"), pytest.raises(NoReverseMatch):
        # A list is no key: reversed as reverse() would, which finds no such URL.
        reverse_once("meetings:body-detail", slug=["irg"])


def test_true_and_one_are_not_the_same_value():
    with translation.override("en"):
        assert reverse_once("meetings:session-detail", body="irg", ordinal=1) == (
            "/en/sessions/irg/1/"
        )
        with pytest.raises(NoReverseMatch):
            reverse_once("meetings:session-detail", body="irg", ordinal=True)
