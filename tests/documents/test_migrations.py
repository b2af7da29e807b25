"""The documents' migrations carry the data forward: resolutions entered before kinds and
organs existed are the Conference's resolutions, and every session's agenda symbol becomes a
document."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("documents", "0003_history")]


@pytest.fixture
def fresh_content_types():
    """Migrating back and forth makes content types anew: the cache must not outlive them."""
    ContentType.objects.clear_cache()
    yield
    ContentType.objects.clear_cache()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_existing_resolutions_and_agenda_symbols_are_carried_forward(fresh_content_types):
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes()
    # Every other app as it is now, the documents as they were.
    before = [node for node in latest if node[0] != "documents"] + BEFORE
    executor.migrate(before)
    old = MigrationExecutor(connection).loader.project_state(before).apps
    body = old.get_model("meetings", "Body").objects.create(
        name_en="Working Group",
        short_name_en="WG",
        kind="working_group",
        symbol_prefix="CAC/COSP/WG.2",
        slug="wg",
    )
    old.get_model("meetings", "Session").objects.create(
        body=body,
        ordinal=18,
        agenda_symbol="CAC/COSP/WG.2/2024/1",
        distribution_date=datetime.date(2024, 3, 22),
    )
    old.get_model("documents", "Resolution").objects.create(
        session_number=7, sequence=1, title_en="Mutual legal assistance"
    )

    executor = MigrationExecutor(connection)
    executor.migrate(latest)
    new = executor.loader.project_state(latest).apps
    resolution = new.get_model("documents", "Resolution").objects.get()
    assert (resolution.organ, resolution.kind) == ("conference", "resolution")
    document = new.get_model("documents", "Document").objects.get()
    assert (document.symbol, document.kind, document.session.ordinal, document.body_id) == (
        "CAC/COSP/WG.2/2024/1",
        "provisional_agenda",
        18,
        body.pk,
    )
    assert (document.title_en, document.title_fr) == (
        "Provisional agenda and annotations",
        "Ordre du jour provisoire annoté",
    )
    assert document.date == datetime.date(2024, 3, 22)
