"""Files of many rows: an import asks a number of queries that does not grow with its rows,
names a bad row in the middle of a large file and then writes nothing; the export walks
every table by its key, a fixed number of queries per batch of rows."""

import csv
import datetime

import pytest
import tablib
from django.db import connection
from django.test.utils import CaptureQueriesContext

from agendas.models import AgendaItem
from agendas.resources import AgendaItemResource
from config.transfer import ImportFailed, export_all, import_datasets
from documents.keys import resolution_key
from documents.models import Document
from sessions.keys import session_key
from sessions.models import Session
from tests.factories import BodyFactory, ResolutionFactory, SessionFactory

ITEM_HEADERS = ["session", "label", "title_en", "title_fr", "annotation_en", "resolutions"]


def item_rows(session, count, resolutions, title="Item"):
    """``count`` rows of agenda items of ``session``: items 1, 2, 3 ..., item 2 with
    sub-items (a) and (b); every other row cites a resolution."""
    labels = []
    number = 1
    while len(labels) < count:
        labels.append(str(number))
        if number == 2:
            labels += ["2(a)", "2(b)"]
        number += 1
    return [
        [
            session_key(session),
            label,
            f"{title} {label}",
            f"Point {label}",
            f"Annotation of {label}.",
            resolution_key(resolutions[n % len(resolutions)]) if n % 2 else "",
        ]
        for n, label in enumerate(labels[:count])
    ]


def dataset(headers, rows):
    return tablib.Dataset(*rows, headers=headers)


def queries_of_import(name, data):
    with CaptureQueriesContext(connection) as queries:
        import_datasets({name: (f"{name}.csv", data)}, allow_overwrite=True)
    return len(queries)


@pytest.fixture
def resolutions(db):
    return ResolutionFactory.create_batch(3)


@pytest.mark.django_db
def test_an_import_of_agenda_items_asks_as_many_queries_for_60_rows_as_for_20(resolutions):
    small, large = SessionFactory.create_batch(2, status=Session.Status.DRAFT)

    new_20 = queries_of_import(
        "agenda_items", dataset(ITEM_HEADERS, item_rows(small, 20, resolutions))
    )
    new_60 = queries_of_import(
        "agenda_items", dataset(ITEM_HEADERS, item_rows(large, 60, resolutions))
    )
    changed_20 = queries_of_import(
        "agenda_items", dataset(ITEM_HEADERS, item_rows(small, 20, resolutions[1:], "Topic"))
    )
    changed_60 = queries_of_import(
        "agenda_items", dataset(ITEM_HEADERS, item_rows(large, 60, resolutions[1:], "Topic"))
    )

    assert new_20 == new_60
    assert changed_20 == changed_60
    assert AgendaItem.objects.filter(session=large).count() == 60
    sub_item = AgendaItem.objects.get(session=large, label="2(b)")
    assert sub_item.parent.label == "2"
    assert sub_item.title_en == "Topic 2(b)"
    cited = AgendaItem.objects.get(session=large, label="4")
    assert [resolution_key(r) for r in cited.resolutions.all()] == [resolution_key(resolutions[2])]
    assert cited.history.count() == 2  # one record when made, one when changed


SESSION_HEADERS = ["body", "ordinal", "part", "title_en", "start_date", "end_date", "city_en",
                   "country", "agenda_symbol", "resolutions"]  # fmt: skip


def session_rows(body, first, count, resolutions):
    day = datetime.date(2031, 1, 5)
    return [
        [body.slug, ordinal, "", f"Meeting {ordinal}", day.isoformat(), day.isoformat(), "Vienna",
         "AT", f"{body.symbol_prefix}/{ordinal}/1", resolution_key(resolutions[ordinal % 3])]
        for ordinal in range(first, first + count)
    ]  # fmt: skip


@pytest.mark.django_db
def test_an_import_of_sessions_asks_as_many_queries_for_30_rows_as_for_10(resolutions):
    body = BodyFactory()

    ten = queries_of_import(
        "sessions", dataset(SESSION_HEADERS, session_rows(body, 1, 10, resolutions))
    )
    thirty = queries_of_import(
        "sessions", dataset(SESSION_HEADERS, session_rows(body, 100, 30, resolutions))
    )

    assert ten == thirty
    session = Session.objects.get(body=body, ordinal=120)
    agenda = Document.objects.get(symbol=f"{body.symbol_prefix}/120/1")
    assert agenda.session == session
    assert agenda.kind == Document.Kind.PROVISIONAL_AGENDA
    assert list(session.resolutions.all()) == [resolutions[0]]


@pytest.mark.django_db
def test_an_imported_session_has_its_agenda_document_and_one_history_record_each(resolutions):
    body = BodyFactory()
    rows = session_rows(body, 1, 3, resolutions)

    report = import_datasets({"sessions": ("sessions.csv", dataset(SESSION_HEADERS, rows))})

    assert report.totals == {"sessions.csv": {"new": 3, "update": 0, "skip": 0}}
    session = Session.objects.get(body=body, ordinal=2)
    assert list(session.resolutions.all()) == [resolutions[2]]
    assert [record.history_type for record in session.history.all()] == ["+"]
    agenda = Document.objects.get(symbol=f"{body.symbol_prefix}/2/1")
    assert (agenda.session, agenda.kind, agenda.body) == (
        session,
        Document.Kind.PROVISIONAL_AGENDA,
        body,
    )
    assert agenda.title_fr == "Ordre du jour provisoire annoté"
    assert [record.history_type for record in agenda.history.all()] == ["+"]


@pytest.mark.django_db
def test_a_session_refused_before_its_items_are_read_is_not_read_again(resolutions):
    body = BodyFactory()
    rows = session_rows(body, 1, 3, resolutions)
    rows[1][5] = "2030-12-31"  # row 2: the end date before the start date
    headers = [*SESSION_HEADERS, "status"]
    rows = [[*row, "published"] for row in rows]
    items = [[session_key(Session(body=body, ordinal=ordinal)), "1", "Opening", "", "", ""]
             for ordinal in (1, 2, 3)]  # fmt: skip

    with pytest.raises(ImportFailed) as failure:
        import_datasets(
            {
                "sessions": ("sessions.csv", dataset(headers, rows)),
                "agenda_items": ("agenda_items.csv", dataset(ITEM_HEADERS, items)),
            }
        )

    assert failure.value.errors == [
        "sessions.csv, row 2, column “end_date”: The end date cannot be before the start date.",
        f"agenda_items.csv, row 2, column “session”: The session “{body.slug}/2” was not "
        "imported: its row 2 of sessions.csv was refused (see that error).",
    ]
    assert not Session.objects.filter(body=body).exists()
    assert not Document.objects.filter(body=body).exists()


DOCUMENT_HEADERS = ["symbol", "kind", "body", "session", "title_en"]


@pytest.mark.django_db
def test_an_import_of_documents_asks_as_many_queries_for_30_rows_as_for_10():
    session = SessionFactory()

    def rows(first, count):
        return [
            [f"{session.body.symbol_prefix}/D{n}", "background_paper", session.body.slug,
             session_key(session), f"Paper {n}"]
            for n in range(first, first + count)
        ]  # fmt: skip

    ten = queries_of_import("documents", dataset(DOCUMENT_HEADERS, rows(1, 10)))
    thirty = queries_of_import("documents", dataset(DOCUMENT_HEADERS, rows(100, 30)))

    assert ten == thirty
    assert Document.objects.filter(session=session).count() == 40


@pytest.mark.django_db
def test_a_bad_row_in_the_middle_of_a_large_file_is_named_and_nothing_is_written(resolutions):
    session = SessionFactory(status=Session.Status.DRAFT)
    rows = item_rows(session, 1200, resolutions)
    rows[700][1] = "seven"  # row 701 of the file

    with pytest.raises(ImportFailed) as failure:
        import_datasets({"agenda_items": ("agenda_items.csv", dataset(ITEM_HEADERS, rows))})

    assert failure.value.errors == [
        "agenda_items.csv, row 701, column “label”: "
        "“seven” is not an agenda item label such as 3 or 3(a)."
    ]
    assert not AgendaItem.objects.filter(session=session).exists()


@pytest.mark.django_db
def test_two_rows_of_a_large_file_with_one_agenda_symbol_are_refused_by_the_second(resolutions):
    body = BodyFactory()
    rows = session_rows(body, 1, 400, resolutions)
    rows[250][8] = rows[10][8]  # row 251 repeats row 11's agenda symbol

    with pytest.raises(ImportFailed) as failure:
        import_datasets({"sessions": ("sessions.csv", dataset(SESSION_HEADERS, rows))})

    assert len(failure.value.errors) == 1
    assert failure.value.errors[0].startswith("sessions.csv, row 251, column “agenda_symbol”: ")
    assert not Session.objects.filter(body=body).exists()
    assert not Document.objects.filter(body=body).exists()


# --- the export --------------------------------------------------------------------------


def exported_items(folder):
    with open(folder / "agenda_items.csv", encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file))


@pytest.mark.django_db
def test_the_export_walks_the_items_by_key_in_a_fixed_number_of_queries_per_batch(
    resolutions, tmp_path, settings
):
    settings.WGSESSIONS_REPORT_CHUNK_SIZE = 10
    first, second = SessionFactory.create_batch(2, status=Session.Status.DRAFT)
    import_datasets(
        {
            "agenda_items": (
                "agenda_items.csv",
                dataset(
                    ITEM_HEADERS,
                    item_rows(second, 30, resolutions) + item_rows(first, 30, resolutions),
                ),
            )
        }
    )
    resource = AgendaItemResource()

    with CaptureQueriesContext(connection) as queries:
        rows = list(resource.export_rows())

    # One query walks the table in key order, one more reads each batch's resolutions.
    assert len(queries) == 1 + 60 // 10
    assert not [q for q in queries if "OFFSET" in q["sql"].upper()]
    expected = [
        [resource.export_field(resource.fields[name], item) for name in resource.get_export_order()]
        for item in AgendaItem.objects.order_by(
            "session__body__slug", "session__ordinal", "session__part", "position"
        )
    ]
    assert rows == expected
    assert [row[:2] for row in rows[:4]] == [
        [session_key(first), "1"],
        [session_key(first), "2"],
        [session_key(first), "2(a)"],
        [session_key(first), "2(b)"],
    ]
    export_all(tmp_path)
    assert exported_items(tmp_path)[1:] == [[str(cell) for cell in row] for row in rows]
