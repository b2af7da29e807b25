"""The read-only JSON API under /api/."""

import datetime

import pytest
import yaml
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from agendas.models import AgendaItem, AgendaItemDocument, JointMeeting, JointMeetingItem
from documents.models import Document, Mandate, Resolution
from publishing.models import Deletion
from sessions.models import Body, ProgrammeEntry, ProgrammeSlot, Session, Venue
from sessions.services import return_to_draft
from tests.factories import (
    AgendaItemFactory,
    DocumentFactory,
    ProgrammeEntryFactory,
    ProgrammeSlotFactory,
    SessionFactory,
)

LANGUAGES = ["ar", "zh-hans", "en", "fr", "ru", "es"]
LISTS = [
    "bodies",
    "sessions",
    "agenda-items",
    "joint-meetings",
    "programme-slots",
    "documents",
    "resolutions",
    "mandates",
    "deletions",
]


@pytest.fixture(autouse=True)
def fresh_throttle():
    """Each test starts with no request counted against the anonymous rate."""
    cache.clear()
    yield
    cache.clear()


def results(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_every_translated_field_is_in_the_six_languages(client, demo):
    (session,) = results(client, "/api/sessions/?body=wg-asset-recovery&year=2024")
    assert session["key"] == "wg-asset-recovery/18"
    assert list(session["title"]) == LANGUAGES
    assert session["title"]["zh-hans"] == "资产追回问题不限成员名额政府间工作组第十八次会议"
    assert session["title"]["en"] == (
        "eighteenth meeting of the Open-ended Intergovernmental Working Group on Asset Recovery"
    )
    assert session["title"]["ar"] == ""
    assert session["venue"]["name"]["en"] == "Vienna International Centre"
    assert session["agenda_symbol"] == "CAC/COSP/WG.2/2024/1"
    assert "resolution 10/6" in session["resolutions"]


def test_the_human_keys_name_the_rows(client, demo):
    items = results(client, "/api/agenda-items/?session=wg-asset-recovery/18")
    assert [item["label"] for item in items][:3] == ["1", "1(a)", "1(b)"]
    assert {item["session_key"] for item in items} == {"wg-asset-recovery/18"}
    by_key = {row["key"]: row for row in results(client, "/api/resolutions/?page_size=500")}
    assert by_key["resolution 10/6"]["adopted_at_key"] == "cosp/10"
    document = results(client, "/api/documents/?session=wg-asset-recovery/18")[0]
    assert document["key"] == document["symbol"]
    slots = results(client, "/api/programme-slots/?session=wg-asset-recovery/18")
    assert len(slots) == 6
    assert slots[0]["entries"][0]["label"] == "1(a)"
    assert slots[0]["entries"][0]["title"]["zh-hans"] == "会议开幕"
    joint = results(client, "/api/joint-meetings/?body=irg")[0]
    assert [member["session_key"] for member in joint["items"]] == [
        "wg-asset-recovery/18",
        "irg/15",
        "expert-meeting-international-cooperation/13",
    ]
    mandates = results(client, "/api/mandates/?body=wg-asset-recovery")
    assert {mandate["resolution_key"] for mandate in mandates} >= {"resolution 1/4"}


@pytest.fixture
def draft_world(session, body):
    """A published session and a draft, each with an item, a slot and a document."""
    draft = SessionFactory(body=body, ordinal=2, status=Session.Status.DRAFT)
    for each in (session, draft):
        item = AgendaItemFactory(session=each, number=1)
        ProgrammeEntryFactory(slot=ProgrammeSlotFactory(session=each), agenda_item=item)
    DocumentFactory(symbol="CAC/COSP/WG.9/2025/2", session=draft)
    return draft


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/api/sessions/", "id"),
        ("/api/agenda-items/", "session"),
        ("/api/programme-slots/", "session"),
    ],
)
def test_no_anonymous_client_sees_a_draft(client, draft_world, session, url, field):
    rows = results(client, url)
    assert rows
    assert {row[field] for row in rows} == {session.pk}


def test_a_draft_is_not_found_by_its_id(client, draft_world):
    assert client.get(f"/api/sessions/{draft_world.pk}/").status_code == 404
    item = AgendaItem.objects.get(session=draft_world)
    assert client.get(f"/api/agenda-items/{item.pk}/").status_code == 404


def test_a_document_prepared_for_a_draft_names_no_session(client, draft_world):
    (document,) = results(client, "/api/documents/")
    assert document["session"] is None
    assert document["session_key"] is None


def test_an_editor_signed_in_sees_no_draft_either(editor_client, draft_world, session):
    assert {row["id"] for row in results(editor_client, "/api/sessions/")} == {session.pk}


def test_a_draft_shares_no_joint_meeting_item(client, draft_world, session, other_body):
    partner = SessionFactory(body=other_body, ordinal=1)
    joint = JointMeeting.objects.create()
    for position, item in enumerate(
        [
            AgendaItem.objects.get(session=session),
            AgendaItem.objects.get(session=draft_world),
            AgendaItemFactory(session=partner, number=1),
        ]
    ):
        JointMeetingItem.objects.create(joint_meeting=joint, agenda_item=item, position=position)
    (row,) = results(client, "/api/joint-meetings/")
    assert [member["session_key"] for member in row["items"]] == ["wg-testing/1", "rg-testing/1"]


def test_modified_since_returns_exactly_what_changed(client, body):
    sessions = [SessionFactory(body=body, ordinal=n) for n in (1, 2, 3)]
    items = [AgendaItemFactory(session=sessions[0], number=n) for n in (1, 2)]
    long_ago = timezone.now() - datetime.timedelta(days=30)
    for model in (Session, AgendaItem, Body):
        model.objects.update(modified=long_ago)
    since = (timezone.now() - datetime.timedelta(days=1)).isoformat()
    assert results(client, f"/api/sessions/?modified_since={since}") == []

    sessions[1].room_en = "Board Room D"
    sessions[1].save()
    items[0].title_zh_hans = "开幕"
    items[0].save()
    query = f"?modified_since={since.replace('+', '%2B')}"
    assert [row["key"] for row in results(client, f"/api/sessions/{query}")] == ["wg-testing/2"]
    assert [row["id"] for row in results(client, f"/api/agenda-items/{query}")] == [items[0].pk]
    assert results(client, f"/api/bodies/{query}") == []


def test_a_slot_whose_entries_changed_is_modified(client, session):
    slot = ProgrammeSlotFactory(session=session)
    entry = ProgrammeEntryFactory(slot=slot)
    long_ago = timezone.now() - datetime.timedelta(days=30)
    ProgrammeSlot.objects.update(modified=long_ago)
    ProgrammeEntry.objects.update(modified=long_ago)
    since = (timezone.now() - datetime.timedelta(days=1)).date().isoformat()
    assert results(client, f"/api/programme-slots/?modified_since={since}") == []
    entry.continued = True
    entry.save()
    assert [
        row["id"] for row in results(client, f"/api/programme-slots/?modified_since={since}")
    ] == [slot.pk]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (
            "modified_since=yesterday",
            "“yesterday” is not a time: write it as 2024-06-01T00:00:00Z.",
        ),
        ("year=twenty", "“twenty” is not a year such as 2024."),
        (
            "session=wg-testing",
            "“wg-testing” is not a session: write body/ordinal, e.g. wg-asset-recovery/18, "
            "or body/ordinal/part for a resumed session, e.g. irg/6/resumed.",
        ),
    ],
)
def test_a_bad_filter_is_refused_with_a_message(client, session, query, message):
    response = client.get(f"/api/agenda-items/?{query}")
    assert response.status_code == 400
    assert list(response.json().values()) == [message]


def test_the_filters_by_body_and_year(client, session, other_body):
    SessionFactory(body=other_body, ordinal=5, start_date=datetime.date(2024, 6, 12))
    assert [row["key"] for row in results(client, "/api/sessions/?body=rg-testing")] == [
        "rg-testing/5"
    ]
    assert [row["key"] for row in results(client, "/api/sessions/?year=2025")] == ["wg-testing/1"]
    assert results(client, "/api/sessions/?body=rg-testing&year=2025") == []


def test_deleting_published_rows_lists_them_as_deletions(client, session, body):
    item = AgendaItemFactory(session=session, number=1)
    slot = ProgrammeSlotFactory(session=session)
    draft = SessionFactory(body=body, ordinal=2, status=Session.Status.DRAFT)
    AgendaItemFactory(session=draft, number=1)
    document = DocumentFactory(symbol="CAC/COSP/WG.9/2025/9")
    before = timezone.now()

    draft.delete()
    assert results(client, "/api/deletions/") == []

    session_pk, document_pk = session.pk, document.pk
    session.delete()
    document.delete()
    rows = results(client, "/api/deletions/")
    assert [(row["resource"], row["id"], row["key"]) for row in rows] == [
        ("programme-slots", slot.pk, "2025-06-02 10:00"),
        ("agenda-items", item.pk, "wg-testing/1/1"),
        ("sessions", session_pk, "wg-testing/1"),
        ("documents", document_pk, "CAC/COSP/WG.9/2025/9"),
    ]
    assert all(datetime.datetime.fromisoformat(row["deleted_at"]) >= before for row in rows)


def test_a_session_returned_to_draft_is_listed_as_deleted(client, session):
    return_to_draft(session=session)
    rows = results(client, "/api/deletions/")
    assert [(row["resource"], row["id"], row["key"]) for row in rows] == [
        ("sessions", session.pk, "wg-testing/1")
    ]
    session.title_en = "a draft changed again"
    session.save()
    assert len(results(client, "/api/deletions/")) == 1


def test_deletions_since_a_time(client, db):
    now = timezone.now()
    Deletion.objects.create(
        kind=Deletion.Kind.DOCUMENT,
        object_id=1,
        key="A/1",
        deleted_at=now - datetime.timedelta(days=3),
    )
    Deletion.objects.create(kind=Deletion.Kind.DOCUMENT, object_id=2, key="A/2", deleted_at=now)
    since = (now - datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert [row["key"] for row in results(client, f"/api/deletions/?since={since}")] == ["A/2"]
    assert client.get("/api/deletions/?since=soon").status_code == 400


def test_lists_are_paginated(client, body):
    for n in range(1, 4):
        SessionFactory(body=body, ordinal=n)
    page = client.get("/api/sessions/?page_size=2").json()
    assert page["count"] == 3
    assert len(page["results"]) == 2
    assert page["next"] == "http://testserver/api/sessions/?page=2&page_size=2"
    assert len(client.get(page["next"]).json()["results"]) == 1


def test_anonymous_clients_are_throttled(client, db):
    statuses = [client.get("/api/bodies/").status_code for _ in range(121)]
    assert statuses[:120] == [200] * 120
    assert statuses[120] == 429
    assert "Retry-After" in client.get("/api/bodies/")


def test_the_api_root_lists_every_resource(client, db):
    assert list(client.get("/api/").json()) == LISTS


def test_the_openapi_schema_validates(tmp_path):
    schema_file = tmp_path / "schema.yaml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(schema_file))
    schema = yaml.safe_load(schema_file.read_text(encoding="utf-8"))
    assert {f"/api/{name}/" for name in LISTS} <= set(schema["paths"])
    parameters = {p["name"] for p in schema["paths"]["/api/sessions/"]["get"]["parameters"]}
    assert {"body", "year", "modified_since", "page", "page_size"} <= parameters
    title = schema["components"]["schemas"]["Session"]["properties"]["title"]
    assert set(title["properties"]) == set(LANGUAGES)


def test_the_schema_is_served(client, db):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    assert yaml.safe_load(response.content)["info"]["title"] == "wgsessions API"


def test_the_documentation_page_loads_everything_from_the_site(client, db):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "<style" not in page
    assert "<script>" not in page
    assert 'href="/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui.css"' in page
    assert (
        '<script src="/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js">'
        in page
    )
    assert '<script src="/api/docs/?script="></script>' in page
    script = client.get("/api/docs/?script=")
    assert script["Content-Type"] == "application/javascript"
    assert b'"/api/schema/"' in script.content
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "img-src 'self' data:" in csp  # Swagger UI's icons
    assert "unsafe" not in csp
    # The static files the page names exist (collectstatic serves them with the site's).
    for asset in ("swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js"):
        assert finders.find(f"drf_spectacular_sidecar/swagger-ui-dist/{asset}")
    assert finders.find("css/api-docs.css")


# --- query counts ------------------------------------------------------------------------


def add_rows(start, count):
    """``count`` published sessions of two bodies meeting jointly, each with an agenda item
    citing a resolution and a document, a programme slot, and a mandate."""
    body, _ = Body.objects.get_or_create(
        slug="wg-size",
        defaults={
            "name_en": "Working Group on Size",
            "short_name_en": "Size WG",
            "kind": Body.Kind.WORKING_GROUP,
            "symbol_prefix": "CAC/COSP/WG.7",
        },
    )
    partner_body, _ = Body.objects.get_or_create(
        slug="rg-size",
        defaults={
            "name_en": "Review Group on Size",
            "short_name_en": "Size RG",
            "kind": Body.Kind.REVIEW_GROUP,
            "symbol_prefix": "CAC/COSP/RG.7",
        },
    )
    venue, _ = Venue.objects.get_or_create(name_en="Test Centre", city_en="Testville", country="AT")
    for n in range(start, start + count):
        session = Session.objects.create(
            body=body,
            ordinal=n,
            title_en=f"session {n}",
            start_date=datetime.date(2025, 6, 2),
            end_date=datetime.date(2025, 6, 4),
            venue=venue,
            status=Session.Status.PUBLISHED,
        )
        partner = Session.objects.create(
            body=partner_body,
            ordinal=n,
            title_en=f"partner {n}",
            start_date=datetime.date(2025, 6, 2),
            end_date=datetime.date(2025, 6, 4),
            venue=venue,
            status=Session.Status.PUBLISHED,
        )
        resolution = Resolution.objects.create(
            session_number=n, sequence=1, title_en=f"Resolution {n}/1"
        )
        session.resolutions.add(resolution)
        document = Document.objects.create(
            symbol=f"CAC/COSP/WG.7/2025/{n}", title_en=f"Document {n}", body=body, session=session
        )
        item = AgendaItem.objects.create(session=session, number=1, title_en="Item")
        item.resolutions.add(resolution)
        AgendaItemDocument.objects.create(agenda_item=item, document=document, listed=True)
        other = AgendaItem.objects.create(session=partner, number=1, title_en="Partner item")
        joint = JointMeeting.objects.create()
        JointMeetingItem.objects.create(joint_meeting=joint, agenda_item=item, position=0)
        JointMeetingItem.objects.create(joint_meeting=joint, agenda_item=other, position=1)
        slot = ProgrammeSlot.objects.create(
            session=session,
            date=datetime.date(2025, 6, 2),
            start_time=datetime.time(10),
            end_time=datetime.time(13),
        )
        ProgrammeEntry.objects.create(slot=slot, agenda_item=item)
        Mandate.objects.create(resolution=resolution, body=body, letter="a", text_en="Function")
        Deletion.objects.create(kind=Deletion.Kind.DOCUMENT, object_id=n, key=f"A/{n}")


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.json()["count"]


def test_the_lists_take_the_same_queries_for_10_or_100_rows(client, db):
    add_rows(1, 10)
    small = {name: queries(client, f"/api/{name}/?page_size=500") for name in LISTS}
    cache.clear()
    add_rows(11, 90)
    big = {name: queries(client, f"/api/{name}/?page_size=500") for name in LISTS}
    assert {name: count for name, (count, _rows) in small.items()} == {
        name: count for name, (count, _rows) in big.items()
    }
    assert small["sessions"][1] == 20
    assert big["sessions"][1] == 200
    assert big["agenda-items"][1] == 200
    assert big["resolutions"][1] == 100
