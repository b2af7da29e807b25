"""A delegate in a real Chromium: the home page and the 2024 session's programme day by day
in English, Chinese and Arabic (axe-core finds nothing on them), and the language switcher
that keeps the agenda item the reader is at."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from agendas.models import AgendaItem
from sessions.models import Body, ProgrammeEntry, ProgrammeSlot, Session, Venue
from tests.browser import describe_violations, impact_counts, run_axe

SESSION = "/sessions/wg-asset-recovery/18/"
PAGES = {
    "home": lambda lang: f"/{lang}/",
    "programme": lambda lang: f"/{lang}{SESSION}programme/",
    "programme-today": lambda lang: f"/{lang}/sessions/wg-asset-recovery/19/programme/",
}
LANGUAGES = {"en": "ltr", "zh-hans": "ltr", "ar": "rtl"}


def a_session_meeting_today():
    """The Working Group's nineteenth meeting, from yesterday to tomorrow, with a slot a day:
    the home page marks it, its day view marks today."""
    today = timezone.localdate()
    session = Session.objects.create(
        body=Body.objects.get(slug="wg-asset-recovery"),
        ordinal=19,
        title_en="nineteenth meeting of the Open-ended Intergovernmental Working Group on "
        "Asset Recovery",
        title_zh_hans="资产追回问题不限成员名额政府间工作组第十九次会议",
        start_date=today - datetime.timedelta(1),
        end_date=today + datetime.timedelta(1),
        venue=Venue.objects.get(name_en="Vienna International Centre"),
        room_en="Board Room B/M1, M Building",
        room_zh_hans="M楼B/M1号会议室",
        agenda_symbol="CAC/COSP/WG.2/2026/1",
        status=Session.Status.PUBLISHED,
    )
    item = AgendaItem.objects.create(
        session=session, number=1, title_en="Organizational matters", title_zh_hans="组织事项"
    )
    for offset in (-1, 0, 1):
        for hour in (10, 15):
            slot = ProgrammeSlot.objects.create(
                session=session,
                date=today + datetime.timedelta(offset),
                start_time=datetime.time(hour),
                end_time=datetime.time(hour + 3),
            )
            ProgrammeEntry.objects.create(slot=slot, agenda_item=item, continued=offset > -1)
    return session


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page_name", PAGES)
def test_no_axe_violations_on_the_home_page_and_the_day_view(site, page, output, page_name, lang):
    a_session_meeting_today()
    response = page.goto(site + PAGES[page_name](lang))
    assert response.status == 200, f"{response.url} answered {response.status}"
    expect(page.locator("html")).to_have_attribute("dir", LANGUAGES[lang])
    if page_name == "home":
        expect(page.locator('li.current[aria-current="date"]')).to_have_count(1)
    elif page_name == "programme":
        expect(page.locator("li.slot")).to_have_count(6)
    else:
        expect(page.locator("section.programme-day.today")).to_have_count(1)
    page.screenshot(path=str(output / f"{page_name}-{lang}.png"), full_page=True)

    results = run_axe(page, save_to=output / "axe.json")

    print(f"{page_name} [{lang}]: violations by impact {impact_counts(results)}")
    assert results["violations"] == [], describe_violations(results["violations"])


@pytest.mark.browser
def test_switching_language_keeps_the_agenda_item_the_reader_is_at(site, page):
    page.goto(f"{site}/en{SESSION}#item-3")
    page.locator('nav.language-switcher a[hreflang="fr"]').click()
    expect(page).to_have_url(f"{site}/fr{SESSION}#item-3")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator('[id="item-3"]').first).to_be_in_viewport()

    # An anchor followed on the page is kept as well.
    page.locator('.item-notes a[href="#item-4"]').click()
    expect(page).to_have_url(f"{site}/fr{SESSION}#item-4")
    page.locator('nav.language-switcher a[hreflang="ar"]').click()
    expect(page).to_have_url(f"{site}/ar{SESSION}#item-4")


@pytest.mark.browser
def test_the_switcher_keeps_no_anchor_when_there_is_none(site, page):
    page.goto(f"{site}/en{SESSION}")
    page.locator('nav.language-switcher a[hreflang="zh-hans"]').click()
    expect(page).to_have_url(f"{site}/zh-hans{SESSION}")
