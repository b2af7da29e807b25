"""Resolutions and decisions of several organs: the Conference's resolution 7/1 and decision
7/1 and General Assembly resolution 58/4 are three texts, with their keys, pages and links."""

import csv
import datetime

import pytest
import tablib
from django.core.exceptions import ValidationError
from django.utils import translation

from agendas.models import AgendaItem
from config.transfer import export_all, import_all
from documents.keys import parse_resolution_key, resolution_key
from documents.models import Mandate, Resolution
from documents.resources import MandateResource, ResolutionResource
from sessions.models import Session
from tests.factories import AgendaItemFactory, SessionFactory

pytestmark = pytest.mark.django_db

KEYS = ["resolution 7/1", "decision 7/1", "A/RES/58/4"]


def import_resolutions(rows):
    dataset = tablib.Dataset(headers=["number", "title_en"])
    for row in rows:
        dataset.append(row)
    result = ResolutionResource().import_data(dataset, raise_errors=False)
    return result


@pytest.fixture
def three():
    """Resolution 7/1, decision 7/1 and General Assembly resolution 58/4, imported."""
    result = import_resolutions(
        [
            ("resolution 7/1", "Mutual legal assistance"),
            ("decision 7/1", "Venue of the eighth session"),
            ("A/RES/58/4", "United Nations Convention against Corruption"),
        ]
    )
    assert not result.has_errors()
    assert not result.has_validation_errors()
    return {key: Resolution.objects.get(**parse_resolution_key(key).lookup()) for key in KEYS}


def test_resolution_decision_and_general_assembly_resolution_coexist(three):
    assert Resolution.objects.count() == 3
    resolution, decision, general_assembly = (three[key] for key in KEYS)
    assert (resolution.organ, resolution.kind) == ("conference", "resolution")
    assert (decision.organ, decision.kind) == ("conference", "decision")
    assert (general_assembly.organ, general_assembly.kind) == ("general_assembly", "resolution")
    assert [r.label for r in (resolution, decision, general_assembly)] == [
        "resolution 7/1",
        "decision 7/1",
        "General Assembly resolution 58/4",
    ]
    assert [resolution_key(r) for r in three.values()] == KEYS


def test_only_the_general_assembly_resolution_has_a_symbol_and_an_official_link(three):
    assert three["A/RES/58/4"].symbol == "A/RES/58/4"
    with translation.override("fr"):
        assert three["A/RES/58/4"].official_url == "https://undocs.org/fr/A/RES/58/4"
    assert three["resolution 7/1"].symbol is None
    assert three["resolution 7/1"].official_url is None


def test_labels_in_the_six_languages(three):
    decision = three["decision 7/1"]
    general_assembly = three["A/RES/58/4"]
    expected = {
        "ar": ("المقرر 7/1", "قرار الجمعية العامة 58/4"),
        "zh-hans": ("第7/1号决定", "大会第58/4号决议"),
        "fr": ("décision 7/1", "résolution 58/4 de l'Assemblée générale"),
        "ru": ("решение 7/1", "резолюция 58/4 Генеральной Ассамблеи"),
        "es": ("decisión 7/1", "resolución 58/4 de la Asamblea General"),
    }
    for language, labels in expected.items():
        with translation.override(language):
            assert (decision.label, general_assembly.label) == labels


def test_importing_decision_7_1_leaves_resolution_7_1_alone(three):
    result = import_resolutions([("decision 7/1", "Venue of the eighth session, revised")])
    assert result.totals["update"] == 1
    three["resolution 7/1"].refresh_from_db()
    assert three["resolution 7/1"].title_en == "Mutual legal assistance"
    assert Resolution.objects.get(kind="decision").title_en.endswith("revised")


def test_the_old_key_7_1_still_names_the_conference_resolution(three):
    result = import_resolutions([("7/1", "Mutual legal assistance, renamed")])
    assert result.totals["update"] == 1
    assert Resolution.objects.count() == 3
    three["resolution 7/1"].refresh_from_db()
    assert three["resolution 7/1"].title_en == "Mutual legal assistance, renamed"
    three["decision 7/1"].refresh_from_db()
    assert three["decision 7/1"].title_en == "Venue of the eighth session"


def test_a_key_that_names_nothing_is_refused_with_its_reason(db):
    result = import_resolutions([("verdict 7/1", "x"), ("B/RES/1/1", "y")])
    messages = [row.error_dict["number"][0] for row in result.invalid_rows]
    assert len(messages) == 2
    assert messages[0].startswith("“verdict 7/1” names no resolution")
    assert Resolution.objects.count() == 0


def test_mandates_name_the_decision_by_its_key(three, body):
    dataset = tablib.Dataset(headers=["resolution", "body", "letter", "position", "text_en"])
    dataset.append(["decision 7/1", body.slug, "a", 0, "Hold the session in Vienna"])
    result = MandateResource().import_data(dataset, raise_errors=False)
    assert not result.has_validation_errors()
    assert Mandate.objects.get().resolution == three["decision 7/1"]


def test_only_the_conference_adopts_resolutions_at_its_sessions(three):
    session = SessionFactory(body__slug="cosp", ordinal=58)
    general_assembly = three["A/RES/58/4"]
    general_assembly.adopted_at = session
    with pytest.raises(ValidationError) as error:
        general_assembly.full_clean()
    assert "General Assembly" in error.value.message_dict["adopted_at"][0]


def test_each_has_its_own_page(client, three):
    pages = {
        "resolution 7/1": "/en/resolutions/7/1/",
        "decision 7/1": "/en/resolutions/decision/7/1/",
        "A/RES/58/4": "/en/resolutions/general-assembly/58/4/",
    }
    for key, url in pages.items():
        assert three[key].get_absolute_url() == url
        page = client.get(url).content.decode()
        assert three[key].title_en in page
    general_assembly = client.get(pages["A/RES/58/4"]).content.decode()
    assert "<h1>General Assembly resolution 58/4: " in general_assembly
    assert 'href="https://undocs.org/en/A/RES/58/4"' in general_assembly
    decision = client.get(pages["decision 7/1"]).content.decode()
    assert "<h1>Decision 7/1: Venue of the eighth session</h1>" in decision
    assert "Conference of the States Parties" in decision
    assert client.get("/en/resolutions/general-assembly/7/1/").status_code == 404
    assert client.get("/en/resolutions/conference/7/1/").status_code == 404


def test_the_list_shows_each_organ_and_kind(client, three):
    page = client.get("/en/resolutions/").content.decode()
    conference = page.index("<h2", page.index("Conference of the States Parties") - 40)
    assembly = page.index("General Assembly</h2>")
    assert conference < page.index("Resolution 7/1") < page.index("Decision 7/1") < assembly
    assert page.index("General Assembly resolution 58/4") > assembly


def test_search_finds_a_key_or_every_text_of_a_number(client, three):
    def found(query):
        groups = client.get("/en/search/", {"q": query}).context["groups"]
        return {r.label for r in groups["resolutions"]["results"]}

    assert found("decision 7/1") == {"decision 7/1"}
    assert found("A/RES/58/4") == {"General Assembly resolution 58/4"}
    assert found("7/1") == {"resolution 7/1", "decision 7/1"}


def annotated_session(three, annotation):
    session = SessionFactory(
        venue=None, status=Session.Status.PUBLISHED, start_date=datetime.date(2025, 6, 2)
    )
    AgendaItemFactory(
        session=session, number=1, annotation_en=annotation, resolutions=three.values()
    )
    return session


def test_an_annotation_links_each_citation_to_the_right_text(client, three):
    session = annotated_session(
        three,
        "Pursuant to decision 7/1 and to resolution 7/1 of the Conference, and to "
        "General Assembly resolution 58/4, see also A/RES/58/4.",
    )
    page = client.get(session.get_absolute_url()).content.decode()
    assert 'decision <a href="/en/resolutions/decision/7/1/">7/1</a>' in page
    assert 'resolution <a href="/en/resolutions/7/1/">7/1</a> of the Conference' in page
    assert 'resolution <a href="/en/resolutions/general-assembly/58/4/">58/4</a>' in page
    assert '<a href="/en/resolutions/general-assembly/58/4/">A/RES/58/4</a>' in page


def test_chinese_and_french_citations_say_which_text_too(client, three):
    session = annotated_session(three, "x")
    item = AgendaItem.objects.get(session=session)
    item.annotation_zh_hans = "根据缔约国会议第7/1号决定和第 7/1 号决议以及大会第58/4号决议。"
    item.annotation_fr = (
        "Conformément à la décision 7/1 et à la résolution 58/4 de l'Assemblée générale."
    )
    item.save()
    path = session.get_absolute_url().removeprefix("/en")
    page = client.get(f"/zh-hans{path}").content.decode()
    assert '第<a href="/zh-hans/resolutions/decision/7/1/">7/1</a>号决定' in page
    assert '第 <a href="/zh-hans/resolutions/7/1/">7/1</a> 号决议' in page
    assert '大会第<a href="/zh-hans/resolutions/general-assembly/58/4/">58/4</a>' in page
    page = client.get(f"/fr{path}").content.decode()
    assert 'décision <a href="/fr/resolutions/decision/7/1/">7/1</a>' in page
    assert '<a href="/fr/resolutions/general-assembly/58/4/">58/4</a> de l' in page


def test_keys_survive_export_all_and_import_all(tmp_path, three, session):
    AgendaItemFactory(session=session, number=1, resolutions=three.values())
    session.resolutions.set([three["decision 7/1"]])
    Session.objects.filter(pk=session.pk).update(status=Session.Status.DRAFT)  # no venue
    for name, rows in export_all(tmp_path).items():
        if not rows:
            (tmp_path / name).unlink()  # import_all reads no file of headers alone
    with open(tmp_path / "resolutions.csv", encoding="utf-8-sig") as file:
        assert [row["number"] for row in csv.DictReader(file)] == KEYS
    with open(tmp_path / "agenda_items.csv", encoding="utf-8-sig") as file:
        (row,) = csv.DictReader(file)
    assert row["resolutions"] == ", ".join(KEYS)

    AgendaItem.objects.all().delete()
    Session.objects.all().delete()
    Resolution.objects.all().delete()
    import_all(tmp_path)

    item = AgendaItem.objects.get(session__ordinal=session.ordinal, number=1)
    cited = {resolution_key(r) for r in item.resolutions.all()}
    assert cited == set(KEYS)
    assert [resolution_key(r) for r in item.session.resolutions.all()] == ["decision 7/1"]


def count_queries(client, url, django_assert_max_num_queries):
    with django_assert_max_num_queries(10) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_resolution_pages_take_the_same_queries_at_two_sizes(
    client, three, django_assert_max_num_queries
):
    small = count_queries(client, "/en/resolutions/", django_assert_max_num_queries)
    small_page = count_queries(
        client, three["A/RES/58/4"].get_absolute_url(), django_assert_max_num_queries
    )
    for organ in Resolution.Organ.values:
        for kind in Resolution.Kind.values:
            for sequence in range(1, 6):
                Resolution.objects.get_or_create(
                    organ=organ, kind=kind, session_number=20, sequence=sequence, title_en="R"
                )
    assert count_queries(client, "/en/resolutions/", django_assert_max_num_queries) == small
    assert (
        count_queries(client, three["A/RES/58/4"].get_absolute_url(), django_assert_max_num_queries)
        == small_page
    )
