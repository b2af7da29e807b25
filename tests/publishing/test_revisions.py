"""Published revisions of a session's document, and the changelog between them."""

import datetime
import io
import re

import feedparser
import pytest
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from docx import Document as DocxDocument
from icalendar import Calendar

from agendas.models import AgendaItem
from publishing.models import Revision
from publishing.revisions import publish_revision
from sessions.models import ProgrammeSlot, Session
from sessions.services import publish_session, return_to_draft
from tests.factories import (
    AgendaItemFactory,
    PanelDiscussionFactory,
    ProgrammeEntryFactory,
    ProgrammeSlotFactory,
    ResolutionFactory,
    SessionFactory,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh-hans")


@pytest.fixture
def draft(body):
    session = SessionFactory(
        body=body,
        ordinal=3,
        status=Session.Status.DRAFT,
        agenda_symbol="CAC/COSP/WG.9/2025/1",
    )
    AgendaItemFactory(
        session=session,
        number=1,
        title_en="Organizational matters",
        title_zh_hans="组织事项",
        title_fr="Questions d’organisation",
    )
    second = AgendaItemFactory(
        session=session,
        number=2,
        title_en="Review of implementation",
        title_zh_hans="审查实施情况",
        title_fr="Examen de l’application",
        annotation_en="The Working Group will review implementation.",
    )
    slot = ProgrammeSlotFactory(session=session)
    ProgrammeEntryFactory(slot=slot, agenda_item=second)
    return session


def changed(session):
    """An editor's change: item 2 retitled, a new item 3, the meeting moved to the next day."""
    item = session.agenda_items.get(number=2)
    item.title_en = "Review of the implementation of the Convention"
    item.title_zh_hans = "审查《公约》实施情况"
    item.title_fr = "Examen de l’application de la Convention"
    item.save()
    AgendaItemFactory(
        session=session,
        number=3,
        title_en="Adoption of the report",
        title_zh_hans="通过报告",
        title_fr="Adoption du rapport",
    )
    slot = session.programme_slots.get()
    slot.date = slot.date + datetime.timedelta(days=1)
    slot.save()


def page(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status
    return response.content.decode()


def test_publishing_a_session_freezes_revision_1_in_every_language(draft):
    publish_session(session=draft)
    revision = Revision.objects.get(session=draft)
    assert revision.number == 1
    assert sorted(revision.documents.values_list("language", flat=True)) == sorted(LANGUAGES)
    chinese = revision.documents.get(language="zh-hans")
    assert "审查实施情况" in chinese.page


def test_a_change_is_not_public_until_the_next_revision_is_published(client, draft):
    publish_session(session=draft)
    changed(draft)
    url = "/en/sessions/wg-testing/3/"
    assert "Review of implementation" in page(client, url)
    assert "Review of the implementation of the Convention" not in page(client, url)

    revision = publish_revision(session=draft)
    assert revision.number == 2
    text = page(client, url)
    assert "Review of the implementation of the Convention" in text
    assert "Revision 2" in text


def notice(text):
    match = re.search(r'<p class="notice translation-notice" role="status">(.*?)</p>', text, re.S)
    return " ".join(match[1].split()) if match else None


def test_the_page_of_a_revision_says_how_complete_its_language_was_when_published(client, draft):
    publish_session(session=draft)
    # The Spanish version of revision 1 has none of the texts: the page says so, in Spanish.
    spanish = notice(page(client, "/es/sessions/wg-testing/3/"))
    assert spanish.startswith("Esta versión del documento está incompleta en español")
    # Translated after publication: the published document is still revision 1's, notice and
    # all, until the next revision.
    for item in draft.agenda_items.all():
        item.title_es = f"Tema {item.number}"
        item.save()
    assert notice(page(client, "/es/sessions/wg-testing/3/")) == spanish
    publish_revision(session=draft)
    assert notice(page(client, "/es/sessions/wg-testing/3/")) != spanish
    # English was complete all along.
    assert notice(page(client, "/en/sessions/wg-testing/3/")) is None


def test_the_page_of_a_revision_lists_what_each_item_cites(client, draft):
    item = draft.agenda_items.get(number=2)
    item.resolutions.add(ResolutionFactory(session_number=10, sequence=6))
    PanelDiscussionFactory(agenda_item=item, title_en="Panel on beneficial ownership")
    publish_session(session=draft)
    text = page(client, "/en/sessions/wg-testing/3/")
    assert "Revision 1" in text
    notes = text[text.index('class="item-notes"') :]
    assert "Agenda item 2" in notes
    assert "10/6" in notes
    assert "Panel on beneficial ownership" in notes
    assert "Programme of work, day by day" in text


def test_both_revisions_stay_readable_at_their_own_urls(client, draft):
    publish_session(session=draft)
    changed(draft)
    publish_revision(session=draft)
    first = page(client, "/en/sessions/wg-testing/3/revisions/1/")
    assert "Review of implementation" in first
    assert "Adoption of the report" not in first
    assert "This is not the current revision." in first
    second = page(client, "/en/sessions/wg-testing/3/revisions/2/")
    assert "Review of the implementation of the Convention" in second
    assert "This is not the current revision." not in second
    page(client, "/en/sessions/wg-testing/3/revisions/3/", status=404)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            [
                "Item 2 retitled: “Review of implementation” is now "
                "“Review of the implementation of the Convention”",
                "Item 3 added: Adoption of the report",
                "Meeting moved from Monday, 2 June 2025, 10 a.m.–1 p.m. "
                "to Tuesday, 3 June 2025, 10 a.m.–1 p.m.",
            ],
        ),
        (
            "zh-hans",
            [
                "项目 2 的标题已更改：“审查实施情况”现为“审查《公约》实施情况”",
                "新增项目 3：通过报告",
                "会议由 2025年6月2日，星期一，上午 10 时至下午 1 时 "
                "改至 2025年6月3日，星期二，上午 10 时至下午 1 时",
            ],
        ),
        (
            "ar",
            [
                "نُقلت الجلسة من الاثنين، 2 يونيو 2025، 10:00–13:00 "
                "إلى الثلاثاء، 3 يونيو 2025، 10:00–13:00",
            ],
        ),
        (
            "fr",
            [
                "Point 2 renommé\u00a0: «\u00a0Examen de l’application\u00a0» devient "
                "«\u00a0Examen de l’application de la Convention\u00a0»",
                "Point 3 ajouté\u00a0: Adoption du rapport",
                "Séance déplacée du lundi 2 juin 2025, 10:00–13:00 "
                "au mardi 3 juin 2025, 10:00–13:00",
            ],
        ),
    ],
)
def test_the_changelog_names_the_changed_items_in_the_readers_language(
    client, draft, language, expected
):
    publish_session(session=draft)
    changed(draft)
    publish_revision(session=draft)
    text = page(client, f"/{language}/sessions/wg-testing/3/revisions/")
    for line in expected:
        assert f"<li>{line}</li>" in text.replace("&ldquo;", "“").replace("&rdquo;", "”")


def test_the_changelog_lists_every_kind_of_change_in_each_language(client, draft):
    publish_session(session=draft)
    changed(draft)
    draft.agenda_items.get(number=1).delete()
    publish_revision(session=draft)
    for language in LANGUAGES:
        text = page(client, f"/{language}/sessions/wg-testing/3/revisions/")
        assert text.count('<ul class="changes">') == 1
        # retitled, added, removed, moved: four changes, none left in English but the titles.
        changes = text.split('<ul class="changes">')[1].split("</ul>")[0]
        assert changes.count("<li>") == 4
        if language != "en":
            assert "added" not in changes
            assert "Meeting" not in changes


def test_the_calendar_keeps_its_uids_across_revisions(client, draft):
    publish_session(session=draft)
    url = "/en/sessions/wg-testing/3/calendar.ics"
    before = {
        str(event["uid"]) for event in Calendar.from_ical(client.get(url).content).walk("VEVENT")
    }
    changed(draft)
    publish_revision(session=draft)
    after = Calendar.from_ical(client.get(url).content).walk("VEVENT")
    assert {str(event["uid"]) for event in after} == before
    assert after[0].decoded("dtstart").date() == datetime.date(2025, 6, 3)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Item 3 added: Adoption of the report"), ("zh-hans", "新增项目 3：通过报告")],
)
def test_the_feeds_entry_of_a_revised_session_carries_its_changelog(
    client, draft, language, expected
):
    publish_session(session=draft)
    changed(draft)
    revision = publish_revision(session=draft)
    published = revision.published_at.astimezone(datetime.UTC).timetuple()[:6]
    for url in (f"/{language}/sessions/feed.atom", f"/{language}/bodies/wg-testing/feed.atom"):
        [entry] = feedparser.parse(client.get(url).content).entries
        assert expected in entry.summary
        assert tuple(entry.updated_parsed[:6]) == published


def test_publishing_again_without_a_change_is_refused(draft):
    publish_session(session=draft)
    with pytest.raises(ValidationError) as refused:
        publish_revision(session=draft)
    assert refused.value.messages == [
        "Nothing has changed since revision 1: there is nothing to publish."
    ]
    assert Revision.objects.filter(session=draft).count() == 1


def test_returning_to_draft_and_publishing_unchanged_keeps_the_revision(draft):
    publish_session(session=draft)
    return_to_draft(session=draft)
    publish_session(session=draft)
    assert list(Revision.objects.filter(session=draft).values_list("number", flat=True)) == [1]


def test_a_revised_document_takes_the_rev_mark_in_its_symbol(client, draft):
    publish_session(session=draft)
    changed(draft)
    publish_revision(session=draft, symbol_suffix="Rev.1")
    text = page(client, "/en/sessions/wg-testing/3/")
    assert "CAC/COSP/WG.9/2025/1/Rev.1" in text
    docx = client.get("/en/sessions/wg-testing/3/document.docx")
    assert docx.status_code == 200
    header_text = "\n".join(
        paragraph.text
        for section in DocxDocument(io.BytesIO(docx.content)).sections
        for paragraph in section.header.paragraphs
    ) + "\n".join(p.text for p in DocxDocument(io.BytesIO(docx.content)).paragraphs)
    assert "CAC/COSP/WG.9/2025/1/Rev.1" in header_text
    assert "Review of the implementation of the Convention" in header_text


def test_a_mark_that_is_not_the_uns_is_refused(draft):
    publish_session(session=draft)
    changed(draft)
    with pytest.raises(ValidationError) as refused:
        publish_revision(session=draft, symbol_suffix="Rev1")
    assert refused.value.message_dict["symbol_suffix"] == [
        "Write the UN's mark as Rev.1 (a revised document) or Corr.1 (a corrigendum)."
    ]
    assert Revision.objects.filter(session=draft).count() == 1


def test_the_download_is_the_current_revisions_file(client, draft):
    publish_session(session=draft)
    changed(draft)
    docx = client.get("/en/sessions/wg-testing/3/document.docx")
    text = "\n".join(p.text for p in DocxDocument(io.BytesIO(docx.content)).paragraphs)
    assert "Review of implementation" in text
    assert "Adoption of the report" not in text


def test_a_drafts_revisions_are_not_found(client, draft):
    publish_session(session=draft)
    return_to_draft(session=draft)
    page(client, "/en/sessions/wg-testing/3/revisions/", status=404)
    page(client, "/en/sessions/wg-testing/3/revisions/1/", status=404)


# --- The editor's review page -------------------------------------------------------------------


@pytest.fixture
def editor(client, db):
    user = User.objects.create_user("editor", password="a long secret phrase", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


def test_an_editor_sees_the_changes_before_publishing(client, editor, draft):
    publish_session(session=draft)
    changed(draft)
    url = f"/admin/publishing/revision/publish/{draft.pk}/"
    text = page(client, url)
    assert "Item 3 added: Adoption of the report" in text
    assert "Publish revision 2" in text
    # The admin's breadcrumbs (styled as on its other pages), up to the session's page.
    assert '<ol class="breadcrumbs">' in text
    assert f'<li><a href="/admin/meetings/session/{draft.pk}/change/">' in text
    response = client.post(url, {"symbol_suffix": "Rev.1"})
    assert response.status_code == 302
    assert response["Location"] == f"/admin/meetings/session/{draft.pk}/change/"
    revision = Revision.objects.get(session=draft, number=2)
    assert revision.symbol_suffix == "Rev.1"


def test_the_review_page_says_a_bad_mark_and_publishes_nothing(client, editor, draft):
    publish_session(session=draft)
    changed(draft)
    response = client.post(
        f"/admin/publishing/revision/publish/{draft.pk}/", {"symbol_suffix": "R1"}
    )
    assert response.status_code == 200
    assert "Write the UN&#x27;s mark as Rev.1" in response.content.decode()
    assert Revision.objects.filter(session=draft).count() == 1


def test_the_session_page_of_the_admin_links_the_review(client, editor, draft):
    publish_session(session=draft)
    text = page(client, f"/admin/meetings/session/{draft.pk}/change/")
    assert "Delegates see revision 1" in text
    assert f"/admin/publishing/revision/publish/{draft.pk}/" in text


def test_an_editor_previews_the_changes_a_delegate_does_not_see(client, editor, draft):
    publish_session(session=draft)
    changed(draft)
    review = page(client, f"/admin/publishing/revision/publish/{draft.pk}/")
    assert "/en/sessions/wg-testing/3/?preview=changes" in review
    preview = page(client, "/en/sessions/wg-testing/3/?preview=changes")
    assert "Review of the implementation of the Convention" in preview
    assert "Preview: this page shows the changes not yet published" in preview
    docx = client.get("/en/sessions/wg-testing/3/document.docx?preview=changes")
    text = "\n".join(p.text for p in DocxDocument(io.BytesIO(docx.content)).paragraphs)
    assert "Adoption of the report" in text
    client.logout()
    public = page(client, "/en/sessions/wg-testing/3/?preview=changes")
    assert "Review of the implementation of the Convention" not in public
    assert "Preview:" not in public


def test_a_delegate_cannot_publish_a_revision(client, draft):
    user = User.objects.create_user("delegate", password="a long secret phrase", is_staff=True)
    client.force_login(user)
    response = client.post(f"/admin/publishing/revision/publish/{draft.pk}/", {})
    assert response.status_code == 403
    assert not Revision.objects.exists()
    assert ProgrammeSlot.objects.filter(session=draft).exists()
    assert AgendaItem.objects.filter(session=draft).count() == 2
