"""The joint meeting's page: its items named with their session, its title, no empty rows or
language switch, and the live preview of the sentence and programme marks, which says what
the session pages say."""

import pytest

from agendas.models import JointMeeting
from agendas.rendition import render
from sessions.models import Session

PREVIEW = "/admin/agendas/jointmeeting/preview/"


def the_2024_meeting():
    """The joint meeting of item 2 of the 2024 Working Group, IRG and expert meeting."""
    return JointMeeting.objects.get(
        memberships__agenda_item__session__body__slug="wg-asset-recovery",
        memberships__agenda_item__label="2",
    )


def preview_of(client, memberships, meeting=None):
    query = []
    for membership in memberships:
        query += [("item", membership.agenda_item_id), ("footnote", membership.footnote_id or "")]
    query.append(("meeting", meeting.pk if meeting else ""))
    response = client.get(PREVIEW, query)
    assert response.status_code == 200
    return response.json()


def joint_note_of(session, label, language):
    rendition = render(Session.objects.with_header().get(pk=session.pk), language)
    entries = [entry for entry in rendition.annotations if entry.item.label == label]
    return entries[0].joint_note.text


@pytest.mark.parametrize("language", ["zh-hans", "en", "ar"])
def test_the_preview_says_what_the_session_page_says(editor_client, demo, language):
    meeting = the_2024_meeting()
    memberships = list(meeting.memberships.select_related("agenda_item__session"))
    answer = preview_of(editor_client, memberships, meeting)

    assert answer["problems"] == []
    lines = answer["languages"][language]
    assert len(lines) == len(memberships) == 3
    # The sentence under each item (a sub-item, IRG's 4(a), has none under it on the page).
    for membership, line in zip(memberships, lines, strict=True):
        item = membership.agenda_item
        if not item.parent_id:
            assert line["sentence"] == joint_note_of(item.session, item.label, language)
    working_group = lines[0]
    assert working_group["item"].startswith(
        {"en": "Asset Recovery Working Group 18 (2024)", "zh-hans": "资产追回工作组 18 (2024)"}.get(
            language, "Asset Recovery Working Group 18 (2024)"
        )
    )
    # The Working Group's programme of work marks its item 2 "a", as its page does.
    assert working_group["mark"] == "a"
    wg = Session.objects.with_header().get(pk=memberships[0].agenda_item.session_id)
    rendition = render(wg, language)
    assert ("a", working_group["sentence"]) in [
        (letter, note.text) for letter, note in rendition.annex_notes
    ]


def test_the_preview_shows_unsaved_items_and_writes_nothing(editor_client, demo):
    wg = Session.objects.get(body__slug="wg-asset-recovery", ordinal=18)
    irg = Session.objects.get(body__slug="irg", ordinal=15)
    report, other = wg.agenda_items.get(label="5"), irg.agenda_items.get(label="6")
    before = JointMeeting.objects.count()

    response = editor_client.get(PREVIEW, {"item": [report.pk, other.pk], "footnote": ["", ""]})

    answer = response.json()
    assert answer["problems"] == []
    assert answer["languages"]["en"][0]["sentence"] == (
        "Agenda item 5 will be discussed in joint meetings with agenda item 6 of the fifteenth "
        "session of the Implementation Review Group."
    )
    assert answer["languages"]["zh-hans"][1]["sentence"].startswith("议程项目 6 将与")
    assert (
        "资产追回问题不限成员名额政府间工作组第十八次会议议程项目 5"
        in (answer["languages"]["zh-hans"][1]["sentence"])
    )
    assert 'lang="zh-hans"' in answer["html"]
    assert JointMeeting.objects.count() == before
    assert not hasattr(report, "joint_membership") or report.joint_membership is None


def test_the_preview_names_what_the_form_would_refuse(editor_client, demo):
    wg = Session.objects.get(body__slug="wg-asset-recovery", ordinal=18)
    irg = Session.objects.get(body__slug="irg", ordinal=15)
    taken, same_body = irg.agenda_items.get(label="4(a)"), wg.agenda_items.get(label="1(a)")
    answer = editor_client.get(
        PREVIEW, {"item": [wg.agenda_items.get(label="5").pk, same_body.pk, taken.pk]}
    ).json()
    assert any("are both of Asset Recovery Working Group" in p for p in answer["problems"])
    assert (
        "Agenda item 4(a) (IRG 15 (2024)) is in another joint meeting already."
        in answer["problems"]
    )


def test_the_preview_is_for_editors_only(client, demo):
    response = client.get(PREVIEW, {"item": ["1", "2"]})
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")


def test_the_page_names_its_items_with_their_session_and_year(editor_client, demo):
    meeting = the_2024_meeting()
    assert str(meeting) == (
        "Asset Recovery Working Group 18 (2024), item 2 + IRG 15 (2024), item 4(a) + "
        "International Cooperation Expert Meeting 13 (2024), item 2"
    )
    page = editor_client.get(f"/admin/agendas/jointmeeting/{meeting.pk}/change/")
    text = page.text
    # The chosen item's whole name, with its session: not “2. Overview of progress m…”.
    assert (
        "Asset Recovery Working Group 18 (2024) – 2. Overview of progress made in the "
        "implementation of the mandates</option>"
    ) in text
    # No translation tabs (nothing on the page is translated), hence no empty language switch.
    assert "tabbed_translation_fields.js" not in text
    assert "admin-joint-preview.js" in text
    assert 'data-url="/admin/agendas/jointmeeting/preview/"' in text
    assert f'data-meeting="{meeting.pk}"' in text


def test_a_new_joint_meeting_has_no_empty_rows(editor_client, db):
    page = editor_client.get("/admin/agendas/jointmeeting/add/")
    formset = page.context["inline_admin_formsets"][0].formset
    assert (formset.total_form_count(), formset.extra) == (0, 0)
    assert 'data-meeting=""' in page.text
