"""One session's agenda as one XLSX workbook, and back.

``download(session)`` writes a sheet per kind of row (the session, its agenda items, their
documents, ...: ``SHEETS``), each holding exactly the rows that the resource of that kind
exports for the session (``config.transfer.FILES``: the same columns, the same keys), a sheet
“Columns” with the meaning and the allowed values of each column, and drop-down lists (data
validation) on the columns whose values are a choice. ``template()`` is the same workbook
with no rows, and a sheet “Example” with an example row under the header of each sheet.

``upload(data)`` imports an edited workbook through the same resources, as ``import_all``
imports files (``config.transfer.import_datasets``): in one transaction, every error of
every sheet listed by sheet and row, nothing written on error. The sheets “Columns”,
“Example” and “Lists” are not read; a sheet the workbook leaves out is left out of the
import.
"""

import io
from dataclasses import dataclass

import tablib
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from agendas.models import JointMeeting
from agendas.resources import LabelField
from config.lib import spreadsheet
from config.lib.resources import (
    VERSION_COLUMN,
    BooleanWidget,
    ChoiceWidget,
    DateWidget,
    KeyListMixin,
    KeyWidget,
    TimeWidget,
)
from sessions.keys import parts_list
from sessions.models import SessionPart
from sessions.resources import PartWidget

from .transfer import FILES, ImportFailed, import_datasets


@dataclass(frozen=True)
class Sheet:
    #: The sheet's name in the workbook.
    title: str
    #: The name of its rows' resource in ``config.transfer.FILES``.
    file: str
    #: The lookup from a row of the resource's model to the session.
    session_lookup: str


SHEETS = [
    Sheet("session", "sessions", "pk"),
    Sheet("agenda items", "agenda_items", "session"),
    Sheet("footnotes", "footnotes", "session"),
    Sheet("agenda item documents", "agenda_item_documents", "agenda_item__session"),
    Sheet("panel discussions", "panel_discussions", "agenda_item__session"),
    Sheet("programme slots", "programme_slots", "session"),
    Sheet("programme entries", "programme_entries", "slot__session"),
    Sheet("joint meetings", "joint_meetings", "memberships__agenda_item__session"),
    Sheet("joint meeting items", "joint_meeting_items", "joint_meeting__in"),
]
SHEETS_BY_TITLE = {sheet.title: sheet for sheet in SHEETS}

COLUMNS_SHEET = "Columns"
EXAMPLE_SHEET = "Example"
LISTS_SHEET = "Lists"
#: The sheets that describe the others: never imported.
NOTES_SHEETS = (COLUMNS_SHEET, EXAMPLE_SHEET, LISTS_SHEET)
#: How many rows under the header carry a column's drop-down list.
VALIDATED_ROWS = 500

#: One example row per sheet (the columns not named are left empty), in the template's
#: sheet “Example”.
EXAMPLES = {
    "session": {
        "body": "wg-asset-recovery",
        "ordinal": 19,
        "part": "",
        "title_en": "Nineteenth session",
        "status": "draft",
        "start_date": "2025-06-02",
        "end_date": "2025-06-04",
        "opening_time": "10:00",
        "city_en": "Vienna",
        "country": "AT",
        "format": "in_person",
        "agenda_symbol": "CAC/COSP/WG.2/2025/1",
        "distribution": "general",
        "original_language": "en",
        "resolutions": "10/2",
    },
    "agenda items": {
        "session": "wg-asset-recovery/19",
        "label": "2(a)",
        "title_en": "Adoption of the agenda",
        "annotation_en": "The Working Group will adopt its agenda.",
        "resolutions": "10/2",
    },
    "footnotes": {
        "session": "wg-asset-recovery/19",
        "number": 1,
        "text_en": "See resolution 10/2.",
    },
    "agenda item documents": {
        "session": "wg-asset-recovery/19",
        "item": "2(a)",
        "document": "CAC/COSP/WG.2/2025/1",
        "listed": 1,
        "position": 0,
    },
    "panel discussions": {
        "session": "wg-asset-recovery/19",
        "item": "2(a)",
        "position": 0,
        "title_en": "Panel on the return of confiscated assets",
    },
    "programme slots": {
        "session": "wg-asset-recovery/19",
        "date": "2025-06-02",
        "start_time": "10:00",
        "end_time": "13:00",
    },
    "programme entries": {
        "session": "wg-asset-recovery/19",
        "date": "2025-06-02",
        "start_time": "10:00",
        "position": 0,
        "item": "2(a)",
        "continued": 0,
    },
    "joint meetings": {"agenda_items": "wg-asset-recovery/19/2(a), irg/16/4"},
    "joint meeting items": {
        "agenda_item": "wg-asset-recovery/19/2(a)",
        "joint_meeting": "wg-asset-recovery/19/2(a), irg/16/4",
        "position": 0,
        "footnote": "wg-asset-recovery/19/1",
    },
}


def _resource(sheet):
    return FILES[sheet.file]()


def _queryset(sheet, resource, session):
    queryset = resource.get_queryset()
    if sheet.file == "joint_meeting_items":
        # Every item of the joint meetings the session's items are in (those of the other
        # sessions too: the meeting's items are a list).
        meetings = JointMeeting.objects.filter(memberships__agenda_item__session=session)
        return queryset.filter(joint_meeting__in=meetings.values("pk"))
    if sheet.file == "joint_meetings":
        return queryset.filter(
            pk__in=queryset.filter(**{sheet.session_lookup: session.pk}).values("pk")
        )
    return queryset.filter(**{sheet.session_lookup: session.pk})


# --- Columns ------------------------------------------------------------------------------


def allowed_values(widget):
    """The values a column of ``widget`` takes, for its drop-down list, or None when any
    text of its kind does."""
    if isinstance(widget, ChoiceWidget):
        return [code for code, _label in widget.choices if code]
    if isinstance(widget, BooleanWidget):
        return ["1", "0"]
    if isinstance(widget, PartWidget):
        return [key for key in SessionPart.keys() if key]  # noqa: SIM118 (a class method)
    return None


def column_rules(widget, field=None):
    """What a cell of the column may hold, in words."""
    if isinstance(field, LabelField):
        return _("3 for item 3, 3(a) for its sub-item (a), listed after the item")
    if isinstance(widget, ChoiceWidget):
        return ", ".join(f"{code} ({label})" for code, label in widget.choices if code)
    if isinstance(widget, BooleanWidget):
        return _("1 (yes) or 0 (no)")
    if isinstance(widget, PartWidget):
        return _("empty for the session itself, or one of: %(parts)s") % {"parts": parts_list()}
    if isinstance(widget, DateWidget):
        return _("a date, YYYY-MM-DD")
    if isinstance(widget, TimeWidget):
        return _("a time of day, HH:MM")
    if isinstance(widget, KeyListMixin):
        return _("%(what)s keys, separated by commas") % {"what": widget.key_widget.describe}
    if isinstance(widget, KeyWidget):
        return _("the key of the %(what)s") % {"what": widget.describe}
    return ""


def column_meaning(resource, name):
    """The column's meaning: its model field's name and help text."""
    field = resource.fields[name]
    if name == VERSION_COLUMN:
        return _(
            "the version of the row as downloaded (leave it as it is; empty for a new row): "
            "a row whose record changed since is refused unless you replace those changes"
        )
    model = resource._meta.model
    path = (field.attribute or "").split("__")
    try:
        for part in path[:-1]:  # a column read through a relation (a slot's date)
            model = model._meta.get_field(part).related_model
        model_field = model._meta.get_field(path[-1])
    except Exception:  # noqa: BLE001 (a column that is not a field of its model)
        return str(field.column_name)
    meaning = str(getattr(model_field, "verbose_name", path[-1]))
    help_text = str(getattr(model_field, "help_text", "") or "")
    if name in resource.get_import_id_fields():
        meaning = _("%(meaning)s (a key column: every row needs it)") % {"meaning": meaning}
    return f"{meaning}: {help_text}" if help_text else meaning


def _columns(resource):
    return [(name, resource.fields[name]) for name in resource.get_export_order()]


# --- Writing ------------------------------------------------------------------------------


def _header(worksheet, headers):
    worksheet.append(list(headers))
    for cell in worksheet[1]:
        cell.font = Font(bold=True)
    worksheet.freeze_panes = "A2"


def _append(worksheet, values):
    worksheet.append(list(values))
    for cell in worksheet[worksheet.max_row]:
        spreadsheet.keep_as_text(cell)


def _add_lists(workbook, worksheet, resource, lists):
    """The drop-down lists of the sheet's columns with allowed values (kept on the hidden
    sheet “Lists”: a list written into the validation itself holds at most 255 characters)."""
    for index, (_name, field) in enumerate(_columns(resource), start=1):
        values = allowed_values(field.widget)
        if not values:
            continue
        key = tuple(values)
        if key not in lists:
            column = get_column_letter(len(lists) + 1)
            for row, value in enumerate(values, start=1):
                workbook[LISTS_SHEET][f"{column}{row}"] = value
            lists[key] = f"{quote_sheetname(LISTS_SHEET)}!${column}$1:${column}${len(values)}"
        letter = get_column_letter(index)
        validation = DataValidation(
            type="list",
            formula1=lists[key],
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=str(field.column_name),
            error=column_rules(field.widget)[:255],
        )
        validation.add(f"{letter}2:{letter}{VALIDATED_ROWS + 1}")
        worksheet.add_data_validation(validation)


def _workbook(rows_of):
    """The workbook, each sheet's rows given by ``rows_of(sheet, resource)``."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    sheets = [(sheet, _resource(sheet)) for sheet in SHEETS]
    lists_sheet = workbook.create_sheet(LISTS_SHEET)
    lists_sheet.sheet_state = "hidden"
    lists = {}
    for sheet, resource in sheets:
        worksheet = workbook.create_sheet(sheet.title, index=len(workbook.sheetnames) - 1)
        _header(worksheet, resource.get_export_headers())
        for values in rows_of(sheet, resource):
            _append(worksheet, values)
        _add_lists(workbook, worksheet, resource, lists)
    columns = workbook.create_sheet(COLUMNS_SHEET, index=len(workbook.sheetnames) - 1)
    _header(columns, [_("sheet"), _("column"), _("meaning"), _("allowed values")])
    for sheet, resource in sheets:
        for name, field in _columns(resource):
            _append(
                columns,
                [
                    sheet.title,
                    field.column_name,
                    column_meaning(resource, name),
                    column_rules(field.widget, field),
                ],
            )
    return workbook, sheets


def _bytes(workbook):
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def download(session):
    """The agenda workbook of ``session``, as bytes."""

    def rows_of(sheet, resource):
        dataset = resource.export(
            queryset=_queryset(sheet, resource, session), force_native_type=True
        )
        return list(dataset)

    workbook, _sheets = _workbook(rows_of)
    return _bytes(workbook)


def template():
    """The blank agenda workbook: its sheets' headers, and the sheet “Example” with an
    example row of each."""
    workbook, sheets = _workbook(lambda sheet, resource: [])
    example = workbook.create_sheet(EXAMPLE_SHEET, index=0)
    example.append(
        [
            _(
                "An example row of each sheet, under its header. This sheet is not "
                "imported: write your rows on the sheets of their names."
            )
        ]
    )
    example["A1"].font = Font(italic=True)
    for sheet, resource in sheets:
        example.append([])
        example.append([sheet.title])
        example.cell(row=example.max_row, column=1).font = Font(bold=True, size=12)
        headers = resource.get_export_headers()
        example.append(headers)
        for cell in example[example.max_row]:
            cell.font = Font(bold=True)
        values = EXAMPLES.get(sheet.title, {})
        _append(example, [values.get(header, "") for header in headers])
    return _bytes(workbook)


# --- Reading ------------------------------------------------------------------------------


def upload(data, *, dry_run=False, allow_blanking=False, allow_overwrite=False):
    """Import the workbook ``data`` (bytes); returns the import's report
    (``config.transfer.ImportReport``), or raises ImportFailed listing every error, having
    written nothing."""
    try:
        workbook = load_workbook(io.BytesIO(data), data_only=True)
    except Exception:  # noqa: BLE001 (openpyxl and zipfile raise many kinds)
        raise ImportFailed([_("The file is not an XLSX workbook.")]) from None
    datasets, errors = {}, []
    for name in workbook.sheetnames:
        if name in NOTES_SHEETS:
            continue
        sheet = SHEETS_BY_TITLE.get(name)
        if sheet is None:
            errors.append(
                _(
                    "The workbook has a sheet “%(sheet)s”: an agenda workbook's sheets are %(sheets)s."
                )
                % {"sheet": name, "sheets": ", ".join(f"“{s.title}”" for s in SHEETS)}
            )
            continue
        label = _("sheet “%(sheet)s”") % {"sheet": name}
        try:
            datasets[sheet.file] = (label, sheet_dataset(workbook[name]))
        except spreadsheet.UnreadableFile as error:
            errors.append(f"{label}: {error}")
    if not datasets and not errors:
        raise ImportFailed([_("The workbook has none of the agenda workbook's sheets.")])
    return import_datasets(
        datasets,
        errors=errors,
        dry_run=dry_run,
        allow_blanking=allow_blanking,
        allow_overwrite=allow_overwrite,
    )


def sheet_dataset(worksheet):
    """A worksheet's rows under its header as a tablib Dataset (blank rows left out), read
    as ``config.lib.spreadsheet.XLSX`` reads a file: a column without a header is left out
    when it is empty and refused when it holds a value."""
    rows = [list(row) for row in worksheet.iter_rows(values_only=True)]
    if not rows:
        return tablib.Dataset()
    width = max(len(row) for row in rows)
    rows = [row + [None] * (width - len(row)) for row in rows]
    headers = ["" if cell is None else str(cell).strip() for cell in rows[0]]
    dataset = tablib.Dataset(headers=headers)
    for row in rows[1:]:
        if not all(spreadsheet.cell_is_empty(cell) for cell in row):
            dataset.append(row)
    return spreadsheet.without_nameless_columns(dataset)
