"""The migrations of session parts and places carry a database of the previous schema forward:
rows made as the previous demo had them, migrated, then read with today's models."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from sessions.models import Session

BEFORE = [("meetings", "0005_body_order_conference_first"), ("agendas", "0003_history")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.fixture
def previous_schema(transactional_db, django_db_serialized_rollback):
    """The database migrated back to before the parts and places; forward again afterwards."""
    apps = migrate(BEFORE)
    yield apps
    migrate(latest())


def make_previous_demo(apps):
    """As the previous demo had them: the place on the venue only, and the Conference's
    sessions published without agenda items because resolutions cite them."""
    Body = apps.get_model("meetings", "Body")
    Venue = apps.get_model("meetings", "Venue")
    Session = apps.get_model("meetings", "Session")
    AgendaItem = apps.get_model("agendas", "AgendaItem")
    cosp = Body.objects.create(
        name="Conference", name_en="Conference", short_name="COSP", short_name_en="COSP",
        kind="conference", symbol_prefix="CAC/COSP", slug="cosp",
    )  # fmt: skip
    wg = Body.objects.create(
        name="Working Group", name_en="Working Group", short_name="WG", short_name_en="WG",
        kind="working_group", symbol_prefix="CAC/COSP/WG.2", slug="wg-asset-recovery",
        parent=cosp,
    )  # fmt: skip
    vienna = Venue.objects.create(
        name="Vienna International Centre", name_en="Vienna International Centre",
        city="Vienna", city_en="Vienna", city_zh_hans="维也纳", country="AT",
    )  # fmt: skip
    atlanta = Venue.objects.create(
        name="Georgia World Congress Center", name_en="Georgia World Congress Center",
        city="Atlanta", city_en="Atlanta", city_zh_hans="亚特兰大", country="US",
    )  # fmt: skip
    Session.objects.create(
        body=cosp, ordinal=10, status="published", venue=atlanta,
        start_date=datetime.date(2023, 12, 11), end_date=datetime.date(2023, 12, 15),
    )  # fmt: skip
    wg_18 = Session.objects.create(
        body=wg, ordinal=18, status="published", venue=vienna, room_en="Board Room B/M1",
        start_date=datetime.date(2024, 6, 12), end_date=datetime.date(2024, 6, 14),
    )  # fmt: skip
    Session.objects.create(body=wg, ordinal=19, status="draft")
    AgendaItem.objects.create(
        session=wg_18, number=1, label="1", position=1000, title="Opening", title_en="Opening"
    )


@pytest.mark.django_db(transaction=True)
def test_the_previous_demo_is_carried_forward(previous_schema):
    make_previous_demo(previous_schema)

    migrate(latest())

    sessions = {
        (session.body.slug, session.ordinal): session
        for session in Session.objects.select_related("body", "venue")
    }
    assert {session.part for session in sessions.values()} == {Session.Part.SESSION}
    wg_18 = sessions["wg-asset-recovery", 18]
    assert (wg_18.city_en, wg_18.city_zh_hans, wg_18.country) == ("Vienna", "维也纳", "AT")
    assert (wg_18.room_en, wg_18.venue.name_en) == (
        "Board Room B/M1",
        "Vienna International Centre",
    )
    assert (wg_18.is_published, wg_18.without_agenda) == (True, False)
    cosp_10 = sessions["cosp", 10]
    assert (cosp_10.city_en, cosp_10.country) == ("Atlanta", "US")
    assert (cosp_10.is_published, cosp_10.without_agenda) == (True, True)
    draft = sessions["wg-asset-recovery", 19]
    assert (draft.city_en or "", draft.country, draft.without_agenda) == ("", "", False)
    # Every published session still meets the rule of publication.
    for session in Session.objects.published():
        session.full_clean()
