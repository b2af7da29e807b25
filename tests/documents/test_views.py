"""Resolution and document pages: what a resolution mandates, what cites a document."""

import pytest

from sessions.models import Session
from tests.public import LANGUAGES, build_session

pytestmark = pytest.mark.django_db

PAGES = [
    "/{lang}/resolutions/",
    "/{lang}/resolutions/10/6/",
    "/{lang}/resolutions/1/4/",
    "/{lang}/documents/",
    "/{lang}/documents/?kind=thematic_report&body=irg",
    "/{lang}/documents/CAC/COSP/2023/14/",
    "/{lang}/documents/CAC/COSP/WG.2/2024/2/",
]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", PAGES)
def test_every_page_answers_in_every_language(client, demo, page, lang):
    response = client.get(page.format(lang=lang))
    assert response.status_code == 200
    body = response.content.decode()
    rtl = "rtl" if lang == "ar" else "ltr"
    assert f'<html lang="{lang}" dir="{rtl}">' in body
    assert body.count("<h1") == 1
    assert '<main id="main">' in body


def test_resolution_page_shows_its_mandates_and_what_cites_it(client, demo):
    body = client.get("/en/resolutions/1/4/").content.decode()
    assert "Resolution 1/4" in body
    assert "Open-ended Intergovernmental Working Group on Asset Recovery" in body
    for letter in "abcdef":
        assert f'<span class="letter">({letter})</span>' in body
    # Item 2 of the 2024 session cites resolution 1/4.
    assert 'href="/en/sessions/wg-asset-recovery/18/#item-2"' in body

    body = client.get("/en/resolutions/10/6/").content.decode()
    assert "Enhancing the use of beneficial ownership information" in body
    # The 2024 agenda was prepared in accordance with 10/6, and items 1(b), 3(a), 4 cite it.
    assert 'href="/en/sessions/wg-asset-recovery/18/"' in body
    for label in ["1(b)", "3(a)", "4"]:
        assert f'href="/en/sessions/wg-asset-recovery/18/#item-{label}"' in body
    # Adopted at the tenth session of the Conference.
    assert 'href="/en/sessions/cosp/10/"' in body


def test_document_page_links_the_official_text_and_what_cites_it(client, demo):
    body = client.get("/en/documents/CAC/COSP/IRG/2024/6/").content.decode()
    assert 'href="https://undocs.org/en/CAC/COSP/IRG/2024/6"' in body
    assert 'href="/en/sessions/wg-asset-recovery/18/#item-2"' in body
    body = client.get("/zh-hans/documents/CAC/COSP/IRG/2024/6/").content.decode()
    assert 'href="https://undocs.org/zh/CAC/COSP/IRG/2024/6"' in body
    assert "《联合国反腐败公约》第五章（资产追回）实施情况和区域补编" in body


def test_document_list_filters_by_kind_and_body(client, demo):
    body = client.get("/en/documents/?kind=thematic_report").content.decode()
    assert "CAC/COSP/IRG/2024/6" in body
    assert "CAC/COSP/WG.2/2024/2" not in body
    body = client.get("/en/documents/?body=wg-asset-recovery").content.decode()
    assert "CAC/COSP/WG.2/2024/2" in body
    assert "CAC/COSP/IRG/2024/6" not in body
    for name in ["kind", "body"]:
        assert f'<label for="id_{name}">' in body


@pytest.mark.parametrize(
    "url",
    [
        "/en/documents/NO/SUCH/1/",
        "/en/documents/%3C%3E%2500%27%22/",
        "/en/documents/<>%00'\"/",
        "/en/documents/CAC/COSP/2023/14%00/",
        "/en/documents/?page=abc",
        "/en/documents/?page=99999",
        "/en/documents/?kind=nonsense&body=%3Cscript%3E",
        "/en/resolutions/?page=abc",
        "/en/resolutions/?page=99999",
        "/en/resolutions/99/99/",
        "/en/resolutions/99999999999999999999/1/",
        "/en/resolutions/abc/6/",
    ],
)
def test_bad_parameters_answer_404_or_a_normal_page(client, demo, url):
    assert client.get(url).status_code in (200, 404)


def test_draft_citations_stay_off_resolution_and_document_pages(client, body):
    public = build_session(body, 1, items=1)
    draft = build_session(body, 2, items=1, status=Session.Status.DRAFT)
    resolution = public.resolutions.get()
    draft.resolutions.add(resolution)
    draft_item = draft.agenda_items.get(number=1)
    draft_item.resolutions.add(resolution)
    document = public.documents.get()
    draft_item.documents.add(document)
    for url in [resolution.get_absolute_url(), document.get_absolute_url()]:
        text = client.get(url).content.decode()
        assert public.get_absolute_url() in text
        assert draft.get_absolute_url() not in text
    # A document prepared for a draft does not name the draft session.
    text = client.get(draft.documents.get().get_absolute_url()).content.decode()
    assert draft.get_absolute_url() not in text


@pytest.mark.parametrize(
    ("url", "bound"),
    [
        ("/en/resolutions/", 3),
        ("/en/resolutions/{resolution}/", 6),  # two lists by pages: a count each
        ("/en/documents/", 4),
        ("/en/documents/?kind=other&body=wg-big", 4),
        ("/en/documents/{document}/", 4),
    ],
)
def test_pages_take_a_fixed_number_of_queries(
    client, body, many_documents, url, bound, django_assert_max_num_queries
):
    first = Session.objects.get(body__slug="wg-big", ordinal=1)
    resolution = first.resolutions.first()
    document = first.documents.first()
    url = url.format(
        resolution=f"{resolution.session_number}/{resolution.sequence}", document=document.symbol
    )
    with django_assert_max_num_queries(bound):
        response = client.get(url)
    assert response.status_code == 200
