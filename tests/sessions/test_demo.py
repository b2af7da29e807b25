"""The demo sessions hold everything their seed documents contain."""

import datetime
import io

import pytest
from django.apps import apps
from django.core.management import call_command

from agendas.models import AgendaItem, JointMeeting
from documents.models import Mandate
from sessions.models import ProgrammeSlot, ProgrammeStyle, Session

pytestmark = pytest.mark.django_db

WG = "wg-asset-recovery"


def demo_session(ordinal):
    return Session.objects.get(body__slug=WG, ordinal=ordinal)


def labels(session):
    return list(session.agenda_items.order_by("position").values_list("label", flat=True))


def test_2024_session_has_the_agenda_of_the_seed(demo):
    session = demo_session(18)
    assert labels(session) == ["1", "1(a)", "1(b)", "2", "3", "3(a)", "3(b)", "4", "5"]
    assert session.start_date == datetime.date(2024, 6, 12)
    assert session.end_date == datetime.date(2024, 6, 14)
    assert session.opening_time == datetime.time(10, 0)
    assert session.agenda_symbol == "CAC/COSP/WG.2/2024/1"
    assert session.distribution_date == datetime.date(2024, 3, 22)
    assert session.original_language == "en"
    assert "B/M1" in session.room_en
    assert "B/M1" in session.room_zh_hans
    assert session.venue.city_en == "Vienna"
    items = {item.label: item for item in session.agenda_items.all()}
    assert items["1"].title_zh_hans.startswith("组织事项")
    assert items["3(a)"].title_zh_hans.startswith("实益所有权信息方面的良好做法和挑战")
    assert items["4"].title_en == "Technical assistance"
    assert "Adoption of the report" in items["5"].title_en


def test_2009_session_has_the_agenda_of_the_seed(demo):
    session = demo_session(3)
    assert labels(session) == ["1", "1(a)", "1(b)", "2", "2(a)", "2(b)", "2(c)", "3"]
    assert session.start_date == datetime.date(2009, 5, 14)
    assert session.end_date == datetime.date(2009, 5, 15)
    assert session.distribution_date == datetime.date(2009, 3, 20)
    items = {item.label: item for item in session.agenda_items.all()}
    assert "六种正式语文口译" in session.resources_note_zh_hans
    assert session.resources_note_en
    assert session.document_title_zh_hans == "临时议程和说明"
    assert session.programme_style == ProgrammeStyle.EARLY
    assert items["2(b)"].title_zh_hans.startswith("建立信心和信任")


def cited_resolutions(session):
    numbers = {r.number for r in session.resolutions.all()}
    for item in session.agenda_items.prefetch_related("resolutions"):
        numbers |= {r.number for r in item.resolutions.all()}
    return numbers


def cited_symbols(session):
    return set(session.agenda_items.values_list("document_links__document__symbol", flat=True)) - {
        None
    }


def test_2024_session_cites_the_resolutions_and_documents_of_the_seed(demo):
    session = demo_session(18)
    assert {r.number for r in session.resolutions.all()} == {"10/6", "9/2"}
    assert cited_resolutions(session) == {"1/4", "7/1", "9/2", "10/6"}
    assert cited_symbols(session) == {
        "CAC/COSP/2023/14",
        "CAC/COSP/IRG/2024/6",
        "CAC/COSP/IRG/2024/7",
        "CAC/COSP/WG.2/2024/2",
        "CAC/COSP/WG.2/2024/3",
    }
    item_3 = session.agenda_items.get(label="3")
    listed = item_3.document_links.filter(listed=True).values_list("document__symbol", flat=True)
    assert set(listed) == {"CAC/COSP/WG.2/2024/2", "CAC/COSP/WG.2/2024/3"}


def test_2009_session_cites_the_resolutions_and_documents_of_the_seed(demo):
    session = demo_session(3)
    assert cited_resolutions(session) == {"1/4", "2/3"}
    assert cited_symbols(session) == {"CAC/COSP/2008/4", "CAC/COSP/WG.2/2009/2"}


def test_resolutions_know_their_adopting_cosp_session(demo):
    session = demo_session(18)
    resolution = session.resolutions.get(session_number=10, sequence=6)
    assert resolution.adopted_at.body.slug == "cosp"
    assert resolution.adopted_at.venue.city_en == "Atlanta"
    assert resolution.title_en
    assert resolution.title_zh_hans


def test_mandate_functions_of_resolution_1_4(demo):
    mandates = Mandate.objects.filter(
        resolution__session_number=1, resolution__sequence=4, body__slug=WG
    )
    assert sorted(mandates.values_list("letter", flat=True)) == ["a", "b", "c", "d", "e", "f"]
    assert all(m.text_en and m.text_zh_hans for m in mandates)


def test_2024_footnotes_and_panel_discussions(demo):
    session = demo_session(18)
    assert list(session.footnotes.values_list("number", flat=True)) == [1, 2]
    assert "[^1]" in session.agenda_items.get(label="3(b)").annotation_zh_hans
    panels = {
        item.label: item.panel_discussions.count()
        for item in session.agenda_items.all()
        if item.panel_discussions.exists()
    }
    assert panels == {"3(a)": 1, "3(b)": 1, "4": 1}


def joint_partners(item):
    membership = item.joint_membership
    return sorted(
        (m.agenda_item.session.body.slug, m.agenda_item.session.ordinal, m.agenda_item.label)
        for m in membership.joint_meeting.memberships.exclude(agenda_item=item)
    )


def test_2024_joint_meetings(demo):
    session = demo_session(18)
    expert = "expert-meeting-international-cooperation"
    assert joint_partners(session.agenda_items.get(label="2")) == [
        (expert, 13, "2"),
        ("irg", 15, "4(a)"),
    ]
    assert joint_partners(session.agenda_items.get(label="3")) == [
        (expert, 13, "3"),
        ("irg", 15, "4(b)"),
    ]
    assert joint_partners(session.agenda_items.get(label="4")) == [
        (expert, 13, "4"),
        ("irg", 15, "5"),
    ]
    footnoted = session.agenda_items.get(label="3").joint_membership.joint_meeting.memberships.get(
        agenda_item__label="4(b)"
    )
    assert footnoted.footnote.number == 2
    assert footnoted.footnote.session == session
    assert JointMeeting.objects.count() == 3


def programme(session):
    rows = []
    for slot in ProgrammeSlot.objects.filter(session=session).prefetch_related(
        "entries__agenda_item"
    ):
        rows.append(
            (
                slot.date.isoformat(),
                f"{slot.start_time:%H:%M}-{slot.end_time:%H:%M}",
                [
                    entry.agenda_item.label + (" (continued)" if entry.continued else "")
                    for entry in slot.entries.all()
                ],
            )
        )
    return rows


def test_2024_programme_of_work(demo):
    assert programme(demo_session(18)) == [
        ("2024-06-12", "10:00-13:00", ["1(a)", "1(b)", "2", "3(a)"]),
        ("2024-06-12", "15:00-18:00", ["3(a) (continued)"]),
        ("2024-06-13", "10:00-13:00", ["3(b)"]),
        ("2024-06-13", "15:00-18:00", ["4"]),
        ("2024-06-14", "10:00-13:00", ["4 (continued)"]),
        ("2024-06-14", "15:00-18:00", ["5"]),
    ]


def test_2009_programme_of_work(demo):
    assert programme(demo_session(3)) == [
        ("2009-05-14", "10:00-13:00", ["1(a)", "1(b)"]),
        ("2009-05-14", "15:00-18:00", ["2(a)", "2(a) (continued)", "2(b)", "2(b)"]),
        ("2009-05-15", "10:00-13:00", ["2(b) (continued)"]),
        ("2009-05-15", "15:00-18:00", ["2(c)", "3"]),
    ]


def row_counts():
    return {
        model._meta.label: model.objects.count()
        for app in ("meetings", "agendas", "documents")
        for model in apps.get_app_config(app).get_models()
    }


def test_load_demo_twice_changes_nothing(db):
    first_run, second_run = io.StringIO(), io.StringIO()
    call_command("load_demo", stdout=first_run)
    first = row_counts()
    titles = list(AgendaItem.objects.order_by("pk").values_list("pk", "label", "title_zh_hans"))
    call_command("load_demo", stdout=second_run)
    assert row_counts() == first
    assert list(AgendaItem.objects.order_by("pk").values_list("pk", "label", "title_zh_hans")) == (
        titles
    )
    assert first["agendas.AgendaItem"] > 17
    # Each run says how many rows of each model the database holds: the same both times.
    assert second_run.getvalue() == first_run.getvalue()
    lines = second_run.getvalue().splitlines()
    assert "  sessions: 9" in lines
    assert "  agenda items: 29" in lines
    assert "  joint meetings: 3" in lines
    assert "  mandates: 10" in lines
