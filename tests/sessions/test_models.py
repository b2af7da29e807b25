import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from agendas.models import AgendaItem
from sessions.models import ProgrammeEntry, ProgrammeSlot, Session

pytestmark = pytest.mark.django_db


def test_database_rejects_end_date_before_start_date(body):
    with pytest.raises(IntegrityError), transaction.atomic():
        Session.objects.create(
            body=body,
            ordinal=3,
            start_date=datetime.date(2025, 6, 4),
            end_date=datetime.date(2025, 6, 2),
        )
    assert not Session.objects.filter(ordinal=3).exists()


def test_clean_explains_end_date_before_start_date(body):
    session = Session(
        body=body,
        ordinal=3,
        start_date=datetime.date(2025, 6, 4),
        end_date=datetime.date(2025, 6, 2),
    )
    with pytest.raises(ValidationError) as error:
        session.full_clean()
    assert "The end date cannot be before the start date." in error.value.message_dict["end_date"]


def test_database_rejects_second_session_with_same_ordinal(session):
    with pytest.raises(IntegrityError), transaction.atomic():
        Session.objects.create(body=session.body, ordinal=session.ordinal)
    assert Session.objects.filter(body=session.body).count() == 1


def test_database_rejects_duplicate_agenda_symbol(session, other_body):
    session.agenda_symbol = "CAC/COSP/WG.9/2025/1"
    session.save()
    with pytest.raises(IntegrityError), transaction.atomic():
        Session.objects.create(body=other_body, ordinal=1, agenda_symbol="CAC/COSP/WG.9/2025/1")


def test_sessions_without_agenda_symbol_do_not_clash(session, other_body):
    Session.objects.create(body=other_body, ordinal=1, agenda_symbol="")
    Session.objects.create(body=other_body, ordinal=2, agenda_symbol=None)
    assert Session.objects.filter(agenda_symbol__isnull=True).count() == 3


def test_published_queryset_hides_drafts(session, body):
    draft = Session.objects.create(body=body, ordinal=2)
    assert list(Session.objects.published()) == [session]
    assert draft not in Session.objects.published()


def test_programme_slot_must_lie_within_session_dates(session):
    slot = ProgrammeSlot(
        session=session,
        date=datetime.date(2025, 6, 9),
        start_time=datetime.time(10),
        end_time=datetime.time(13),
    )
    with pytest.raises(ValidationError) as error:
        slot.full_clean()
    assert "within the session's dates" in error.value.message_dict["date"][0]


def test_database_rejects_slot_ending_before_it_starts(session):
    with pytest.raises(IntegrityError), transaction.atomic():
        ProgrammeSlot.objects.create(
            session=session,
            date=session.start_date,
            start_time=datetime.time(15),
            end_time=datetime.time(13),
        )


def test_programme_entry_item_must_belong_to_slot_session(session, other_body):
    other = Session.objects.create(
        body=other_body, ordinal=1, start_date=session.start_date, end_date=session.end_date
    )
    foreign_item = AgendaItem.objects.create(session=other, number=1, title_en="Opening")
    slot = ProgrammeSlot.objects.create(
        session=session,
        date=session.start_date,
        start_time=datetime.time(10),
        end_time=datetime.time(13),
    )
    entry = ProgrammeEntry(slot=slot, agenda_item=foreign_item)
    with pytest.raises(ValidationError) as error:
        entry.full_clean()
    assert "must belong to the slot's session" in error.value.message_dict["agenda_item"][0]


def test_session_url_and_str(session):
    assert session.get_absolute_url() == "/en/sessions/wg-testing/1/"
    assert str(session) == "Testing WG 1 (2025)"
