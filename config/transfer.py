"""Every model to files and back: ``export_all(directory)`` writes one file per model
(``bodies.csv``, ``sessions.csv``, ...) and ``import_all(directory)`` reads them in the
order their keys depend on, in one transaction: a file with a bad row writes nothing.
Every file is read and checked in the same run, so that one run lists the errors of all of
them; a row that names a row refused earlier says so once (``remembering_refusals``).

The import also refuses, unless told otherwise, rows that would empty a value the database
holds (``allow_blanking``) and rows whose record changed after the file was exported
(``allow_overwrite``); the rows that change a field their resource flags are listed in the
report's ``warnings``.

Sessions and resolutions refer to each other (a session is prepared under resolutions; a
resolution is adopted at a session of the Conference), and a session is published only
once it has agenda items: when the run also holds a ``resolutions`` file, a ``sessions``
file's ``resolutions`` column waits for it, and when it holds an ``agenda_items`` file, its
``status`` column waits for that; the columns that waited are read at the end, with the key
columns, for the rows the first pass did not refuse. A ``sessions`` file alone is read once.
"""

from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _

from agendas.resources import (
    AgendaItemDocumentResource,
    AgendaItemResource,
    FootnoteResource,
    JointMeetingItemResource,
    JointMeetingResource,
    PanelDiscussionResource,
)
from config.lib import spreadsheet
from config.lib.resources import (
    ImportWarning,
    error_messages,
    remembering_refusals,
)
from documents.resources import DocumentResource, MandateResource, ResolutionResource
from sessions.resources import (
    BodyResource,
    ProgrammeEntryResource,
    ProgrammeSlotResource,
    SessionResource,
    VenueResource,
)

#: One file per model, named by its content, in the order the files are imported.
FILES = {
    "bodies": BodyResource,
    "venues": VenueResource,
    "sessions": SessionResource,
    "resolutions": ResolutionResource,
    "documents": DocumentResource,
    "mandates": MandateResource,
    "agenda_items": AgendaItemResource,
    "footnotes": FootnoteResource,
    "agenda_item_documents": AgendaItemDocumentResource,
    "panel_discussions": PanelDiscussionResource,
    "programme_slots": ProgrammeSlotResource,
    "programme_entries": ProgrammeEntryResource,
    "joint_meetings": JointMeetingResource,
    "joint_meeting_items": JointMeetingItemResource,
}

#: (file, {column: the file of the run it waits for}): a file read a second time reads only
#: its key columns and the columns that waited on its first pass.
IMPORT_STEPS = [
    ("bodies", {}),
    ("venues", {}),
    ("sessions", {"resolutions": "resolutions", "status": "agenda_items"}),
    ("resolutions", {}),
    ("documents", {}),
    ("mandates", {}),
    ("agenda_items", {}),
    ("footnotes", {}),
    ("agenda_item_documents", {}),
    ("panel_discussions", {}),
    ("programme_slots", {}),
    ("programme_entries", {}),
    ("joint_meetings", {}),
    ("joint_meeting_items", {}),
    ("sessions", {}),
]

FORMATS = {format_class().get_extension(): format_class for format_class in spreadsheet.FORMATS}


class ImportFailed(Exception):
    """The files hold bad rows: ``errors`` lists each with its file, row and reason."""

    def __init__(self, errors):
        self.errors = errors
        super().__init__("\n".join(errors))


@dataclass
class ImportReport:
    #: file name → {"new": n, "update": n, "skip": n}: each row counted once, by what the
    #: passes over its file did to it (new if any pass made it, otherwise updated if any
    #: pass changed it)
    totals: dict = field(default_factory=dict)
    files: list = field(default_factory=list)
    #: "file name, row n: ..." of each ImportWarning, in the order of the files
    warnings: list = field(default_factory=list)


#: What a pass did to a row, weakest first: a row's count is the strongest of its passes.
OUTCOMES = ["skip", "update", "new"]


def _count(outcomes):
    totals = dict.fromkeys(("new", "update", "skip"), 0)
    for outcome in outcomes.values():
        totals[outcome] += 1
    return totals


def export_all(directory, file_format="csv"):
    """Write every model to ``directory`` (made if needed); returns {file name: rows}.
    Each table is read in key order through one cursor, chunk by chunk; a CSV file is
    written row by row as it is read."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    format_class = FORMATS[file_format]
    counts = {}
    # One transaction: every file from the same state of the database, and each table read
    # through a cursor that streams its rows (outside a transaction, PostgreSQL would first
    # copy the whole result aside to keep the cursor open).
    with transaction.atomic():
        for name, resource_class in FILES.items():
            counts[f"{name}.{file_format}"] = _export_file(
                directory, name, resource_class, file_format, format_class
            )
    return counts


def _export_file(directory, name, resource_class, file_format, format_class):
    """Write one model's file; returns its rows."""
    path = directory / f"{name}.{file_format}"
    resource = resource_class()
    if format_class is spreadsheet.CSV:
        # Row by row into the file: memory stays flat whatever the table's size.
        return spreadsheet.write_csv(path, resource.get_export_headers(), resource.export_rows())
    dataset = resource.export(force_native_type=True)
    dataset.title = name
    path.write_bytes(spreadsheet.write_dataset(format_class(), dataset))
    return len(dataset)


def find_file(directory, name):
    for extension, format_class in FORMATS.items():
        path = Path(directory) / f"{name}.{extension}"
        if path.exists():
            return path, format_class()
    return None, None


def read_file(path, file_format):
    try:
        return spreadsheet.read_dataset(file_format, path.read_bytes())
    except spreadsheet.UnreadableFile as error:
        raise ImportFailed([f"{path.name}: {error}"]) from None


def import_all(directory, *, dry_run=False, allow_blanking=False, allow_overwrite=False):
    """Import the files of ``directory`` (CSV or XLSX, named as ``FILES``; missing files
    are left out) into the database in one transaction. Raises ImportFailed, having
    written nothing, when a file or a row is bad (listing every one of every file), when a
    row would empty a value (unless ``allow_blanking``) or when a row's record changed after
    its export (unless ``allow_overwrite``); with ``dry_run`` writes nothing either way."""
    datasets, errors = {}, []
    for name in FILES:
        path, file_format = find_file(directory, name)
        if path is None:
            continue
        try:
            datasets[name] = (path.name, read_file(path, file_format))
        except ImportFailed as failure:
            errors += failure.errors
    if not datasets and not errors:
        raise ImportFailed([_("%(directory)s holds none of the files.") % {"directory": directory}])
    return import_datasets(
        datasets,
        errors=errors,
        dry_run=dry_run,
        allow_blanking=allow_blanking,
        allow_overwrite=allow_overwrite,
    )


def import_datasets(
    datasets, *, errors=(), dry_run=False, allow_blanking=False, allow_overwrite=False
):
    """Import ``datasets`` ({name of ``FILES``: (file name, tablib Dataset)}, the file name
    being what the errors name it by: a file, a workbook's sheet) as ``import_all`` imports
    a directory's files: in ``IMPORT_STEPS`` order, in one transaction, every error of
    every dataset listed (with ``errors``, those found while reading them), nothing written
    on error. A dataset may come back changed (a ``sessions`` file without ``part`` gets
    that column): it is read once and not copied first."""
    report = ImportReport()
    errors = list(errors)
    report.files = [file_name for file_name, _dataset in datasets.values()]

    refused = {ImportWarning.BLANK: allow_blanking, ImportWarning.CHANGED: allow_overwrite}
    outcomes, warnings, refusals = {}, [], set()
    #: {file name: (the columns its first pass left out, the rows that pass refused)}
    waiting = {}
    # Each row's version is compared with the database as it is before the run: a record
    # that an earlier file of the run makes or changes is not one changed since the export.
    changed = {
        name: FILES[name]().version_warnings(dataset) for name, (_f, dataset) in datasets.items()
    }
    with transaction.atomic(), remembering_refusals():
        for name, waits_for in IMPORT_STEPS:
            if name not in datasets:
                continue
            file_name, dataset = datasets[name]
            if not dataset.height:
                continue  # a file of headers only (tablib's subset of no rows is None)
            resource = FILES[name](diff=False)
            skipped = ()
            if name in waiting:
                # A second pass over a file: only the columns that waited, for the rows that
                # the first pass did not refuse (their versions were compared on the first).
                left_out, skipped = waiting.pop(name)
                if not left_out:
                    continue
                read = {*resource.key_columns(), *left_out}
            else:
                left_out = [
                    column
                    for column, later in waits_for.items()
                    if later in datasets and column in dataset.headers
                ]
                read = set(dataset.headers) - set(left_out)
            if read != set(dataset.headers):
                dataset = dataset.subset(
                    cols=[header for header in dataset.headers if header in read]
                )
            # The rows of a file with a bad row are kept until the end (then rolled back with
            # everything), so that the next files are checked against them.
            result = resource.import_data(
                dataset,
                dry_run=False,
                raise_errors=False,
                file_name=file_name,
                check_versions=False,
                skipped_rows=skipped,
            )
            if name not in waiting and waits_for:
                # (a file refused whole is not read again)
                refused_rows = {row.number for row in (*result.invalid_rows, *result.error_rows)}
                waiting[name] = ([] if result.base_errors else left_out, refused_rows)
            result.import_warnings[:0] = changed.pop(name, [])
            errors += error_messages(result, file_name)
            rows = outcomes.setdefault(file_name, {})
            for number, row in enumerate(result.rows, start=1):
                if row.import_type in OUTCOMES:
                    before = rows.get(number, "skip")
                    rows[number] = max(before, row.import_type, key=OUTCOMES.index)
            for warning in result.import_warnings:
                line = _("%(prefix)srow %(row)s: %(message)s") % {
                    "prefix": f"{file_name}, ",
                    "row": warning.row,
                    "message": warning.message,
                }
                if not refused.get(warning.kind, True):
                    errors.append(line)
                    refusals.add(warning.kind)
                elif line not in warnings:
                    warnings.append(line)
        errors = list(dict.fromkeys(errors))
        if ImportWarning.BLANK in refusals:
            errors.append(
                _(
                    "A row that empties a value is refused: to import such rows, run again "
                    "with --allow-blanking."
                )
            )
        if ImportWarning.CHANGED in refusals:
            errors.append(
                _(
                    "A row whose record changed after the file was exported is refused: to "
                    "replace those changes, run again with --allow-overwrite."
                )
            )
        if errors or dry_run:
            transaction.set_rollback(True)
    if errors:
        raise ImportFailed(errors)
    report.totals = {file_name: _count(rows) for file_name, rows in outcomes.items()}
    report.warnings = warnings
    return report
