"""The delegates' public pages: sessions, bodies, search; languages, drafts, query counts."""

import re

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.utils import translation

from agendas.models import AgendaItem
from sessions.models import Session
from sessions.templatetags.public_site import session_line
from tests.factories import SessionFactory
from tests.public import LANGUAGES, build_session, make_body

pytestmark = pytest.mark.django_db

SESSION_2024 = "/{lang}/sessions/wg-asset-recovery/18/"
PAGES = [
    "/{lang}/",
    "/{lang}/sessions/",
    "/{lang}/sessions/?body=wg-asset-recovery&year=2024&when=past",
    SESSION_2024,
    "/{lang}/sessions/wg-asset-recovery/3/",
    "/{lang}/bodies/",
    "/{lang}/bodies/wg-asset-recovery/",
    "/{lang}/search/?q=asset",
]


def html_attrs(response):
    match = re.search(r'<html lang="([^"]+)" dir="(\w+)">', response.content.decode())
    return match.groups() if match else None


def one(pattern, text):
    found = re.findall(pattern, text)
    assert len(found) == 1, (pattern, found)
    return found[0]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", PAGES)
def test_every_page_answers_in_every_language(client, demo, page, lang):
    response = client.get(page.format(lang=lang))
    assert response.status_code == 200
    assert html_attrs(response) == (lang, "rtl" if lang == "ar" else "ltr")
    body = response.content.decode()
    assert body.count("<h1") == 1
    assert '<main id="main">' in body
    assert 'class="skip-link" href="#main"' in body


def test_language_switcher_keeps_the_reader_on_the_same_page(client, demo):
    body = client.get("/en/sessions/wg-asset-recovery/18/").content.decode()
    switcher = one(r'<nav class="language-switcher" aria-label="[^"]+">(.*?)</nav>', body)
    links = re.findall(
        r'<a href="([^"]+)" hreflang="([^"]+)" lang="([^"]+)"([^>]*)>([^<]+)</a>', switcher
    )
    assert [(href, code, name) for href, code, _lang, _current, name in links] == [
        ("/ar/sessions/wg-asset-recovery/18/", "ar", "العربية"),
        ("/zh-hans/sessions/wg-asset-recovery/18/", "zh-hans", "中文"),
        ("/en/sessions/wg-asset-recovery/18/", "en", "English"),
        ("/fr/sessions/wg-asset-recovery/18/", "fr", "Français"),
        ("/ru/sessions/wg-asset-recovery/18/", "ru", "Русский"),
        ("/es/sessions/wg-asset-recovery/18/", "es", "Español"),
    ]
    assert [code for _h, code, _l, current, _n in links if 'aria-current="true"' in current] == [
        "en"
    ]


def test_language_switcher_keeps_the_query_string(client, demo):
    body = client.get("/fr/sessions/?body=wg-asset-recovery&year=2024").content.decode()
    assert (
        'href="/zh-hans/sessions/?body=wg-asset-recovery&amp;year=2024" hreflang="zh-hans"' in body
    )


def test_session_page_reads_like_the_provisional_agenda(client, demo):
    body = client.get("/en/sessions/wg-asset-recovery/18/").content.decode()
    # Header: symbol, distribution and its date, original language, place, opening, room.
    assert "CAC/COSP/WG.2/2024/1" in body
    assert "Distr.: General" in body
    assert "22 March 2024" in body
    assert "Original: English" in body
    assert "12–14 June 2024, Vienna" in body
    assert "Board Room B/M1, M Building, Vienna International Centre" in body
    assert "10 a.m." in body
    # The agenda and annotation sections carry the items' anchors.
    for label in ["1", "1(a)", "1(b)", "2", "3", "3(a)", "3(b)", "4", "5"]:
        assert f'id="item-{label}"' in body
    # Footnote reference as a linked superscript, and the footnote listed.
    assert '<sup class="footnote-ref"><a href="#footnote-1"' in body
    assert 'id="footnote-1"' in body
    assert "At previous meetings, the Working Group" in body
    # Symbols in the annotation text link to the document pages; resolutions to theirs.
    assert '<a href="/en/documents/CAC/COSP/2023/14/">CAC/COSP/2023/14</a>' in body
    assert '<a href="/en/resolutions/10/6/">' in body
    # Panel discussions and the listed documents.
    assert "Technical assistance in relation to chapters IV and V of the Convention" in body


def test_joint_meeting_notes_link_the_other_bodies_items(client, demo):
    body = client.get("/en/sessions/wg-asset-recovery/18/").content.decode()
    notes = re.findall(r'<p class="joint-meeting">(.*?)</p>', body)
    assert len(notes) == 3
    assert notes[0].startswith("Agenda item 2 will be discussed in joint meetings with ")
    assert (
        '<a href="/en/sessions/irg/15/#item-4(a)">agenda item 4(a) of the fifteenth session of '
        "the Implementation Review Group</a>" in notes[0]
    )
    assert 'href="/en/sessions/expert-meeting-international-cooperation/13/#item-2"' in notes[0]
    # Footnote 2 of the 2024 document marks the reference to the IRG's item 4(b).
    assert 'item-4(b)">agenda item 4(b) of the fifteenth session' in notes[1]
    assert '<a href="#footnote-2"' in notes[1]
    # The link leads to the item's anchor on the other session's page.
    irg = client.get("/en/sessions/irg/15/").content.decode()
    assert 'id="item-4(a)"' in irg


def test_programme_of_work_marks_joint_items(client, demo):
    body = client.get("/en/sessions/wg-asset-recovery/18/").content.decode()
    programme = one(r'<section class="annex" id="programme".*?</section>', body.replace("\n", " "))
    table = one(r"<table.*?</table>", programme)
    assert "Wednesday, 12 June 2024" in table
    assert "10 a.m.–1 p.m." in table
    assert "3–6 p.m." in table
    marks = re.findall(r'<a href="#item-([^"]+)" dir="ltr">[^<]+</a></td>\s*<td>(.*?)</td>', table)
    by_row = [
        (label, re.findall(r">([abc])</a></sup>", cell), "(continued)" in cell)
        for label, cell in marks
    ]
    assert by_row == [
        ("1(a)", [], False),
        ("1(b)", [], False),
        ("2", ["a"], False),
        ("3(a)", ["b"], False),
        ("3(a)", ["b"], True),
        ("3(b)", ["b"], False),
        ("4", ["c"], False),
        ("4", ["c"], True),
        ("5", [], False),
    ]
    notes = one(r'<div class="programme-notes">(.*?)</div>', programme)
    assert "<sup>a</sup> Agenda item 2 will be discussed in joint meetings" in notes
    assert "<sup>c</sup> Agenda item 4 will be discussed in joint meetings" in notes


def test_chinese_page_shows_the_chinese_text(client, demo):
    body = client.get("/zh-hans/sessions/wg-asset-recovery/18/").content.decode()
    assert "资产追回问题不限成员名额政府间工作组" in body
    assert "实益所有权信息方面的良好做法和挑战" in body
    # No fallback: the Chinese titles are not wrapped in another language.
    assert '<bdi lang="en" dir="ltr">Technical assistance</bdi>' not in body
    assert "技术援助" in body


ENGLISH_MARK = '<span class="fallback-language"> (английский)</span>'


def english(text):
    """An English fallback as a Russian page prints it: isolated, its language named."""
    return f'<bdi lang="en" dir="ltr">{text}</bdi>{ENGLISH_MARK}'


def test_russian_page_shows_english_titles_marked_as_english(client, demo):
    body = client.get("/ru/sessions/wg-asset-recovery/18/").content.decode()
    for title in ["Organizational matters", "Technical assistance", "Adoption of the report"]:
        assert english(title) in body
    assert '<p lang="en" dir="ltr">The meeting of the Open-ended' in body
    assert '<p class="fallback-label">Язык текста: английский</p>' in body
    assert body.count(english("Technical assistance")) >= 2  # agenda, annotations


def test_every_english_fallback_of_a_russian_page_is_marked_as_english(client, demo):
    page = client.get("/ru/sessions/wg-asset-recovery/18/").content.decode()
    heading = re.search(r"<h1>(.*?)</h1>", page, re.S).group(1)
    assert heading.startswith('<bdi lang="en" dir="ltr">Eighteenth meeting of the Open-ended')
    assert heading.endswith(f"Asset Recovery</bdi>{ENGLISH_MARK}")
    assert english("Board Room B/M1, M Building") in page
    programme = page[page.index('id="programme"') :]
    assert '<td><bdi lang="en" dir="ltr">Overview of progress' in programme
    # The sessions lists (home, list, body, search) print the designation the same way.
    home = client.get("/ru/").content.decode()
    assert '18/"><bdi lang="en" dir="ltr">Eighteenth meeting of the Open-ended' in home
    resolution = client.get("/ru/resolutions/10/6/").content.decode()
    assert '<bdi lang="en" dir="ltr">Tenth session of the Conference' in resolution


def test_fallback_goes_to_the_original_language_when_english_is_missing(client, body):
    session = build_session(body, 1, items=1)
    session.original_language = "fr"
    session.save()
    AgendaItem.objects.filter(session=session).update(
        title_en="", title_fr="Questions d'organisation"
    )
    page = client.get(f"/ru/sessions/{body.slug}/1/").content.decode()
    assert '<bdi lang="fr" dir="ltr">Questions d&#x27;organisation</bdi>' in page
    # In French itself the title is no fallback: no wrapper.
    page = client.get(f"/fr/sessions/{body.slug}/1/").content.decode()
    assert "Questions d&#x27;organisation" in page
    assert 'lang="fr">Questions' not in page


def test_session_list_filters_and_pages(client, demo):
    body = client.get("/en/sessions/?body=irg").content.decode()
    assert "/en/sessions/irg/15/" in body
    assert "/en/sessions/wg-asset-recovery/18/" not in body
    body = client.get("/en/sessions/?year=2009").content.decode()
    assert "/en/sessions/wg-asset-recovery/3/" in body
    assert "/en/sessions/wg-asset-recovery/18/" not in body
    body = client.get("/en/sessions/?when=upcoming").content.decode()
    assert "/en/sessions/wg-asset-recovery/3/" not in body
    # Each filter has its label.
    for name in ["body", "venue", "year", "when"]:
        assert f'<label for="id_{name}">' in body


def test_a_venue_lists_its_sessions(client, demo):
    vienna = Session.objects.get(body__slug="wg-asset-recovery", ordinal=18).venue
    elsewhere = Session.objects.published().exclude(venue=vienna).exclude(venue=None).first()
    body = client.get(vienna.get_absolute_url()).content.decode()
    assert "/en/sessions/wg-asset-recovery/18/" in body
    assert elsewhere.get_absolute_url() not in body


def test_session_list_pagination_keeps_the_filters(client, body):
    for ordinal in range(1, 28):
        build_session(body, ordinal, items=1, resolutions=0, documents=0)
    response = client.get(f"/en/sessions/?body={body.slug}")
    assert len(response.context["sessions"]) == 25
    assert f'href="?body={body.slug}&amp;page=2"' in response.content.decode()
    response = client.get(f"/en/sessions/?body={body.slug}&page=2")
    assert len(response.context["sessions"]) == 2


@pytest.mark.parametrize(
    "url",
    [
        "/en/sessions/?page=abc",
        "/en/sessions/?page=99999",
        "/en/sessions/?page=0",
        "/en/sessions/?year=abc",
        "/en/sessions/?year=99999999999999999999",
        "/en/sessions/?body=no-such-body",
        "/en/sessions/?when=tomorrow",
        "/en/sessions/?body=%00%27%22%3C%3E",
        "/en/sessions/no-such-body/1/",
        "/en/sessions/wg-asset-recovery/999/",
        "/en/sessions/wg-asset-recovery/99999999999999999999/",
        "/en/bodies/no-such-body/",
        "/en/search/?q=" + "資" * 5000,
        "/en/search/?q=" + "asset " * 1000,
        "/en/search/?q=asset&page=abc",
        "/en/search/?q=asset&page=99999",
        "/en/search/?q=asset&page=%C2%B2",
        "/en/search/?q=%C2%B2/1",
        "/en/search/?q=asset&page=-1",
        "/en/search/?q=asset&page=" + "9" * 5000,
        "/en/sessions/?page=" + "9" * 5000,
        "/en/documents/?page=%C2%B2",
        "/en/search/?q=%00%27%22%3C%3E",
        "/en/search/?q=%25",
    ],
)
def test_bad_parameters_answer_404_or_a_normal_page(client, demo, url):
    response = client.get(url)
    assert response.status_code in (200, 404)


def test_bad_filter_value_is_reported_not_applied(client, demo):
    response = client.get("/en/sessions/?year=abc&body=irg")
    body = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in body
    assert "/en/sessions/irg/15/" in body  # the good filter still applies
    assert "/en/sessions/wg-asset-recovery/18/" not in body


def test_search_finds_the_2024_session_from_a_chinese_word(client, demo):
    response = client.get("/zh-hans/search/", {"q": "受益所有权"})
    assert response.status_code == 200
    found = [item.session.ordinal for item in response.context["groups"]["items"]["results"]]
    assert 18 in found
    assert "/zh-hans/sessions/wg-asset-recovery/18/#item-" in response.content.decode()


def test_search_finds_chinese_words_from_any_language_page(client, demo):
    response = client.get("/en/search/", {"q": "非法资金流动"})
    items = response.context["groups"]["items"]["results"]
    assert {(item.session.ordinal, item.label) for item in items} >= {(18, "3(b)")}


def test_search_finds_the_2024_session_from_an_english_word(client, demo):
    response = client.get("/en/search/", {"q": "beneficial"})
    items = response.context["groups"]["items"]["results"]
    assert (18, "3(a)") in {(item.session.ordinal, item.label) for item in items}
    assert response.context["groups"]["resolutions"]["count"] >= 1  # 10/6
    assert response.context["groups"]["documents"]["count"] >= 1  # CAC/COSP/WG.2/2024/2


def test_search_finds_a_word_typed_in_another_case(client, demo):
    response = client.get("/en/search/", {"q": "BENEFICIAL OWNERSHIP"})
    assert response.context["total"] > 0


def test_long_search_is_cut_and_says_so(client, demo):
    response = client.get("/en/search/", {"q": "asset" + " x" * 2500})
    assert response.status_code == 200
    assert len(response.context["query"]) == 200
    assert "Only the first 200 characters of the query were searched." in response.content.decode()


def test_search_pages_its_results(client, body):
    build_session(body, 1, items=45, resolutions=0, documents=0)  # and 30 sub-items
    first = client.get("/en/search/", {"q": "item title"})
    assert first.context["groups"]["items"]["count"] == 75
    assert first.context["num_pages"] == 4
    assert len(first.context["groups"]["items"]["results"]) == 20
    last = client.get("/en/search/", {"q": "item title", "page": 4})
    assert len(last.context["groups"]["items"]["results"]) == 15
    assert client.get("/en/search/", {"q": "item title", "page": 5}).status_code == 404


# ---- drafts ----


@pytest.fixture
def draft(body, other_body):
    session = build_session(body, 2, items=2, status=Session.Status.DRAFT)
    session.title_en = "secret draft session"
    session.save()
    AgendaItem.objects.filter(session=session, number=1).update(title_en="Secret draft item")
    return session


def test_draft_answers_404_to_the_public_and_200_to_an_editor(client, editor_client, draft):
    url = draft.get_absolute_url()
    assert Client().get(url).status_code == 404
    response = editor_client.get(url)
    assert response.status_code == 200
    assert "Draft: this session is not published." in response.content.decode()


def test_a_signed_in_user_without_permission_does_not_see_drafts(draft, django_user_model):
    user = django_user_model.objects.create_user("reader", password="a-long-test-password")
    client = Client()
    client.force_login(user)
    assert client.get(draft.get_absolute_url()).status_code == 404
    user.user_permissions.add(
        Permission.objects.get(codename="view_session", content_type__app_label="meetings")
    )
    client.force_login(django_user_model.objects.get(pk=user.pk))
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_draft_content_stays_off_the_public_pages(client, draft, body):
    resolution = draft.resolutions.first()
    document = draft.documents.first()
    pages = [
        "/en/",
        "/en/sessions/",
        f"/en/bodies/{body.slug}/",
        resolution.get_absolute_url(),
        "/en/search/?q=secret",
        "/en/search/?q=Item+title",
    ]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        text = response.content.decode()
        assert "Secret draft item" not in text, url
        assert "secret draft session" not in text.lower(), url
        assert draft.get_absolute_url() not in text, url
    # The draft's documents are not public until the session is published.
    assert client.get(document.get_absolute_url()).status_code == 404


def test_joint_meeting_note_leaves_out_a_draft_partner(client, body, other_body):
    session = build_session(body, 1, items=2, partner_body=other_body)
    page = client.get(session.get_absolute_url()).content.decode()
    assert f'/en/sessions/{other_body.slug}/1/#item-1"' in page
    partner = Session.objects.get(body=other_body)
    partner.status = Session.Status.DRAFT
    partner.save()
    page = client.get(session.get_absolute_url()).content.decode()
    assert f"/en/sessions/{other_body.slug}/" not in page
    assert 'class="joint-meeting"' not in page
    assert 'class="mark"' not in page


# ---- a fixed number of queries whatever the size ----


def count_queries(client, url, django_assert_max_num_queries, bound):
    with django_assert_max_num_queries(bound) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


# The page lists the documents prepared for the session, and reads its current revision.
SESSION_PAGE_QUERIES = 14


def test_session_page_takes_the_same_queries_for_3_or_60_items(
    client, body, other_body, django_assert_max_num_queries
):
    small = build_session(body, 1, items=3, resolutions=1, documents=1, partner_body=other_body)
    big_body = make_body("wg-big", "CAC/COSP/WG.8")
    big_partner = make_body("rg-big", "CAC/COSP/RG.8", name="Review Group on Size")
    big = build_session(
        big_body, 2, items=60, resolutions=20, documents=40, partner_body=big_partner
    )
    assert big.agenda_items.count() == 100  # 60 items, 40 sub-items
    small_count = count_queries(
        client, small.get_absolute_url(), django_assert_max_num_queries, SESSION_PAGE_QUERIES
    )
    big_count = count_queries(
        client, big.get_absolute_url(), django_assert_max_num_queries, SESSION_PAGE_QUERIES
    )
    assert small_count == big_count
    page = client.get(big.get_absolute_url()).content.decode()
    assert page.count('class="joint-meeting"') == 60
    assert page.count('<sup class="mark">') == 120 + 40  # sub-items share their item's mark


@pytest.mark.parametrize(
    ("url", "bound"),
    [
        ("/en/", 4),
        ("/en/sessions/", 4),
        ("/en/sessions/?body=wg-big&year=2025&when=past", 5),
        ("/en/bodies/", 2),
        ("/en/bodies/wg-big/", 5),
        ("/en/search/?q=title", 9),
    ],
)
def test_list_pages_take_a_fixed_number_of_queries(
    client, body, many_sessions, url, bound, django_assert_max_num_queries
):
    count_queries(client, url, django_assert_max_num_queries, bound)


def test_editor_session_page_query_count(editor_client, draft, django_assert_max_num_queries):
    # Signed in: the user, its groups' permissions and the session row come on top.
    count_queries(editor_client, draft.get_absolute_url(), django_assert_max_num_queries, 17)


@pytest.mark.parametrize("lang", ["en", "zh-hans", "ar"])
def test_demo_session_page_stays_within_the_bound(
    client, demo, lang, django_assert_max_num_queries
):
    url = f"/{lang}/sessions/wg-asset-recovery/18/"
    count_queries(client, url, django_assert_max_num_queries, SESSION_PAGE_QUERIES)


@pytest.mark.parametrize(
    ("url", "start"), [("/en/", 'id="bodies-heading"'), ("/en/bodies/", "<h1")]
)
def test_the_conference_comes_before_its_subsidiary_bodies(client, demo, url, start):
    page = client.get(url).content.decode()
    page = page[page.index(start) :]
    links = re.findall(r'<li><a href="/en/bodies/([a-z0-9-]+)/"', page)
    assert links[0] == "cosp"
    assert sorted(links[1:]) == sorted(
        ["wg-asset-recovery", "irg", "expert-meeting-international-cooperation", "wg-prevention"]
    )


def test_a_conference_session_without_agenda_lists_the_resolutions_it_adopted(client, demo):
    page = client.get("/en/sessions/cosp/10/").content.decode()
    adopted = page[page.index('id="adopted-resolutions"') :]
    assert '<a href="/en/resolutions/10/6/">Resolution 10/6</a>' in adopted
    assert "The provisional agenda of this session has not been entered on this site." in page
    assert 'id="agenda"' not in page
    assert "agenda.csv" not in page
    # A session with its agenda shows it, and adopted no resolution.
    page = client.get("/en/sessions/wg-asset-recovery/18/").content.decode()
    assert 'id="agenda"' in page
    assert 'id="adopted-resolutions"' not in page


def test_search_finds_a_resolution_by_its_number(client, demo):
    for query in ["10/6", "10 / 6"]:
        results = client.get("/en/search/", {"q": query}).context["groups"]["resolutions"]
        assert [r.number for r in results["results"]] == ["10/6"]


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_lists_session_lines_read_only_the_columns_they_show(
    body, language, django_assert_num_queries
):
    """The lists read their sessions with ``for_lines()`` (a few columns): each line is the
    same as from the whole row, and showing it asks nothing more of the database."""
    SessionFactory(body=body, ordinal=3, part=1, title_en="", title_fr="", city_en="", country="")
    SessionFactory(body=body, ordinal=4, status=Session.Status.DRAFT, agenda_symbol="X/4/1")
    SessionFactory(body=body, ordinal=5, title_fr="cinquième réunion", city_fr="Vienne")
    with translation.override(language):
        whole = [session_line(s) for s in Session.objects.with_header().order_by("ordinal")]
        with django_assert_num_queries(1):
            lines = [session_line(s) for s in Session.objects.for_lines().order_by("ordinal")]
    assert lines == whole
