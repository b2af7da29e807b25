"""Every public page reads a fixed number of queries, whatever the size of the data: the
same count with a few sessions and with several times as many sessions, items, citations and
documents. (Each page is read uncached: the cache starts empty in every test.)"""

import pytest
from django.test import Client

from publishing.revisions import publish_revision
from tests.public import build_session, make_body

pytestmark = pytest.mark.django_db

#: page → its queries (a reader who is not signed in, the page not cached yet; the session
#: of a body without a parent, a Conference, reads the resolutions it adopted too)
PAGES = {
    "/en/": 3,
    "/en/sessions/": 4,
    "/en/sessions/?body=wg-size&when=past": 5,
    "/en/bodies/": 1,
    "/en/bodies/wg-size/": 5,
    "/en/sessions/wg-size/1/": 14,
    "/en/sessions/wg-size/1/programme/": 4,
    "/en/sessions/wg-size/1/agenda.csv": 6,
    "/en/sessions/wg-size/1/programme.csv": 2,
    "/en/resolutions/": 2,
    "/en/resolutions/91/1/": 6,
    "/en/documents/": 3,
    "/en/documents/CAC/COSP/WG.8/1/2/": 4,
    "/en/search/?q=title": 8,
}

#: The pages of a session with two published revisions (the session page shows the current
#: one as it was published).
REVISION_PAGES = {
    "/en/sessions/wg-size/2/": 8,
    "/en/sessions/wg-size/2/revisions/": 2,
    "/en/sessions/wg-size/2/revisions/1/": 4,
}


def build(sessions, items):
    """``sessions`` sessions of the body wg-size (and a partner body's), each with ``items``
    items citing its resolutions and documents; every session cites the first session's
    resolution 91/1 and document CAC/COSP/WG.8/1/2 too."""
    body = make_body("wg-size", "CAC/COSP/WG.8")
    partner = make_body("rg-size", "CAC/COSP/RG.8", name="Review Group on Size")
    built = [
        build_session(body, ordinal, items=items, resolutions=2, documents=2, partner_body=partner)
        for ordinal in range(1, sessions + 1)
    ]
    resolution = built[0].resolutions.get(sequence=1)
    document = built[0].documents.get(symbol="CAC/COSP/WG.8/1/2")
    for session in built[1:]:
        session.resolutions.add(resolution)
        for item in session.agenda_items.all():
            item.resolutions.add(resolution)
            item.documents.add(document)
    return built


@pytest.fixture(params=[(2, 2), (8, 12)], ids=["2-sessions-of-2-items", "8-sessions-of-12-items"])
def data(request, db):
    build(*request.param)


@pytest.fixture(params=[2, 12], ids=["2-items", "12-items"])
def revised(request, db):
    """Session 2 published twice: as built, then without its last item."""
    session = build(2, request.param)[1]
    publish_revision(session=session)
    session.agenda_items.order_by("position").last().delete()
    publish_revision(session=session)


@pytest.mark.parametrize("url", REVISION_PAGES)
def test_the_pages_of_revisions_read_a_fixed_number_of_queries(
    revised, url, django_assert_num_queries
):
    with django_assert_num_queries(REVISION_PAGES[url]):
        response = Client().get(url)
    assert response.status_code == 200


@pytest.mark.parametrize("url", PAGES)
def test_every_public_page_reads_a_fixed_number_of_queries(data, url, django_assert_num_queries):
    with django_assert_num_queries(PAGES[url]):
        response = Client().get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200
