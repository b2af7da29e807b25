"""AnyOf: the rows ``__in`` finds, with thousands of keys sent as one array on PostgreSQL."""

import pytest

from agendas.models import AgendaItem
from config.lib.lookups import AnyOf
from sessions.models import Body
from tests.factories import AgendaItemFactory

pytestmark = pytest.mark.django_db


def test_it_finds_what_in_finds_for_thousands_of_keys_and_for_none(session):
    items = [AgendaItemFactory(session=session, number=n) for n in range(1, 6)]
    wanted = [items[0].pk, items[3].pk, *range(10**6, 10**6 + 5000)]
    found = AgendaItem.objects.filter(AnyOf("pk", wanted)).values_list("pk", flat=True)
    assert sorted(found) == sorted([items[0].pk, items[3].pk])
    assert not AgendaItem.objects.filter(AnyOf("pk", []))
    assert AgendaItem.objects.filter(AnyOf("session_id", [None, session.pk])).count() == 5


def test_it_takes_keys_of_other_types_and_paths_through_relations(session):
    AgendaItemFactory(session=session, number=1, title_en="Opening")
    AgendaItemFactory(session=session, number=2, title_en="Adoption of the agenda")
    titles = ["Adoption of the agenda", "Closing"]
    found = AgendaItem.objects.filter(AnyOf("title_en", titles)).values_list("number", flat=True)
    assert list(found) == [2]
    slug = session.body.slug
    assert AgendaItem.objects.filter(AnyOf("session__body__slug", [slug])).count() == 2
    # A longer text is another value, not the column's value cut to its length.
    full = "w" * Body._meta.get_field("slug").max_length
    Body.objects.filter(pk=session.body_id).update(slug=full)
    assert not AgendaItem.objects.filter(AnyOf("session__body__slug", [full + "-more"]))
    assert AgendaItem.objects.filter(AnyOf("session__body__slug", [full])).count() == 2


def test_it_refuses_a_queryset():
    with pytest.raises(TypeError):
        AnyOf("session_id", AgendaItem.objects.values_list("session_id", flat=True))
