"""The translation fallback: the reader's language, then English, then the original language;
fallback text carries its own lang attribute."""

import pytest
from django.template import Context, Template
from django.utils import translation

from agendas.models import AgendaItem
from config.lib.i18n import fallback_languages, first_translation, translated
from sessions.models import Body, Session

pytestmark = pytest.mark.django_db


@pytest.fixture
def body_fr_zh(db):
    return Body.objects.create(
        name_en="Working Group",
        name_fr="Groupe de travail",
        name_zh_hans="工作组",
        short_name_en="WG",
        kind=Body.Kind.WORKING_GROUP,
        symbol_prefix="CAC/COSP/WG.7",
        slug="wg-7",
    )


def test_the_readers_language_first_then_english_then_the_original():
    assert fallback_languages("ru", "fr") == ["ru", "en", "fr"]
    assert fallback_languages("en", "en") == ["en"]
    assert fallback_languages("zh-hans") == ["zh-hans", "en"]


def test_value_in_the_readers_language_is_no_fallback(body_fr_zh):
    value = translated(body_fr_zh, "name", language="zh-hans")
    assert (value.text, value.lang, value.fallback) == ("工作组", "zh-hans", False)
    assert value.__html__() == "工作组"


def test_missing_language_falls_back_to_english_in_its_own_span(body_fr_zh):
    value = translated(body_fr_zh, "name", language="ru")
    assert (value.text, value.lang, value.fallback) == ("Working Group", "en", True)
    assert value.__html__() == '<span lang="en">Working Group</span>'


def test_without_english_the_original_language_is_shown(body_fr_zh):
    body_fr_zh.name_en = "  "
    value = translated(body_fr_zh, "name", original_language="fr", language="ar")
    assert value.__html__() == '<span lang="fr">Groupe de travail</span>'


def test_nothing_anywhere_gives_empty_text(body_fr_zh):
    value = translated(body_fr_zh, "name", language="es")
    body_fr_zh.name_en = ""
    value = translated(body_fr_zh, "name", language="es")
    assert not value
    assert value.__html__() == ""


def test_fallback_text_is_escaped(body_fr_zh):
    body_fr_zh.name_en = "<b>WG</b>"
    assert translated(body_fr_zh, "name", language="ru").__html__() == (
        '<span lang="en">&lt;b&gt;WG&lt;/b&gt;</span>'
    )


def test_template_tag_uses_the_active_language(body_fr_zh):
    template = Template('{% load public_site %}{% tr body "name" %}|{% tr body "short_name" %}')
    with translation.override("fr"):
        assert template.render(Context({"body": body_fr_zh})) == (
            'Groupe de travail|<span lang="en">WG</span>'
        )
    with translation.override("en"):
        assert template.render(Context({"body": body_fr_zh})) == "Working Group|WG"


def test_template_tag_as_variable_gives_text_and_language(body_fr_zh):
    template = Template(
        '{% load public_site %}{% tr body "name" as name %}{{ name.lang }}:{{ name.text }}'
    )
    with translation.override("ru"):
        assert template.render(Context({"body": body_fr_zh})) == "en:Working Group"


@pytest.fixture
def chinese_session(body):
    return Session.objects.create(body=body, ordinal=7, original_language="zh-hans")


def new_item(session, **titles):
    return AgendaItem.objects.create(session=session, number=1, **titles)


def test_english_before_the_original_language(chinese_session):
    item = new_item(chinese_session, title_en="Opening", title_zh_hans="开幕")
    value = first_translation([(item, "title")], "ru", "zh-hans")
    assert (value.text, value.lang, value.fallback) == ("Opening", "en", True)


def test_the_original_language_when_english_is_missing(chinese_session):
    item = new_item(chinese_session, title_en="", title_zh_hans="开幕", title_ar="افتتاح")
    value = first_translation([(item, "title")], "fr", "zh-hans")
    assert (value.text, value.lang) == ("开幕", "zh-hans")


def test_sources_are_tried_together_in_each_language(chinese_session):
    item = new_item(chinese_session, title_en="Opening", title_zh_hans="开幕")
    # A programme entry without its own Chinese wording shows its item's Chinese title.
    value = first_translation([(None, "title"), (item, "title")], "zh-hans", "en")
    assert (value.text, value.lang, value.fallback) == ("开幕", "zh-hans", False)


def test_nothing_in_the_fallback_languages(chinese_session):
    item = new_item(chinese_session, title_en="", title_fr="Ouverture")
    value = first_translation([(item, "title")], "ru", "zh-hans")
    assert not value
    assert value.__html__() == ""
