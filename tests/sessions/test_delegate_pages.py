"""What a delegate reads first: the home page (next sessions, the one meeting today, the past
ones by year), the sessions' dates in the CLDR's interval form on every list, and a session's
programme of work day by day."""

import datetime
import html
import re

import pytest
from babel.dates import format_date
from django.test import Client
from django.utils import timezone

from agendas.models import AgendaItem
from config.lib.dates import babel_locale
from sessions.models import ProgrammeEntry, ProgrammeSlot, Session
from tests.factories import AgendaItemFactory, SessionFactory, VenueFactory

pytestmark = pytest.mark.django_db

SESSION_2024 = "/{lang}/sessions/wg-asset-recovery/18/"
PROGRAMME_2024 = SESSION_2024 + "programme/"

#: 12–14 June 2024 as the CLDR's interval of days writes it (Babel 2.16+): the month
#: written out, the days joined by an en dash (with thin spaces in Chinese).
DATES_2024 = {
    "en": "12–14 June 2024",
    "zh-hans": "2024年6月12日\u2009–\u200914日",
    "ar": "12–14 يونيو 2024",
}
LISTS = ["/{lang}/", "/{lang}/sessions/", "/{lang}/bodies/wg-asset-recovery/"]


def text_of(markup):
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def session_line(page, href):
    """The text of the list item that links to ``href``."""
    items = re.findall(r"<li[^>]*>(.*?)</li>", page, re.S)
    found = [text_of(item) for item in items if f'href="{href}"' in item]
    assert len(found) == 1, (href, found)
    return found[0]


def babel_interval(start, end, lang):
    """The interval as Babel's own CLDR patterns give it, the month as the long date writes
    it (the expectation computed apart from the site's code, for the data)."""
    locale = babel_locale(lang)
    formats = locale.interval_formats
    first, second = (formats.get("yMMMMd") or formats["yMMMd"])["d"]
    if "MMMM" in locale.date_formats["long"].pattern:
        first, second = (part.replace("MMM", "MMMM") for part in (first, second))
    return format_date(start, first, locale=locale) + format_date(end, second, locale=locale)


@pytest.mark.parametrize("lang", DATES_2024)
@pytest.mark.parametrize("url", LISTS)
def test_lists_give_the_2024_session_its_dates_as_a_cldr_interval(client, demo, url, lang):
    page = client.get(url.format(lang=lang)).content.decode()
    line = session_line(page, SESSION_2024.format(lang=lang))
    expected = DATES_2024[lang]
    assert expected == babel_interval(datetime.date(2024, 6, 12), datetime.date(2024, 6, 14), lang)
    assert f" — {expected}" in line
    assert "2024 –" not in line  # not "12 June 2024 – 14 June 2024"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            "Eighteenth meeting of the Open-ended Intergovernmental Working Group on Asset "
            "Recovery — 12–14 June 2024, Vienna, Austria",
        ),
        (
            "zh-hans",
            "资产追回问题不限成员名额政府间工作组第十八次会议 — 2024年6月12日\u2009–\u200914日, "
            "维也纳, 奥地利",
        ),
    ],
)
def test_a_session_line_names_the_body_once_in_the_sessions_own_designation(
    client, demo, lang, line
):
    page = client.get(f"/{lang}/sessions/").content.decode()
    assert session_line(page, SESSION_2024.format(lang=lang)) == line


def test_the_resolution_page_gives_the_adopting_session_its_dates_as_an_interval(client, demo):
    page = client.get("/en/resolutions/10/6/").content.decode()
    assert "11–15 December 2023" in text_of(page)
    assert "11 December 2023 – 15 December 2023" not in page


def home_sections(page):
    upcoming = page[page.index('id="upcoming-heading"') : page.index('id="past-heading"')]
    past = page[page.index('id="past-heading"') : page.index('id="bodies-heading"')]
    return upcoming, past


def test_home_lists_the_next_sessions_soonest_first_and_marks_the_one_meeting_today(client):
    today = timezone.localdate()
    later = SessionFactory(title_en="later meeting", start_date=today + datetime.timedelta(90))
    meeting = SessionFactory(title_en="meeting today", start_date=today - datetime.timedelta(1))
    soon = SessionFactory(title_en="meeting soon", start_date=today + datetime.timedelta(10))
    upcoming, _past = home_sections(Client().get("/en/").content.decode())
    hrefs = re.findall(r'<a href="(/en/sessions/[^"]+)"', upcoming)
    assert hrefs == [s.get_absolute_url() for s in (meeting, soon, later)]
    current = re.findall(r'<li class="current" aria-current="date">(.*?)</li>', upcoming, re.S)
    assert len(current) == 1
    assert "Meeting today" in current[0]
    assert "In session today" in current[0]
    assert upcoming.count("In session today") == 1


def test_home_groups_past_sessions_by_year_newest_first_with_their_symbols(client):
    older = SessionFactory(start_date=datetime.date(2022, 9, 5), agenda_symbol="CAC/COSP/X/2022/1")
    newer = SessionFactory(start_date=datetime.date(2023, 5, 2), agenda_symbol="CAC/COSP/X/2023/1")
    also = SessionFactory(start_date=datetime.date(2023, 11, 6), agenda_symbol=None)
    _upcoming, past = home_sections(Client().get("/en/").content.decode())
    years = re.findall(r'<h3 id="year-(\d+)">(\d+)</h3>', past)
    assert years == [("2023", "2023"), ("2022", "2022")]
    in_2023 = past[past.index('id="year-2023"') : past.index('id="year-2022"')]
    assert re.findall(r'<a href="([^"]+)"', in_2023) == [
        also.get_absolute_url(),
        newer.get_absolute_url(),
    ]
    assert '<span class="symbol"><span dir="ltr">CAC/COSP/X/2023/1</span></span>' in in_2023
    in_2022 = past[past.index('id="year-2022"') :]
    assert older.get_absolute_url() in in_2022
    assert '<span class="symbol"><span dir="ltr">CAC/COSP/X/2022/1</span></span>' in in_2022


def test_home_shows_the_30_latest_past_sessions_and_links_the_others(client):
    sessions = [
        SessionFactory(start_date=datetime.date(2000 + index // 4, 1 + index % 4 * 3, 1))
        for index in range(33)
    ]
    _upcoming, past = home_sections(Client().get("/en/").content.decode())
    shown = {session for session in sessions if session.get_absolute_url() + '"' in past}
    assert shown == set(sessions[3:])
    assert '<a href="/en/sessions/?when=past">All past sessions</a>' in past


def test_a_draft_is_on_no_list_of_the_home_page(client):
    draft = SessionFactory(status=Session.Status.DRAFT, start_date=datetime.date(2023, 5, 2))
    assert draft.get_absolute_url() not in Client().get("/en/").content.decode()


# --- The programme of work, day by day --------------------------------------------------------


def days_of(page):
    """[(heading, [(time, room, [(item link, item text)])])] of the day view."""
    days = []
    for section in re.findall(r'<section id="day-[^"]+".*?</section>', page, re.S):
        heading = text_of(re.search(r"<h2[^>]*>(.*?)</h2>", section, re.S)[1]).strip()
        slots = []
        for slot in re.findall(r'<li class="slot">(.*?)</ul>\s*</li>', section, re.S):
            time = text_of(re.search(r"<h3[^>]*>(.*?)</h3>", slot, re.S)[1]).strip()
            room = re.search(r'<p class="slot-room">(.*?)</p>', slot, re.S)
            items = re.findall(r'<li><a href="([^"]+)"[^>]*>(.*?)</a>', slot, re.S)
            slots.append((time, text_of(room[1]).strip() if room else "", items))
        days.append((heading, slots))
    return days


def test_the_day_view_lists_the_2024_sessions_six_slots_under_their_days(client, demo):
    page = client.get(PROGRAMME_2024.format(lang="en")).content.decode()
    days = days_of(page)
    assert [heading for heading, _slots in days] == [
        "Wednesday, 12 June 2024",
        "Thursday, 13 June 2024",
        "Friday, 14 June 2024",
    ]
    room = "Board Room B/M1, M Building, Vienna International Centre"
    session = "/en/sessions/wg-asset-recovery/18/#item-"
    shown = [
        [(time, where, [href.removeprefix(session) for href, _text in items])]
        for _heading, slots in days
        for time, where, items in slots
    ]
    assert shown == [
        [("10:00–13:00", room, ["1(a)", "1(b)", "2", "3(a)"])],
        [("15:00–18:00", room, ["3(a)"])],
        [("10:00–13:00", room, ["3(b)"])],
        [("15:00–18:00", room, ["4"])],
        [("10:00–13:00", room, ["4"])],
        [("15:00–18:00", room, ["5"])],
    ]
    assert 'Agenda item 3(a)</a> <span class="item-title">Thematic discussion' in page
    assert "Technical assistance (continued)" in page
    assert 'Central European Summer Time (<span dir="ltr">Europe/Vienna</span>)' in page
    assert "12–14 June 2024" in page


@pytest.mark.parametrize(
    ("lang", "first_day", "morning", "item"),
    [
        ("zh-hans", "2024年6月12日，星期三", "10:00–13:00", "议程项目 1(a)"),
        ("ar", "الأربعاء، 12 يونيو 2024", "10:00–13:00", "البند 1(أ) من جدول الأعمال"),
        ("fr", "Mercredi 12 juin 2024", "10:00\u2009–\u200913:00", "Point 1 a) de l'ordre du jour"),
    ],
)
def test_the_day_view_speaks_the_readers_language(client, demo, lang, first_day, morning, item):
    page = client.get(PROGRAMME_2024.format(lang=lang)).content.decode()
    days = days_of(page)
    heading, slots = days[0]
    assert heading == first_day
    assert slots[0][0] == morning
    first_item = text_of(slots[0][2][0][1])
    assert first_item == item


def test_the_session_page_links_its_day_view(client, demo):
    page = client.get(SESSION_2024.format(lang="en")).content.decode()
    assert '<a href="/en/sessions/wg-asset-recovery/18/programme/">' in page


def session_meeting_today(**kwargs):
    today = timezone.localdate()
    session = SessionFactory(start_date=today - datetime.timedelta(1), **kwargs)
    item = AgendaItemFactory(session=session, number=1, title_en="Opening of the session")
    for offset in (-1, 0, 1):
        slot = ProgrammeSlot.objects.create(
            session=session,
            date=today + datetime.timedelta(offset),
            start_time=datetime.time(10),
            end_time=datetime.time(13),
        )
        ProgrammeEntry.objects.create(slot=slot, agenda_item=item, continued=offset > -1)
    return session


def test_the_day_view_marks_today_while_the_session_meets(client):
    session = session_meeting_today()
    page = Client().get(session.get_absolute_url() + "programme/").content.decode()
    today = timezone.localdate().isoformat()
    sections = re.findall(r'<section id="day-([^"]+)" class="([^"]+)"', page)
    assert [cls for _day, cls in sections] == [
        "programme-day",
        "programme-day today",
        "programme-day",
    ]
    assert sections[1][0] == today
    assert page.count('<strong class="badge now">Today</strong>') == 1


def test_the_day_view_names_the_time_zone_of_the_venues_clocks(client):
    atlanta = VenueFactory(
        name_en="Georgia World Congress Center",
        city_en="Atlanta",
        country="US",
        time_zone="America/New_York",
    )
    session = SessionFactory(venue=atlanta, start_date=datetime.date(2023, 12, 11))
    page = Client().get(session.get_absolute_url() + "programme/").content.decode()
    assert 'Eastern Standard Time (<span dir="ltr">America/New_York</span>)' in page
    chinese = session.get_absolute_url().replace("/en/", "/zh-hans/") + "programme/"
    page = Client().get(chinese).content.decode()
    assert '北美东部标准时间 (<span dir="ltr">America/New_York</span>)' in page


def test_a_resumed_parts_day_view_has_its_own_address(client):
    session = session_meeting_today(part=Session.Part.RESUMED)
    url = session.get_absolute_url() + "programme/"
    assert url.endswith("/resumed/programme/")
    page = Client().get(url).content.decode()
    assert len(days_of(page)) == 3


def test_a_drafts_day_view_is_not_found(client):
    session = session_meeting_today(status=Session.Status.DRAFT)
    assert Client().get(session.get_absolute_url() + "programme/").status_code == 404


def test_a_session_without_programme_says_so(client):
    session = SessionFactory()
    AgendaItem.objects.create(session=session, number=1, title_en="Opening")
    page = Client().get(session.get_absolute_url() + "programme/").content.decode()
    assert "No programme of work has been entered for this session." in page


@pytest.mark.parametrize(
    "url_of", [lambda s: "/en/", lambda s: s.get_absolute_url() + "programme/"]
)
def test_the_home_page_and_the_day_view_are_served_from_the_cache(
    url_of, django_assert_num_queries
):
    url = url_of(session_meeting_today())
    first = Client().get(url).content
    with django_assert_num_queries(0):
        second = Client().get(url).content
    assert second == first
