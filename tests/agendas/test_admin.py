"""Joint meetings and agenda items in the editors' admin: refusals, autocomplete, history."""

import datetime

import pytest

from agendas.models import AgendaItem, JointMeeting, JointMeetingItem
from sessions.models import Session
from tests.admin_forms import add_inline_row, errors_of, form_data, set_row
from tests.factories import (
    AgendaItemFactory,
    DocumentFactory,
    JointMeetingFactory,
    ResolutionFactory,
    SessionFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db

JOINT_ADD = "/admin/agendas/jointmeeting/add/"


@pytest.fixture
def item(session):
    return AgendaItem.objects.create(
        session=session, number=2, title_en="Asset recovery", title_zh_hans="资产追回"
    )


def session_of(body, ordinal, start, end):
    session = SessionFactory(body=body, ordinal=ordinal, start_date=start, end_date=end)
    AgendaItemFactory(session=session, number=4, title_en="International cooperation")
    return session


def joint_counts():
    return JointMeeting.objects.count(), JointMeetingItem.objects.count()


def post_joint_meeting(client, *items):
    data = form_data(client.get(JOINT_ADD))
    # The page has no empty rows: each item is a row added with "Add another".
    for index, agenda_item in enumerate(items):
        add_inline_row(data, "memberships", position=str(index), agenda_item=str(agenda_item.pk))
    return client.post(JOINT_ADD, data)


def test_joint_meeting_links_items_of_overlapping_sessions(editor_client, item, other_body):
    other = session_of(other_body, 2, datetime.date(2025, 6, 4), datetime.date(2025, 6, 6))
    response = post_joint_meeting(editor_client, item, other.agenda_items.get())
    assert response.status_code == 302, errors_of(response)
    assert item.joint_membership.joint_meeting.agenda_items.count() == 2


def test_joint_meeting_refuses_items_of_the_same_session(editor_client, item, session):
    same = AgendaItem.objects.create(session=session, number=3, title_en="Prevention")
    before = joint_counts()
    response = post_joint_meeting(editor_client, item, same)
    assert response.status_code == 200
    formset = response.context["inline_admin_formsets"][0].formset
    assert formset.non_form_errors() == [
        f"Agenda items 2 ({session}) and 3 ({session}) are both of Testing WG: "
        "a joint meeting links items of sessions of different bodies."
    ]
    assert joint_counts() == before


def test_joint_meeting_refuses_the_resumed_part_of_the_same_bodys_session(
    editor_client, item, session
):
    resumed = SessionFactory(
        body=session.body,
        ordinal=session.ordinal,
        part=Session.Part.RESUMED,
        start_date=session.start_date,
        end_date=session.end_date,
    )
    other = AgendaItemFactory(session=resumed, number=2, title_en="Asset recovery (resumed)")
    before = joint_counts()
    response = post_joint_meeting(editor_client, item, other)
    assert response.status_code == 200
    formset = response.context["inline_admin_formsets"][0].formset
    assert formset.non_form_errors() == [
        f"Agenda items 2 ({session}) and 2 ({resumed}) are both of Testing WG: "
        "a joint meeting links items of sessions of different bodies."
    ]
    assert joint_counts() == before


def test_joint_meeting_refuses_sessions_that_do_not_overlap(editor_client, item, other_body):
    later = session_of(other_body, 2, datetime.date(2025, 9, 1), datetime.date(2025, 9, 3))
    before = joint_counts()
    response = post_joint_meeting(editor_client, item, later.agenda_items.get())
    assert response.status_code == 200
    assert any("do not meet at the same time" in error for error in errors_of(response))
    assert joint_counts() == before


def test_joint_meeting_refuses_a_single_item(editor_client, item):
    before = joint_counts()
    response = post_joint_meeting(editor_client, item)
    assert response.status_code == 200
    assert (
        "A joint meeting links at least two agenda items of sessions of different bodies."
        in errors_of(response)
    )
    assert joint_counts() == before


def test_adding_an_item_of_the_same_session_to_a_saved_joint_meeting_is_refused(
    editor_client, item, session, other_body
):
    other = session_of(other_body, 2, datetime.date(2025, 6, 4), datetime.date(2025, 6, 6))
    joint = JointMeetingFactory(items=[item, other.agenda_items.get()])
    same = AgendaItemFactory(session=session, number=3, title_en="Prevention")
    url = f"/admin/agendas/jointmeeting/{joint.pk}/change/"
    data = form_data(editor_client.get(url))
    add_inline_row(data, "memberships", position="2", agenda_item=str(same.pk))
    before = joint_counts()
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert any("are both of Testing WG" in error for error in errors_of(response))
    assert joint_counts() == before


def test_agenda_item_autocomplete_names_the_session(editor_client, item, other_body):
    session_of(other_body, 2, datetime.date(2025, 6, 4), datetime.date(2025, 6, 6))
    response = editor_client.get(
        "/admin/autocomplete/",
        {
            "app_label": "agendas",
            "model_name": "jointmeetingitem",
            "field_name": "agenda_item",
            "term": "资产",
        },
    )
    assert response.status_code == 200
    assert response.json()["results"] == [
        {"id": str(item.pk), "text": f"{item.session} – 2. Asset recovery"}
    ]


def test_agenda_item_autocomplete_finds_items_by_body_and_label(editor_client, item):
    response = editor_client.get(
        "/admin/autocomplete/",
        {
            "app_label": "agendas",
            "model_name": "jointmeetingitem",
            "field_name": "agenda_item",
            "term": "Testing 2",
        },
    )
    assert [result["id"] for result in response.json()["results"]] == [str(item.pk)]


def test_changing_the_chinese_title_is_recorded_in_the_history(editor_client, editor, item):
    url = f"/admin/agendas/agendaitem/{item.pk}/change/"
    data = form_data(editor_client.get(url))
    data["title_zh_hans"] = "资产追回问题"
    response = editor_client.post(url, data)
    assert response.status_code == 302, errors_of(response)

    latest = item.history.first()
    assert latest.history_user == editor
    assert latest.title_zh_hans == "资产追回问题"
    delta = latest.diff_against(latest.prev_record)
    assert [(c.field, c.old, c.new) for c in delta.changes] == [
        ("title_zh_hans", "资产追回", "资产追回问题")
    ]

    history = editor_client.get(f"/admin/agendas/agendaitem/{item.pk}/history/")
    assert history.status_code == 200
    page = " ".join(history.text.split())
    assert "Title [zh-hans]:</strong> 资产追回 &nbsp;&rarr;&nbsp;&nbsp;资产追回问题" in page
    assert "资产追回问题" in page
    assert "secretariat" in page


def test_saving_without_changes_adds_no_history(editor_client, item):
    url = f"/admin/agendas/agendaitem/{item.pk}/change/"
    before = item.history.count()
    response = editor_client.post(url, form_data(editor_client.get(url)))
    assert response.status_code == 302, errors_of(response)
    assert item.history.count() == before


def test_session_inline_cites_documents_and_resolutions(editor_client, item, session):
    listed = DocumentFactory(symbol="CAC/COSP/WG.9/2025/2")
    cited = DocumentFactory(symbol="CAC/COSP/2023/14")
    resolution = ResolutionFactory(session_number=10, sequence=6)
    session.venue = VenueFactory(name_en="Vienna International Centre", city_en="Vienna")
    session.save()
    url = f"/admin/meetings/session/{session.pk}/change/"
    data = form_data(editor_client.get(url))
    set_row(
        data,
        "agenda_items",
        0,
        listed_documents=[str(listed.pk)],
        cited_documents=[str(cited.pk)],
        resolutions=[str(resolution.pk)],
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, errors_of(response)
    links = {link.document.symbol: link.listed for link in item.document_links.all()}
    assert links == {"CAC/COSP/WG.9/2025/2": True, "CAC/COSP/2023/14": False}
    assert list(item.resolutions.all()) == [resolution]

    # Dropping a document from the fields removes its link, keeps the other.
    data = form_data(editor_client.get(url))
    set_row(data, "agenda_items", 0, cited_documents=[])
    del data["agenda_items-0-cited_documents"]
    response = editor_client.post(url, data)
    assert response.status_code == 302, errors_of(response)
    assert [link.document for link in item.document_links.all()] == [listed]


def test_an_earlier_version_is_restored_from_the_history(editor_client, item):
    url = f"/admin/agendas/agendaitem/{item.pk}/change/"
    data = form_data(editor_client.get(url))
    data["title_zh_hans"] = "资产追回问题"
    assert editor_client.post(url, data).status_code == 302
    earlier = item.history.order_by("history_id").first()

    revert_url = f"/admin/agendas/agendaitem/{item.pk}/history/{earlier.history_id}/"
    response = editor_client.get(revert_url)
    assert response.status_code == 200
    response = editor_client.post(revert_url, form_data(response))
    assert response.status_code == 302, errors_of(response)
    item.refresh_from_db()
    assert item.title_zh_hans == "资产追回"
