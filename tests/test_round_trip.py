"""Every model exported to files and imported into an empty database gives the same data:
the same rows, links and translations, compared through natural keys (never ids)."""

import csv
import io

import pytest
from django.core.management import CommandError, call_command
from django.db import models
from modeltranslation.translator import NotRegistered, translator

from agendas.models import (
    AgendaItem,
    AgendaItemDocument,
    Footnote,
    JointMeeting,
    JointMeetingItem,
    PanelDiscussion,
)
from config.transfer import FILES, ImportFailed, export_all, import_all
from documents.models import Document, Mandate, Resolution
from sessions.models import Body, ProgrammeEntry, ProgrammeSlot, Session, Venue

# Children before parents: the order in which an emptied database lets rows go.
MODELS = [
    JointMeetingItem,
    JointMeeting,
    ProgrammeEntry,
    ProgrammeSlot,
    PanelDiscussion,
    AgendaItemDocument,
    Footnote,
    AgendaItem,
    Mandate,
    Document,
    Resolution,
    Session,
    Venue,
    Body,
]


def natural_key(obj):
    """How a row is known without its id (independent of the resources under test)."""
    match obj:
        case Body():
            return obj.slug
        case Venue():
            return (obj.name_en, obj.city_en)
        case Session():
            return (obj.body.slug, obj.ordinal)
        case AgendaItem():
            return (natural_key(obj.session), obj.label)
        case Footnote():
            return (natural_key(obj.session), "note", obj.number)
        case Document():
            return obj.symbol
        case Resolution():
            return (obj.session_number, obj.sequence)
        case ProgrammeSlot():
            return (natural_key(obj.session), obj.date, obj.start_time)
        case JointMeeting():
            return tuple(sorted(natural_key(m.agenda_item) for m in obj.memberships.all()))
    raise AssertionError(f"no natural key for {obj!r}")


def translated_originals(model):
    """modeltranslation's original columns (``title``), which mirror whichever language
    was active when the row was saved: not data of their own."""

    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


#: The related rows a model's natural key reads (a session's body, ...).
KEY_PATHS = {
    Session: ["body"],
    AgendaItem: ["session__body"],
    Footnote: ["session__body"],
    ProgrammeSlot: ["session__body"],
}
JOINT_MEETING_KEY = "memberships__agenda_item__session__body"


def rows_with_their_keys(model):
    """Every row of ``model``, with the related rows that its natural key and those of its
    foreign keys and links read, in a few queries instead of a few for each row."""
    joined, prefetched = [], [JOINT_MEETING_KEY] if model is JointMeeting else []
    for field in model._meta.concrete_fields:
        if isinstance(field, models.ForeignKey):
            if field.related_model is JointMeeting:
                prefetched.append(f"{field.name}__{JOINT_MEETING_KEY}")
            joined.append(field.name)
            joined += [f"{field.name}__{path}" for path in KEY_PATHS.get(field.related_model, [])]
    for field in model._meta.many_to_many:
        if field.remote_field.through._meta.auto_created:
            prefetched.append(field.name)
            prefetched += [f"{field.name}__{p}" for p in KEY_PATHS.get(field.related_model, [])]
    queryset = model.objects.prefetch_related(*prefetched)
    return queryset.select_related(*joined) if joined else queryset


def canonical_dump():
    """Every row of every model as a sorted list of (field, value) tuples: foreign keys
    and many-to-many links by natural key, translations one field per language."""
    dump = {}
    for model in MODELS:
        originals = translated_originals(model)
        rows = []
        for obj in rows_with_their_keys(model):
            values = []
            for field in model._meta.concrete_fields:
                # The time of a row's last save (``modified``) is the import's, not the file's.
                if (
                    field.primary_key
                    or field.name in originals
                    or getattr(field, "auto_now", False)
                ):
                    continue
                if isinstance(field, models.ForeignKey):
                    related = getattr(obj, field.name)
                    values.append((field.name, None if related is None else natural_key(related)))
                else:
                    values.append((field.name, getattr(obj, field.attname)))
            for field in model._meta.many_to_many:
                if field.remote_field.through._meta.auto_created:
                    keys = sorted(natural_key(o) for o in getattr(obj, field.name).all())
                    values.append((field.name, keys))
            if model is JointMeeting:
                values.append(("items", natural_key(obj)))
            rows.append(tuple(values))
        dump[model.__name__] = sorted(rows, key=repr)
    return dump


def empty_the_database():
    for model in MODELS:
        if model is Body:
            while Body.objects.exists():  # subsidiary bodies first (their parent is protected)
                Body.objects.filter(subsidiary_bodies__isnull=True).delete()
        model.objects.all().delete()
    assert all(not model.objects.exists() for model in MODELS)


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_export_then_import_into_an_empty_database_recreates_the_demo(demo, tmp_path, file_format):
    before = canonical_dump()
    counts = export_all(tmp_path, file_format)
    empty_the_database()

    report = import_all(tmp_path)

    after = canonical_dump()
    for model in MODELS:
        assert after[model.__name__] == before[model.__name__], model.__name__
    # Every model has rows to compare; each file held all of them, each imported as new.
    assert all(before[model.__name__] for model in MODELS)
    for name, resource in FILES.items():
        model = resource._meta.model.__name__
        assert counts[f"{name}.{file_format}"] == len(before[model]), name
    assert report.totals[f"agenda_items.{file_format}"]["new"] == len(before["AgendaItem"])
    print({name: len(rows) for name, rows in before.items()})


def test_importing_the_same_files_again_changes_nothing(demo, tmp_path):
    export_all(tmp_path)
    before = canonical_dump()

    report = import_all(tmp_path)

    assert canonical_dump() == before
    for file_name, totals in report.totals.items():
        assert totals["new"] == 0, file_name
        assert totals["update"] == 0, file_name


def test_a_bad_row_in_one_file_writes_nothing_from_any_file(demo, tmp_path):
    export_all(tmp_path)
    empty_the_database()
    footnotes = tmp_path / "footnotes.csv"
    lines = footnotes.read_text(encoding="utf-8-sig").splitlines()
    lines[1] = lines[1].replace("wg-asset-recovery/18", "wg-asset-recovery/99", 1)
    footnotes.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")

    with pytest.raises(ImportFailed) as failure:
        import_all(tmp_path)

    assert any(
        "footnotes.csv, row 1" in line and "wg-asset-recovery/99" in line
        for line in failure.value.errors
    ), failure.value.errors
    assert all(not model.objects.exists() for model in MODELS)


def test_export_all_and_import_all_commands(demo, tmp_path, capsys):
    before = canonical_dump()
    call_command("export_all", str(tmp_path), "--format", "xlsx")
    assert "agenda_items.xlsx: 29 rows" in capsys.readouterr().out
    empty_the_database()

    call_command("import_all", str(tmp_path), "--dry-run")
    assert "agenda_items.xlsx: 29 new" in capsys.readouterr().out
    assert not Session.objects.exists()

    call_command("import_all", str(tmp_path))
    assert "joint_meetings.xlsx: 3 new" in capsys.readouterr().out
    assert canonical_dump() == before


def test_import_all_command_reports_bad_rows_and_writes_nothing(demo, tmp_path):
    export_all(tmp_path)
    empty_the_database()
    (tmp_path / "venues.csv").write_text("name_en,city_en\nNowhere,Nocity\n", encoding="utf-8")

    with pytest.raises(CommandError) as failure:
        call_command("import_all", str(tmp_path))

    assert "venues.csv" in str(failure.value)
    assert "“country”" in str(failure.value)
    assert not Body.objects.exists()


def test_a_bad_value_is_named_by_its_row_and_column(demo, tmp_path):
    export_all(tmp_path, "csv")
    path = tmp_path / "sessions.csv"
    text = path.read_text(encoding="utf-8-sig")
    header, first, *rest = text.splitlines()
    columns = header.split(",")
    cells = first.split(",")
    cells[columns.index("start_date")] = "2024-02-30"
    path.write_text("\n".join([header, ",".join(cells), *rest]) + "\n", encoding="utf-8-sig")

    with pytest.raises(ImportFailed) as refused:
        import_all(tmp_path)
    assert "sessions.csv, row 1, column “start_date”: “2024-02-30” is not a date" in str(
        refused.value
    )


def test_a_file_without_a_key_column_says_which(demo, tmp_path):
    export_all(tmp_path, "csv")
    path = tmp_path / "bodies.csv"
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    out = io.StringIO()
    writer = csv.DictWriter(out, [name for name in rows[0] if name != "slug"])
    writer.writeheader()
    writer.writerows({k: v for k, v in row.items() if k != "slug"} for row in rows)
    path.write_text(out.getvalue(), encoding="utf-8-sig")

    with pytest.raises(ImportFailed) as refused:
        import_all(tmp_path)
    assert "bodies.csv, The file has no column “slug”, which every row needs." in str(refused.value)
