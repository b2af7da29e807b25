"""The iCalendar calendars: one per session, per body and for everything."""

import datetime
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from icalendar import Calendar

from sessions.models import ProgrammeSlot, Session
from tests.factories import (
    AgendaItemFactory,
    ProgrammeEntryFactory,
    ProgrammeSlotFactory,
    SessionFactory,
    VenueFactory,
)

VIENNA = zoneinfo.ZoneInfo("Europe/Vienna")


def calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events(cal):
    return list(cal.walk("VEVENT"))


def test_a_session_calendar_has_an_event_per_programme_slot(client, demo):
    cal = calendar(client, "/en/sessions/wg-asset-recovery/18/calendar.ics")
    starts = [event.decoded("dtstart") for event in events(cal)]
    assert starts == [
        datetime.datetime(2024, 6, day, hour, tzinfo=VIENNA)
        for day in (12, 13, 14)
        for hour in (10, 15)
    ]


def test_times_are_in_the_sessions_time_zone(client, demo):
    first = events(calendar(client, "/en/sessions/wg-asset-recovery/18/calendar.ics"))[0]
    assert first["dtstart"].params["TZID"] == "Europe/Vienna"
    assert first.decoded("dtstart").astimezone(datetime.UTC) == datetime.datetime(
        2024, 6, 12, 8, 0, tzinfo=datetime.UTC
    )
    assert first.decoded("dtend").astimezone(datetime.UTC) == datetime.datetime(
        2024, 6, 12, 11, 0, tzinfo=datetime.UTC
    )
    cal = calendar(client, "/en/sessions/wg-asset-recovery/18/calendar.ics")
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Vienna"]


def test_a_slot_at_a_venue_abroad_is_in_the_venues_time_zone(client, db):
    venue = VenueFactory(city="Atlanta", country="US", time_zone="America/New_York")
    session = SessionFactory(
        venue=venue,
        start_date=datetime.date(2025, 12, 8),
        end_date=datetime.date(2025, 12, 12),
        status=Session.Status.PUBLISHED,
    )
    AgendaItemFactory(session=session)
    ProgrammeSlotFactory(
        session=session,
        date=datetime.date(2025, 12, 8),
        start_time=datetime.time(10),
        end_time=datetime.time(13),
    )
    cal = calendar(client, session.get_absolute_url() + "calendar.ics")
    (event,) = events(cal)
    assert event["dtstart"].params["TZID"] == "America/New_York"
    assert event.decoded("dtstart").astimezone(datetime.UTC) == datetime.datetime(
        2025, 12, 8, 15, 0, tzinfo=datetime.UTC
    )
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["America/New_York"]


def test_a_venue_refuses_a_time_zone_that_does_not_exist(db):
    venue = VenueFactory.build(time_zone="Europe/Vienne")
    with pytest.raises(ValidationError) as refusal:
        venue.full_clean()
    assert refusal.value.message_dict["time_zone"] == [
        "“Europe/Vienne” is not a time zone: enter its IANA name, e.g. Europe/Vienna."
    ]


def test_an_event_names_its_items_the_room_and_the_venue(client, demo):
    first = events(calendar(client, "/en/sessions/wg-asset-recovery/18/calendar.ics"))[0]
    assert str(first["summary"]).startswith(
        "Asset Recovery Working Group 18: 1(a). Opening of the meeting"
    )
    assert "1(b). Adoption of the agenda and organization of work" in str(first["description"])
    assert (
        str(first["location"]) == "Board Room B/M1, M Building, Vienna International Centre, Vienna"
    )
    assert str(first["url"]) == "http://testserver/en/sessions/wg-asset-recovery/18/"


def test_the_titles_are_in_chinese_on_the_chinese_calendar(client, demo):
    first = events(calendar(client, "/zh-hans/sessions/wg-asset-recovery/18/calendar.ics"))[0]
    assert "1(a). 会议开幕" in str(first["summary"])
    assert "维也纳国际中心" in str(first["location"])
    assert str(first["url"]) == "http://testserver/zh-hans/sessions/wg-asset-recovery/18/"


@pytest.fixture
def arabic_session(body):
    session = SessionFactory(
        body=body,
        ordinal=7,
        title_ar="الدورة السابعة للفريق العامل",
        venue=VenueFactory(name_ar="مركز فيينا الدولي"),
    )
    item = AgendaItemFactory(
        session=session, number=1, title_en="Opening", title_ar="افتتاح الدورة"
    )
    slot = ProgrammeSlotFactory(session=session)
    ProgrammeEntryFactory(slot=slot, agenda_item=item)
    return session


def test_the_titles_are_in_arabic_on_the_arabic_calendar(client, arabic_session):
    first = events(calendar(client, "/ar/sessions/wg-testing/7/calendar.ics"))[0]
    assert "1. افتتاح الدورة" in str(first["summary"])
    assert "الدورة السابعة للفريق العامل" in str(first["description"])
    assert "مركز فيينا الدولي" in str(first["location"])
    english = events(calendar(client, "/en/sessions/wg-testing/7/calendar.ics"))[0]
    assert "1. Opening" in str(english["summary"])


def test_uids_stay_the_same_when_a_slot_moves_and_across_languages(client, demo):
    url = "/sessions/wg-asset-recovery/18/calendar.ics"
    before = {str(e["uid"]): e.decoded("dtstart") for e in events(calendar(client, "/en" + url))}
    slot = ProgrammeSlot.objects.get(
        session__body__slug="wg-asset-recovery",
        session__ordinal=18,
        date="2024-06-12",
        start_time=datetime.time(10),
    )
    slot.start_time = datetime.time(9, 30)
    slot.save()
    after = {str(e["uid"]): e.decoded("dtstart") for e in events(calendar(client, "/en" + url))}
    chinese = {str(e["uid"]) for e in events(calendar(client, "/zh-hans" + url))}
    assert set(after) == set(before) == chinese
    uid = f"slot-{slot.pk}@testserver"
    assert after[uid] == datetime.datetime(2024, 6, 12, 9, 30, tzinfo=VIENNA)
    assert before[uid] == datetime.datetime(2024, 6, 12, 10, 0, tzinfo=VIENNA)


def test_a_session_without_a_programme_is_an_all_day_span(client, session):
    session.venue = VenueFactory()
    session.save()
    (event,) = events(calendar(client, "/en/sessions/wg-testing/1/calendar.ics"))
    assert event.decoded("dtstart") == datetime.date(2025, 6, 2)
    assert event.decoded("dtend") == datetime.date(2025, 6, 5)  # the day after the last
    assert str(event["uid"]) == f"session-{session.pk}@testserver"
    assert "First meeting of the Working Group on Testing" in str(event["summary"])


def test_a_draft_has_no_calendar_and_is_in_no_other(client, session, body):
    draft = SessionFactory(body=body, ordinal=2, status=Session.Status.DRAFT)
    assert client.get("/en/sessions/wg-testing/2/calendar.ics").status_code == 404
    uids = {str(e["uid"]) for e in events(calendar(client, "/en/bodies/wg-testing/calendar.ics"))}
    assert uids == {f"session-{session.pk}@testserver"}
    everything = {str(e["uid"]) for e in events(calendar(client, "/en/calendar.ics"))}
    assert f"session-{draft.pk}@testserver" not in everything


def test_the_body_and_site_calendars_hold_their_sessions(client, demo):
    body = events(calendar(client, "/en/bodies/wg-asset-recovery/calendar.ics"))
    # Sessions 18 and 3 have programmes (6 and 4 slots); the others of the body have none.
    assert len([e for e in body if str(e["uid"]).startswith("slot-")]) == 10
    everything = events(calendar(client, "/en/calendar.ics"))
    published = Session.objects.published().count()
    with_programme = 2
    assert len(everything) == 10 + published - with_programme


def test_an_unknown_body_or_session_is_not_found(client, demo):
    assert client.get("/en/bodies/no-such-body/calendar.ics").status_code == 404
    assert client.get("/en/sessions/wg-asset-recovery/99999999/calendar.ics").status_code == 404


def test_the_calendars_take_a_fixed_number_of_queries(client, demo, django_assert_num_queries):
    with django_assert_num_queries(3):
        client.get("/en/calendar.ics")
