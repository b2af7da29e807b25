"""axe-core in a real Chromium on the public pages, in English, Arabic (right to left) and Chinese.

A page fails on any violation of impact serious or critical; the full axe results of each
page are saved as `test-output/<test name>/axe.json`.
"""

import datetime

import pytest
from playwright.sync_api import expect

from agendas.models import AgendaItem
from publishing.revisions import publish_revision
from sessions.models import Session
from tests.browser import blocking_violations, describe_violations, impact_counts, run_axe

SESSION = "/sessions/wg-asset-recovery/18/"

# Each page with something on it: the 2024 session, resolution 10/6 it cites, and a search
# that finds the session (in the reader's language; the Arabic page falls back to English).
PAGES = {
    "home": lambda lang: f"/{lang}/",
    "session": lambda lang: f"/{lang}{SESSION}",
    "resolution": lambda lang: f"/{lang}/resolutions/10/6/",
    "search": lambda lang: f"/{lang}/search/?q={SEARCH_WORDS[lang]}",
    # The session's changelog and its first revision, earlier than the current one.
    "revisions": lambda lang: f"/{lang}{SESSION}revisions/",
    "revision": lambda lang: f"/{lang}{SESSION}revisions/1/",
}
REVISED_PAGES = {"revisions", "revision"}
SEARCH_WORDS = {"en": "beneficial ownership", "ar": "beneficial ownership", "zh-hans": "受益所有权"}
LANGUAGES = {"en": "ltr", "ar": "rtl", "zh-hans": "ltr"}


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page_name", PAGES)
def test_no_serious_or_critical_axe_violations(site, page, output, page_name, lang):
    if page_name in REVISED_PAGES:
        publish_two_revisions()
    response = page.goto(site + PAGES[page_name](lang))
    assert response.status == 200, f"{response.url} answered {response.status}"
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator("html")).to_have_attribute("dir", LANGUAGES[lang])
    if page_name == "search":
        # axe checks the results as well, not an empty page.
        expect(page.locator(f'main a[href*="/{lang}{SESSION}"]').first).to_be_visible()
    page.screenshot(path=str(output / "page.png"), full_page=True)

    results = run_axe(page, save_to=output / "axe.json")

    review = [(item["id"], len(item["nodes"])) for item in results["incomplete"]]
    print(
        f"{page_name} [{lang}]: violations by impact {impact_counts(results)}; to review {review}"
    )
    blocking = blocking_violations(results)
    assert not blocking, (
        f"axe-core: {len(blocking)} serious or critical violation(s) on {page.url}\n"
        + describe_violations(blocking)
    )


def publish_two_revisions():
    """Revision 1 of the 2024 session, then an editor's changes (item 3 retitled in three
    languages, an item added, a meeting moved to another day) published as Rev.1."""
    session = Session.objects.get(body__slug="wg-asset-recovery", ordinal=18)
    publish_revision(session=session)
    item = session.agenda_items.get(parent=None, number=3)
    item.title_en = "Thematic discussions and related matters"
    item.title_zh_hans = "专题讨论及相关事项"
    item.title_ar = "المناقشات المواضيعية والمسائل ذات الصلة"
    item.save()
    last = session.agenda_items.filter(parent=None).order_by("-position").first()
    AgendaItem.objects.create(
        session=session,
        number=last.number + 1,
        position=last.position + 1,
        title_en="Exchange of good practices on the return of assets",
        title_zh_hans="交流资产返还方面的良好做法",
        title_ar="تبادل الممارسات الجيدة بشأن إعادة الأصول",
    )
    slot = session.programme_slots.order_by("date", "start_time").last()
    slot.date = session.start_date
    slot.start_time, slot.end_time = datetime.time(18, 30), datetime.time(20)
    slot.save()
    publish_revision(session=session, symbol_suffix="Rev.1")


@pytest.mark.browser
def test_the_axe_check_reports_what_it_finds(page, output):
    """The check itself: an unnamed button and a grey-on-white paragraph fail it, named."""
    page.set_content(
        '<!doctype html><html lang="en"><head><title>Check</title></head><body><main>'
        '<h1>Check</h1><button></button><p style="color:#bbb;background:#fff">Faint</p>'
        "</main></body></html>"
    )
    results = run_axe(page, save_to=output / "axe.json")

    blocking = {violation["id"] for violation in blocking_violations(results)}
    assert blocking == {"button-name", "color-contrast"}
    assert impact_counts(results)["critical"] == 1
    message = describe_violations(blocking_violations(results))
    assert "button-name (critical)" in message
    assert "<button></button>" in message
    assert (output / "axe.json").read_text().startswith("{")
