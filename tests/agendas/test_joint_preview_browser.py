"""An editor in a real Chromium builds a joint meeting and reads, before saving it, the
sentence each session's page will print under its item, in Chinese and in English."""

import pytest
from playwright.sync_api import expect

from agendas.models import JointMeeting
from sessions.models import Session
from tests.browser import AXE, blocking_violations, describe_violations

SHOTS = ("zh-hans", "en", "ar")


def sign_in(page, site, editor, language="en"):
    page.context.add_cookies([{"name": "django_language", "value": language, "url": site}])
    page.goto(f"{site}/admin/login/?next=/admin/")
    page.fill("#id_username", editor.username)
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")
    expect(page.locator("#site-name")).to_be_visible()


def choose_item(page, row, search, label):
    """Choose an agenda item in the autocomplete of the items' row ``row``."""
    page.locator(f"#memberships-{row} .field-agenda_item .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill(search)
    page.locator(".select2-results__option", has_text=label).click()


def preview_sentence(page, language, row):
    section = page.locator(f'#joint-meeting-preview section[data-language="{language}"]')
    return section.locator("td.joint-preview-sentence").nth(row)


@pytest.mark.browser
def test_editor_builds_a_joint_meeting_and_reads_its_sentences_before_saving(
    site, editor, page, output
):
    before = JointMeeting.objects.count()
    sign_in(page, site, editor)
    page.goto(f"{site}/admin/agendas/jointmeeting/add/")
    # No ghost rows, no empty language switch beside the title.
    expect(page.locator("#memberships-group tr.form-row:not(.empty-form)")).to_have_count(0)
    expect(page.locator("#modeltranslation-main-switch")).to_have_count(0)

    add = page.locator("#memberships-group .add-row a")
    add.click()
    add.click()
    # Each added row takes the next position.
    expect(page.locator("#id_memberships-0-position")).to_have_value("0")
    expect(page.locator("#id_memberships-1-position")).to_have_value("1")

    choose_item(page, 0, "Adoption of the report", "Asset Recovery Working Group 18 (2024) – 5.")
    # The choice reads whole, with its session and year.
    expect(
        page.locator("#memberships-0 .field-agenda_item .select2-selection__rendered")
    ).to_have_text("Asset Recovery Working Group 18 (2024) – 5. Adoption of the report")
    choose_item(page, 1, "special session", "IRG 15 (2024) – 6.")

    expect(preview_sentence(page, "en", 0)).to_have_text(
        "Agenda item 5 will be discussed in joint meetings with agenda item 6 of the fifteenth "
        "session of the Implementation Review Group."
    )
    expect(preview_sentence(page, "zh-hans", 0)).to_contain_text(
        "将与实施情况审议组第十五届会议议程项目 6"
    )
    expect(preview_sentence(page, "zh-hans", 1)).to_contain_text(
        "资产追回问题不限成员名额政府间工作组第十八次会议议程项目 5"
    )
    expect(page.locator(".joint-preview-problems")).to_have_count(0)
    shown_in_chinese = preview_sentence(page, "zh-hans", 0).inner_text()
    # Nothing is saved yet.
    assert JointMeeting.objects.count() == before

    page.locator("#joint-meeting-preview").scroll_into_view_if_needed()
    page.screenshot(path=str(output / "joint-meeting-preview-en.png"), full_page=True)

    # axe-core on the preview: no serious or critical violation.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    results = page.evaluate("() => axe.run('#joint-meeting-preview')")
    blocking = blocking_violations(results)
    assert not blocking, describe_violations(blocking)

    page.click("input[name=_save]")
    expect(page.locator("ul.messagelist li.success")).to_be_visible()
    assert JointMeeting.objects.count() == before + 1

    page.goto(f"{site}/zh-hans/sessions/wg-asset-recovery/18/")
    # The session's page prints what the preview showed.
    expect(page.locator("p.joint-meeting").last).to_have_text(shown_in_chinese)


@pytest.mark.browser
@pytest.mark.parametrize("language", SHOTS)
def test_the_joint_meeting_page_in_each_language(site, editor, page, output, language):
    """Screenshots of the 2024 joint meeting's page with its preview, to look at."""
    meeting = JointMeeting.objects.get(
        memberships__agenda_item__session__body__slug="wg-asset-recovery",
        memberships__agenda_item__label="2",
    )
    sign_in(page, site, editor, language)
    page.goto(f"{site}/admin/agendas/jointmeeting/{meeting.pk}/change/")
    expect(preview_sentence(page, "zh-hans", 0)).to_contain_text("议程项目 2 将与")
    expect(page.locator("html")).to_have_attribute("lang", language)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 1280
    wg = Session.objects.get(body__slug="wg-asset-recovery", ordinal=18)
    expect(
        page.locator("#memberships-0 .field-agenda_item .select2-selection__rendered")
    ).to_contain_text(
        f"{wg.body.short_name_zh_hans if language == 'zh-hans' else wg.body.short_name_en} 18"
    )
    page.screenshot(path=str(output / f"joint-meeting-{language}.png"), full_page=True)
