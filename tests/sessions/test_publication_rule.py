"""What a session needs to be published: dates, a city and a country (a venue is optional),
and its agenda, unless it is a session published without an agenda; the model, the admin
and the import apply the one rule (Session.missing_for_publication)."""

import datetime

import pytest
import tablib
from django.core.exceptions import ValidationError

from agendas.models import AgendaItem
from sessions.models import Session
from sessions.resources import SessionResource
from sessions.services import publish_session
from tests.admin_forms import add_inline_row, errors_of, form_data
from tests.factories import AgendaItemFactory, SessionFactory, VenueFactory

pytestmark = pytest.mark.django_db


def session_change(session):
    return f"/admin/meetings/session/{session.pk}/change/"


@pytest.fixture
def st_petersburg(body):
    """A draft known only by its city and country, with an agenda item."""
    session = SessionFactory(
        body=body,
        ordinal=3,
        status=Session.Status.DRAFT,
        start_date=datetime.date(2026, 11, 2),
        end_date=datetime.date(2026, 11, 6),
        city_en="St. Petersburg",
        city_zh_hans="圣彼得堡",
        country="RU",
    )
    AgendaItemFactory(session=session, number=1, title_en="Opening of the session")
    return session


# --- Places --------------------------------------------------------------------------------


def test_a_session_with_only_a_city_and_a_country_publishes(st_petersburg):
    publish_session(session=st_petersburg)
    st_petersburg.refresh_from_db()
    assert st_petersburg.is_published
    assert st_petersburg.venue is None


@pytest.mark.parametrize(
    ("lang", "city", "country"),
    [
        ("en", "St. Petersburg", "Russia"),
        ("zh-hans", "圣彼得堡", "俄罗斯"),
        ("ar", "St. Petersburg", "روسيا"),
    ],
)
def test_the_page_names_the_country_in_its_language(client, st_petersburg, lang, city, country):
    publish_session(session=st_petersburg)
    page = client.get(f"/{lang}/sessions/{st_petersburg.body.slug}/3/")
    assert page.status_code == 200
    assert f"<dd>{country}</dd>" in page.text
    assert city in page.text


def test_the_session_list_shows_the_city_and_the_country(client, st_petersburg):
    publish_session(session=st_petersburg)
    page = client.get("/en/sessions/")
    assert "2–6 November 2026</span>, St. Petersburg, Russia</li>" in page.text


def test_a_session_at_a_venue_takes_its_city_and_country(body):
    venue = VenueFactory(name_en="Vienna International Centre", city_en="Vienna", country="AT")
    venue.city_zh_hans = "维也纳"
    venue.save()
    session = Session(body=body, ordinal=9, venue=venue)
    session.full_clean()
    session.save()
    assert (session.city_en, session.city_zh_hans, session.country) == ("Vienna", "维也纳", "AT")


def test_a_country_code_that_is_none_is_refused(st_petersburg):
    st_petersburg.country = "XY"
    with pytest.raises(ValidationError) as refused:
        st_petersburg.full_clean()
    assert refused.value.message_dict["country"] == [
        "“XY” is not a country: enter its two-letter ISO 3166 code, e.g. AT."
    ]


def test_a_session_without_a_place_is_not_published(body):
    session = SessionFactory(
        body=body, ordinal=4, status=Session.Status.DRAFT, city_en="", country=""
    )
    AgendaItemFactory(session=session, number=1)
    with pytest.raises(ValidationError) as refused:
        publish_session(session=session)
    assert refused.value.messages == [
        f"{session} cannot be published: it still needs a city, a country."
    ]


# --- The agenda ----------------------------------------------------------------------------


def test_the_model_refuses_a_published_session_without_agenda_items(body):
    session = Session(
        body=body,
        ordinal=5,
        status=Session.Status.PUBLISHED,
        start_date=datetime.date(2026, 5, 4),
        end_date=datetime.date(2026, 5, 5),
        city_en="Vienna",
        country="AT",
    )
    with pytest.raises(ValidationError) as refused:
        session.full_clean()
    assert refused.value.message_dict["status"] == [
        f"{session} cannot be published: it still needs at least one agenda item."
    ]


def test_the_model_accepts_a_session_published_without_an_agenda(body):
    session = Session(
        body=body,
        ordinal=5,
        status=Session.Status.PUBLISHED,
        without_agenda=True,
        start_date=datetime.date(2026, 5, 4),
        end_date=datetime.date(2026, 5, 5),
        city_en="Vienna",
        country="AT",
    )
    session.full_clean()


def test_the_admin_refuses_to_publish_a_session_without_agenda_items(editor_client, body):
    draft = SessionFactory(body=body, ordinal=5, status=Session.Status.DRAFT)
    data = form_data(editor_client.get(session_change(draft)))
    data["status"] = "published"
    response = editor_client.post(session_change(draft), data)
    assert response.status_code == 200
    assert errors_of(response) == [
        f"{draft} cannot be published: it still needs at least one agenda item."
    ]
    draft.refresh_from_db()
    assert draft.status == Session.Status.DRAFT


def test_the_admin_publishes_a_session_without_an_agenda_when_it_says_so(editor_client, body):
    draft = SessionFactory(body=body, ordinal=5, status=Session.Status.DRAFT)
    data = form_data(editor_client.get(session_change(draft)))
    data.update(status="published", without_agenda="on")
    response = editor_client.post(session_change(draft), data)
    assert response.status_code == 302, errors_of(response)
    draft.refresh_from_db()
    assert (draft.status, draft.without_agenda) == (Session.Status.PUBLISHED, True)


def test_the_admin_publishes_a_new_session_with_the_items_on_its_page(editor_client, body):
    data = form_data(editor_client.get("/admin/meetings/session/add/"))
    data.update(
        body=str(body.pk),
        ordinal="7",
        status="published",
        start_date="2026-05-04",
        end_date="2026-05-05",
        city_en="Nairobi",
        country="KE",
    )
    add_inline_row(data, "agenda_items", item_label="1", title_en="Opening of the session")
    response = editor_client.post("/admin/meetings/session/add/", data)
    assert response.status_code == 302, errors_of(response)
    session = Session.objects.get(body=body, ordinal=7)
    assert session.is_published
    assert session.agenda_items.count() == 1


def sessions_file(*rows):
    dataset = tablib.Dataset(
        headers=[
            "body", "ordinal", "status", "without_agenda", "start_date", "end_date",
            "city_en", "country",
        ]
    )  # fmt: skip
    for row in rows:
        dataset.append(row)
    return dataset


def test_the_import_refuses_to_publish_a_session_without_agenda_items(body):
    dataset = sessions_file(
        [body.slug, 5, "published", "0", "2026-05-04", "2026-05-05", "Vienna", "AT"]
    )

    result = SessionResource().import_data(dataset, dry_run=False)

    [invalid] = result.invalid_rows
    assert invalid.error_dict["status"] == [
        "Testing WG 5 (2026) cannot be published: it still needs at least one agenda item."
    ]
    assert not Session.objects.filter(body=body, ordinal=5).exists()


def test_the_import_publishes_a_session_whose_items_are_already_there(st_petersburg):
    dataset = sessions_file(
        [
            st_petersburg.body.slug,
            3,
            "published",
            "0",
            "2026-11-02",
            "2026-11-06",
            "St. Petersburg",
            "RU",
        ]
    )

    result = SessionResource().import_data(dataset, dry_run=False)

    assert not result.has_validation_errors()
    st_petersburg.refresh_from_db()
    assert st_petersburg.is_published


def test_the_import_publishes_a_session_without_an_agenda_when_the_file_says_so(body):
    dataset = sessions_file(
        [body.slug, 5, "published", "1", "2026-05-04", "2026-05-05", "Vienna", "AT"]
    )

    result = SessionResource().import_data(dataset, dry_run=False)

    assert not result.has_validation_errors()
    session = Session.objects.get(body=body, ordinal=5)
    assert (session.is_published, session.without_agenda) == (True, True)


def test_the_demo_states_which_sessions_are_published_without_an_agenda(demo):
    without = Session.objects.filter(without_agenda=True)
    assert sorted(without.values_list("body__slug", "ordinal")) == [
        ("cosp", 1), ("cosp", 2), ("cosp", 7), ("cosp", 9), ("cosp", 10),
    ]  # fmt: skip
    assert not AgendaItem.objects.filter(session__in=without).exists()
    for session in Session.objects.published():
        assert session.missing_for_publication(agenda_item_count=session.agenda_items.count()) == []
