"""The programme of work's title of an entry: one choice (ProgrammeEntry.shown_title) for the
page and the programme report."""

import pytest

from tests.factories import AgendaItemFactory, ProgrammeEntryFactory, ProgrammeSlotFactory
from tests.report_files import csv_records

pytestmark = pytest.mark.django_db


@pytest.fixture
def entry(session):
    """An entry worded in English only, for an item whose title is in Chinese too."""
    item = AgendaItemFactory(
        session=session, number=2, title_en="General discussion", title_zh_hans="一般性辩论"
    )
    slot = ProgrammeSlotFactory(session=session)
    return ProgrammeEntryFactory(slot=slot, agenda_item=item, title_en="General debate")


def page_title(client, lang):
    page = client.get(f"/{lang}/sessions/wg-testing/1/").text
    programme = page[page.index('<table class="programme">') :]
    row = programme[programme.index('<a href="#item-2" dir="ltr">') :]
    cell = row[row.index("<td>") + 4 :]
    return cell[: cell.index("</td>")]


def report_title(client, lang):
    response = client.get(f"/{lang}/sessions/wg-testing/1/programme.csv")
    [record] = csv_records(b"".join(response.streaming_content))
    return list(record.values())[4]


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        # The reader's language first, from either the entry or its item.
        ("zh-hans", "一般性辩论"),
        # The entry's own wording where it has the language.
        ("en", "General debate"),
        # Neither has French: the entry's English wording, marked as English on the page.
        ("fr", "General debate"),
    ],
)
def test_the_page_and_the_report_show_the_same_title(client, entry, lang, shown):
    assert report_title(client, lang) == shown
    on_page = page_title(client, lang)
    marked = (
        f'<bdi lang="en" dir="ltr">{shown}</bdi><span class="fallback-language"> (anglais)</span>'
    )
    assert on_page in (shown, marked)
    assert entry.shown_title(lang).text == shown
