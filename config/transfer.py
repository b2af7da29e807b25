"""Every model to files and back: ``export_all(directory)`` writes one file per model
(``bodies.csv``, ``sessions.csv``, ...) and ``import_all(directory)`` reads them in the
order their keys depend on, in one transaction: a file with a bad row writes nothing.

Sessions and resolutions refer to each other (a session is prepared under resolutions; a
resolution is adopted at a session of the Conference), and a session is published only
once it has agenda items: ``sessions`` is therefore read twice, first without its
``resolutions`` and ``status`` columns, and again, whole, at the end.
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
from config.lib.resources import error_messages
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

#: (file, columns left out on that pass)
IMPORT_STEPS = [
    ("bodies", ()),
    ("venues", ()),
    ("sessions", ("resolutions", "status")),
    ("resolutions", ()),
    ("documents", ()),
    ("mandates", ()),
    ("agenda_items", ()),
    ("footnotes", ()),
    ("agenda_item_documents", ()),
    ("panel_discussions", ()),
    ("programme_slots", ()),
    ("programme_entries", ()),
    ("joint_meetings", ()),
    ("joint_meeting_items", ()),
    ("sessions", ()),
]

FORMATS = {format_class().get_extension(): format_class for format_class in spreadsheet.FORMATS}


class ImportFailed(Exception):
    """The files hold bad rows: ``errors`` lists each with its file, row and reason."""

    def __init__(self, errors):
        self.errors = errors
        super().__init__("\n".join(errors))


@dataclass
class ImportReport:
    #: file name → {"new": n, "update": n, "skip": n}, summed over the passes
    totals: dict = field(default_factory=dict)
    files: list = field(default_factory=list)


def export_all(directory, file_format="csv"):
    """Write every model to ``directory`` (made if needed); returns {file name: rows}."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    format_class = FORMATS[file_format]
    counts = {}
    for name, resource_class in FILES.items():
        kwargs = {"force_native_type": True} if format_class().is_binary() else {}
        dataset = resource_class().export(**kwargs)
        dataset.title = name
        path = directory / f"{name}.{file_format}"
        path.write_bytes(spreadsheet.write_dataset(format_class(), dataset))
        counts[path.name] = len(dataset)
    return counts


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


def import_all(directory, *, dry_run=False):
    """Import the files of ``directory`` (CSV or XLSX, named as ``FILES``; missing files
    are left out) into the database in one transaction. Raises ImportFailed, having
    written nothing, when a row is bad; with ``dry_run`` writes nothing either way."""
    report = ImportReport()
    datasets = {}
    for name in FILES:
        path, file_format = find_file(directory, name)
        if path is not None:
            datasets[name] = (path.name, read_file(path, file_format))
    if not datasets:
        raise ImportFailed([_("%(directory)s holds none of the files.") % {"directory": directory}])
    report.files = [file_name for file_name, _dataset in datasets.values()]

    errors = []
    with transaction.atomic():
        for name, left_out in IMPORT_STEPS:
            if name not in datasets:
                continue
            file_name, dataset = datasets[name]
            if not dataset.height:
                continue  # a file of headers only (tablib's subset of no rows is None)
            dataset = dataset.subset(
                cols=[header for header in dataset.headers if header not in left_out]
            )
            result = FILES[name]().import_data(
                dataset, dry_run=False, raise_errors=False, rollback_on_validation_errors=True
            )
            errors += error_messages(result, file_name)
            totals = report.totals.setdefault(file_name, {"new": 0, "update": 0, "skip": 0})
            for kind in totals:
                totals[kind] += result.totals[kind]
            if errors:
                break
        if errors or dry_run:
            transaction.set_rollback(True)
    if errors:
        raise ImportFailed(errors)
    return report
