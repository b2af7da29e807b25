"""A session and its resumed parts: each its own dates, agenda, page, reports and key."""

import datetime

import pytest
import tablib
from django.core.exceptions import ValidationError

from agendas.models import AgendaItem
from agendas.resources import AgendaItemResource
from config.transfer import export_all, import_all
from sessions.keys import parse_session_key, session_filters, session_key
from sessions.models import Body, Session
from sessions.resources import SessionResource
from tests.factories import AgendaItemFactory, BodyFactory, SessionFactory
from tests.report_files import csv_records

pytestmark = pytest.mark.django_db


@pytest.fixture
def irg(db):
    return BodyFactory(
        slug="irg-test",
        name_en="Implementation Review Group",
        short_name_en="IRG",
        kind=Body.Kind.REVIEW_GROUP,
        symbol_prefix="CAC/COSP/IRG.9",
    )


@pytest.fixture
def sixth(irg):
    """The sixth session (June) and its resumed part (November), each with its agenda."""
    titles = {
        "title_en": "sixth session of the Implementation Review Group",
        "title_fr": "sixième session du Groupe d'examen de l'application",
        "title_zh_hans": "实施情况审议组第六届会议",
        "title_ar": "الدورة السادسة لفريق استعراض التنفيذ",
    }
    session = SessionFactory(
        body=irg,
        ordinal=6,
        start_date=datetime.date(2015, 6, 1),
        end_date=datetime.date(2015, 6, 5),
        **titles,
    )
    resumed = SessionFactory(
        body=irg,
        ordinal=6,
        part=Session.Part.RESUMED,
        start_date=datetime.date(2015, 11, 2),
        end_date=datetime.date(2015, 11, 4),
        city_en="St. Petersburg",
        country="RU",
        **titles,
    )
    AgendaItemFactory(session=session, number=1, title_en="Review of implementation in June")
    AgendaItemFactory(session=resumed, number=1, title_en="Review of implementation resumed")
    AgendaItemFactory(session=resumed, number=2, title_en="Only in November")
    return session, resumed


def test_a_session_and_its_resumed_part_coexist_with_their_own_dates_and_agendas(sixth):
    session, resumed = sixth
    assert Session.objects.filter(body__slug="irg-test", ordinal=6).count() == 2
    assert (session.part, resumed.part) == (0, 1)
    assert list(session.agenda_items.values_list("label", flat=True)) == ["1"]
    assert list(resumed.agenda_items.values_list("label", flat=True)) == ["1", "2"]
    assert str(resumed) == "IRG 6 (resumed) (2015)"


def test_each_part_has_its_page(client, sixth):
    page = client.get("/en/sessions/irg-test/6/")
    assert page.status_code == 200
    assert "Review of implementation in June" in page.text
    assert "Only in November" not in page.text
    assert "<h1>Sixth session of the Implementation Review Group</h1>" in page.text

    resumed = client.get("/en/sessions/irg-test/6/resumed/")
    assert resumed.status_code == 200
    assert "<h1>Sixth session of the Implementation Review Group (resumed)</h1>" in resumed.text
    assert "Only in November" in resumed.text
    assert "Review of implementation in June" not in resumed.text
    assert sixth[1].get_absolute_url() == "/en/sessions/irg-test/6/resumed/"


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("fr", "Sixième session du Groupe d&#x27;examen de l&#x27;application (reprise)"),
        ("zh-hans", "实施情况审议组第六届会议（续会）"),
        ("ar", "الدورة السادسة لفريق استعراض التنفيذ (المستأنفة)"),
    ],
)
def test_the_designation_of_a_resumed_part_is_in_the_pages_language(client, sixth, lang, heading):
    page = client.get(f"/{lang}/sessions/irg-test/6/resumed/")
    assert f"<h1>{heading}</h1>" in page.text


def test_a_title_in_english_only_takes_its_part_in_english(client, sixth):
    resumed = sixth[1]
    resumed.part = Session.Part.SECOND_RESUMED
    resumed.title_fr = ""
    resumed.save()
    page = client.get("/fr/sessions/irg-test/6/second-resumed/")
    assert (
        '<h1><bdi lang="en" dir="ltr">Sixth session of the Implementation Review Group '
        '(second resumed)</bdi><span class="fallback-language"> (anglais)</span></h1>'
    ) in page.text


def test_a_part_that_does_not_exist_or_is_no_part_is_not_found(client, sixth):
    assert client.get("/en/sessions/irg-test/6/second-resumed/").status_code == 404
    assert client.get("/en/sessions/irg-test/6/adjourned/").status_code == 404
    assert client.get("/en/sessions/irg-test/6/adjourned/agenda.csv").status_code == 404


def test_each_part_has_its_agenda_report(client, sixth):
    response = client.get("/en/sessions/irg-test/6/resumed/agenda.csv")
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('filename="irg-test-6-resumed-agenda-en.csv"')
    records = csv_records(b"".join(response.streaming_content))
    assert [(r["Session"], r["Part"], r["Agenda item"], r["Title"]) for r in records] == [
        ("6", "resumed", "1", "Review of implementation resumed"),
        ("6", "resumed", "2", "Only in November"),
    ]
    response = client.get("/en/sessions/irg-test/6/agenda.csv")
    records = csv_records(b"".join(response.streaming_content))
    assert [(r["Part"], r["Title"]) for r in records] == [("", "Review of implementation in June")]


def test_the_page_links_the_reports_of_its_own_part(client, sixth):
    page = client.get("/en/sessions/irg-test/6/resumed/")
    assert 'href="/en/sessions/irg-test/6/resumed/agenda.csv"' in page.text


def test_each_part_has_its_key(sixth):
    session, resumed = sixth
    assert session_key(session) == "irg-test/6"
    assert session_key(resumed) == "irg-test/6/resumed"
    assert parse_session_key("irg-test/6/second-resumed") == ("irg-test", 6, 3)
    assert Session.objects.get(**session_filters("irg-test/6/resumed")) == resumed
    assert Session.objects.get(**session_filters("irg-test/6")) == session


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("irg-test/6/adjourned", "“adjourned” in “irg-test/6/adjourned” is not a part"),
        ("irg-test/six", "“irg-test/six” is not a session"),
        ("irg-test/6/resumed/2", "“irg-test/6/resumed/2” is not a session"),
    ],
)
def test_a_bad_session_key_says_what_is_wrong(key, message):
    with pytest.raises(ValueError, match=message):
        parse_session_key(key)


def test_the_items_of_each_part_export_with_its_key(sixth):
    exported = AgendaItemResource().export().dict
    assert [(row["session"], row["label"]) for row in exported] == [
        ("irg-test/6", "1"),
        ("irg-test/6/resumed", "1"),
        ("irg-test/6/resumed", "2"),
    ]
    sessions = SessionResource().export().dict
    assert [(row["ordinal"], row["part"]) for row in sessions] == [("6", "resumed"), ("6", "")]


def test_both_parts_go_through_export_and_import(sixth, tmp_path):
    export_all(tmp_path)
    Session.objects.filter(body__slug="irg-test").delete()
    assert not AgendaItem.objects.exists()

    import_all(tmp_path)

    session = Session.objects.get(**session_filters("irg-test/6"))
    resumed = Session.objects.get(**session_filters("irg-test/6/resumed"))
    assert (session.start_date, resumed.start_date) == (
        datetime.date(2015, 6, 1),
        datetime.date(2015, 11, 2),
    )
    assert (resumed.city_en, resumed.country, resumed.status) == (
        "St. Petersburg",
        "RU",
        "published",
    )
    assert [item.title_en for item in resumed.agenda_items.order_by("position")] == [
        "Review of implementation resumed",
        "Only in November",
    ]
    assert [item.title_en for item in session.agenda_items.all()] == [
        "Review of implementation in June"
    ]


def test_a_file_without_a_part_column_names_the_sessions_themselves(sixth):
    dataset = tablib.Dataset(headers=["body", "ordinal", "room_en"])
    dataset.append(["irg-test", 6, "Room M3"])

    result = SessionResource().import_data(dataset, dry_run=False)

    assert not result.has_errors()
    assert not result.has_validation_errors()
    assert Session.objects.get(body__slug="irg-test", ordinal=6, part=0).room_en == "Room M3"
    assert not Session.objects.get(body__slug="irg-test", ordinal=6, part=1).room_en


def test_an_unknown_part_in_a_file_is_refused(sixth):
    dataset = tablib.Dataset(headers=["body", "ordinal", "part", "room_en"])
    dataset.append(["irg-test", 6, "adjourned", "Room M3"])

    result = SessionResource().import_data(dataset, dry_run=False)

    [invalid] = result.invalid_rows
    assert invalid.error_dict["part"] == [
        "“adjourned” is not a part of a session: write one of resumed, first-resumed, "
        "second-resumed, third-resumed, fourth-resumed, continued-resumed, or nothing for "
        "the session itself."
    ]


def test_the_body_page_lists_the_session_after_its_resumed_part(client, sixth):
    page = client.get("/en/bodies/irg-test/").text
    assert page.index("/en/sessions/irg-test/6/resumed/") < page.index('/en/sessions/irg-test/6/"')


def test_the_admin_lists_and_filters_the_parts(editor_client, sixth):
    page = editor_client.get("/admin/meetings/session/", {"part__exact": "1"})
    assert page.status_code == 200
    assert [str(session) for session in page.context["cl"].result_list] == [
        "IRG 6 (resumed) (2015)"
    ]
    assert ">6 (resumed)</a>" in page.text
    assert "<small>Russia</small>" in page.text


def test_the_admin_edits_the_part_of_a_session(editor_client, sixth):
    resumed = sixth[1]
    page = editor_client.get(f"/admin/meetings/session/{resumed.pk}/change/")
    form = page.context["adminform"].form
    assert form["part"].value() == Session.Part.RESUMED
    assert [label for _value, label in form.fields["part"].choices][:3] == [
        "the session itself",
        "resumed",
        "first resumed",
    ]


def test_a_part_is_unique_for_its_session(sixth):
    twin = Session(body=sixth[0].body, ordinal=6, part=Session.Part.RESUMED)
    with pytest.raises(ValidationError) as refused:
        twin.full_clean()
    assert refused.value.messages == ["Session with this Body, Ordinal and Part already exists."]
