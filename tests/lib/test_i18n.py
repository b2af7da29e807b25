"""The translation fallback: the reader's language, then English, then the original language,
then any language with text; fallback text is isolated with its own lang and dir, and its
language is named beside it."""

import pytest
from django.core.exceptions import ValidationError
from django.template import Context, Template
from django.utils import translation

from agendas.models import AgendaItem
from config.lib.i18n import (
    SPACES,
    LanguagesWithText,
    choice_label,
    codes_of_languages,
    fallback_languages,
    first_translation,
    languages_with_text,
    require_text,
    translated,
)
from documents.models import Document, Resolution
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


def test_the_readers_language_first_then_english_then_the_original_then_any():
    assert fallback_languages("ru", "fr") == ["ru", "en", "fr", "ar", "zh-hans", "es"]
    assert fallback_languages("en", "en") == ["en", "ar", "zh-hans", "fr", "ru", "es"]
    assert fallback_languages("zh-hans") == ["zh-hans", "en", "ar", "fr", "ru", "es"]


def test_value_in_the_readers_language_is_no_fallback(body_fr_zh):
    value = translated(body_fr_zh, "name", language="zh-hans")
    assert (value.text, value.lang, value.fallback) == ("工作组", "zh-hans", False)
    assert value.__html__() == "工作组"


def test_missing_language_falls_back_to_english_isolated_and_named(body_fr_zh):
    value = translated(body_fr_zh, "name", language="ru")
    assert (value.text, value.lang, value.fallback) == ("Working Group", "en", True)
    with translation.override("ru"):
        assert value.__html__() == (
            '<bdi lang="en" dir="ltr">Working Group</bdi>'
            '<span class="fallback-language"> (английский)</span>'
        )


def test_without_english_the_original_language_is_shown(body_fr_zh):
    body_fr_zh.name_en = "  "
    value = translated(body_fr_zh, "name", original_language="fr", language="ar")
    assert (value.text, value.lang) == ("Groupe de travail", "fr")


def test_without_english_nor_the_original_any_language_with_text(body_fr_zh):
    body_fr_zh.name_en = ""
    body_fr_zh.name_fr = ""
    value = translated(body_fr_zh, "name", original_language="fr", language="ar")
    assert (value.text, value.lang, value.fallback) == ("工作组", "zh-hans", True)


def test_any_language_goes_in_the_order_of_the_settings(body_fr_zh):
    body_fr_zh.name_en = ""
    body_fr_zh.name_es = "Grupo de trabajo"
    # Chinese comes before French and Spanish in LANGUAGES.
    assert translated(body_fr_zh, "name", language="ru").lang == "zh-hans"
    body_fr_zh.name_zh_hans = ""
    assert translated(body_fr_zh, "name", language="ru").lang == "fr"


def test_nothing_anywhere_gives_empty_text(body_fr_zh):
    for code in ("en", "fr", "zh_hans"):
        setattr(body_fr_zh, f"name_{code}", "")
    value = translated(body_fr_zh, "name", language="es")
    assert not value
    assert value.__html__() == ""


def test_fallback_text_is_escaped(body_fr_zh):
    body_fr_zh.name_en = "<b>WG</b>"
    with translation.override("en"):
        html = translated(body_fr_zh, "name", language="ru").__html__()
    assert html.startswith('<bdi lang="en" dir="ltr">&lt;b&gt;WG&lt;/b&gt;</bdi>')


def test_an_english_fallback_in_an_arabic_page_is_left_to_right(body_fr_zh):
    with translation.override("ar"):
        html = translated(body_fr_zh, "name").__html__()
    assert html == (
        '<bdi lang="en" dir="ltr">Working Group</bdi>'
        '<span class="fallback-language"> (الإنكليزية)</span>'
    )


def test_an_arabic_fallback_in_a_french_page_is_right_to_left(body_fr_zh):
    body_fr_zh.name_en = ""
    body_fr_zh.name_fr = ""
    body_fr_zh.name_zh_hans = ""
    body_fr_zh.name_ar = "الفريق العامل"
    with translation.override("fr"):
        value = translated(body_fr_zh, "name")
        assert value.__html__().startswith('<bdi lang="ar" dir="rtl">الفريق العامل</bdi>')
        assert value.block_label == "Texte en arabe"


def test_template_tag_uses_the_active_language(body_fr_zh):
    template = Template('{% load public_site %}{% tr body "name" %}|{% tr body "short_name" %}')
    with translation.override("fr"):
        assert template.render(Context({"body": body_fr_zh})) == (
            'Groupe de travail|<bdi lang="en" dir="ltr">WG</bdi>'
            '<span class="fallback-language"> (anglais)</span>'
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


def test_after_the_original_language_any_language_with_text(chinese_session):
    item = new_item(chinese_session, title_en="", title_fr="Ouverture")
    value = first_translation([(item, "title")], "ru", "zh-hans")
    assert (value.text, value.lang, value.fallback) == ("Ouverture", "fr", True)


def test_the_languages_a_field_has_text_in(chinese_session):
    item = new_item(chinese_session, title_en=" ", title_es="Apertura", title_ar="افتتاح")
    assert languages_with_text(item, "title") == ["ar", "es"]


def test_the_spaces_are_those_str_strip_takes_off():
    assert set(SPACES) == {chr(code) for code in range(0x110000) if chr(code).isspace()}


def test_the_database_finds_the_languages_with_text_as_python_does(chinese_session):
    item = new_item(chinese_session, title_en="Opening")
    # Spaces of several scripts and a line break are no text; one letter among them is.
    AgendaItem.objects.filter(pk=item.pk).update(
        title_en="\u3000\n\xa0 ",
        title_fr="\u2028 é\t",
        title_ar="",
        title_zh_hans="开幕",
        title_ru=None,
        title_es="\x1c\u202f",
    )
    item = AgendaItem.objects.annotate(found=LanguagesWithText("title")).get(pk=item.pk)
    assert languages_with_text(item, "title") == ["zh-hans", "fr"]
    assert codes_of_languages(item.found) == ("zh-hans", "fr")


def test_text_in_one_language_other_than_english_is_enough(chinese_session):
    item = AgendaItem(session=chinese_session, number=1, title_es="Apertura del período")
    assert require_text(item, "title") == {}


def test_text_in_no_language_is_refused_naming_the_field(chinese_session):
    item = AgendaItem(session=chinese_session, number=1, title_en="  ")
    errors = require_text(item, "title", "annotation")
    assert list(errors) == ["title_en", "annotation_en"]
    with translation.override("en"):
        message = ValidationError(errors).message_dict["title_en"][0]
    assert message == (
        "Enter the title in at least one language: it may be in any of the six, "
        "not necessarily English."
    )


@pytest.mark.parametrize("language", ["en", "fr", "zh-hans", "ar", "ru", "es"])
def test_a_choice_is_named_as_the_fields_display_names_it(language):
    with translation.override(language):
        for value in Document.Kind.values:
            document = Document(kind=value)
            assert document.kind_label == document.get_kind_display()
        for value in Resolution.Organ.values:
            resolution = Resolution(organ=value)
            assert resolution.organ_label == resolution.get_organ_display()
    with translation.override("fr"):
        assert Document(kind="note_by_secretariat").kind_label == "Note du Secrétariat"


def test_a_value_that_is_no_choice_is_shown_as_it_is():
    assert choice_label(Document.Kind, "minutes") == "minutes"
    assert Document(kind="minutes").kind_label == Document(kind="minutes").get_kind_display()
