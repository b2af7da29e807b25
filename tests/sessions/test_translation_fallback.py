"""The language a text is shown in when its translation is missing."""

import pytest

from agendas.models import AgendaItem
from sessions.models import Session
from sessions.translation_fallback import fallback_languages, text_and_language, text_in_language

pytestmark = pytest.mark.django_db


def test_order_is_the_language_then_english_then_the_original_then_the_others():
    assert fallback_languages("fr", "zh-hans") == ["fr", "en", "zh-hans", "ar", "ru", "es"]
    assert fallback_languages("en", "en") == ["en", "ar", "zh-hans", "fr", "ru", "es"]
    assert fallback_languages("zh-hans")[:2] == ["zh-hans", "en"]


@pytest.fixture
def chinese_session(body):
    return Session.objects.create(body=body, ordinal=7, original_language="zh-hans")


def item(session, **titles):
    return AgendaItem.objects.create(session=session, number=1, **titles)


def test_the_language_asked_for_when_it_has_the_text(chinese_session):
    agenda_item = item(chinese_session, title_en="Opening", title_fr="Ouverture")
    assert text_in_language(agenda_item, "title", "fr", "zh-hans") == "Ouverture"


def test_english_before_the_original_language(chinese_session):
    agenda_item = item(chinese_session, title_en="Opening", title_zh_hans="开幕")
    assert text_and_language([(agenda_item, "title")], "ru", "zh-hans") == ("Opening", "en")


def test_the_original_language_when_english_is_missing(chinese_session):
    agenda_item = item(chinese_session, title_en="", title_zh_hans="开幕", title_ar="افتتاح")
    assert text_and_language([(agenda_item, "title")], "fr", "zh-hans") == ("开幕", "zh-hans")


def test_sources_are_tried_together_in_each_language(chinese_session):
    agenda_item = item(chinese_session, title_en="Opening", title_zh_hans="开幕")
    # An entry without its own Chinese wording shows its item's Chinese title, not English.
    sources = [(None, "title"), (agenda_item, "title")]
    assert text_and_language(sources, "zh-hans", "en") == ("开幕", "zh-hans")


def test_nothing_in_any_language(chinese_session):
    agenda_item = item(chinese_session, title_en="")
    assert text_and_language([(agenda_item, "title")], "fr") == ("", None)
