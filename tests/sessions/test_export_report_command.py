"""manage.py export_report: files, standard output, filters and clear errors."""

import pytest
from django.core.management import CommandError, call_command

from sessions.models import Session
from tests.report_files import BOM, by_label, csv_records, csv_rows, xlsx_rows

pytestmark = pytest.mark.django_db

WG = "wg-asset-recovery"


def test_agenda_to_a_csv_file(demo, tmp_path):
    output = tmp_path / "agenda.csv"
    call_command("export_report", "agenda", "--body", WG, "--year", "2024", "--output", str(output))
    records = csv_records(output.read_bytes())
    assert len(records) == 9
    assert by_label(records)["2"]["Resolutions cited"] == "1/4"
    assert by_label(records)["2"]["Considered jointly with"].startswith(
        "Implementation Review Group 15 4(a); "
    )


def test_chinese_xlsx_file(demo, tmp_path):
    output = tmp_path / "sessions.xlsx"
    call_command(
        "export_report", "sessions", "--language", "zh-hans", "--format", "xlsx",
        "--from-year", "2024", "--to-year", "2024", "--output", str(output),
    )  # fmt: skip
    header, *rows = xlsx_rows(output.read_bytes())
    assert header[:3] == ["机构", "届会", "部分"]
    assert [row[1] for row in rows] == [13, 15, 18]
    assert rows[2][0] == "资产追回问题不限成员名额政府间工作组"
    assert rows[2][10:12] == [9, 3]  # with the provisional agenda, a document of its own


def test_csv_to_standard_output_by_default(demo, capsysbinary):
    call_command("export_report", "programme", "--body", WG, "--body", "irg", "--year", "2009")
    data = capsysbinary.readouterr().out
    assert data.startswith(BOM)
    rows = csv_rows(data)
    assert rows[0] == ["Session", "Date", "Time", "Agenda item", "Title", "Continued"]
    assert len(rows) == 1 + 9
    assert {row[0] for row in rows[1:]} == {"Asset Recovery Working Group 3 (2009)"}


def test_dash_is_standard_output_too(demo, capsysbinary):
    call_command("export_report", "mandates", "--body", "wg-prevention", "--output", "-")
    assert len(csv_rows(capsysbinary.readouterr().out)) == 2


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["budget"], "Unknown report 'budget': choose one of sessions, agenda, mandates, documents, programme, translations."),
        (["agenda", "--language", "de"], "Unknown language 'de': choose one of ar, zh-hans, en, fr, ru, es."),
        (["agenda", "--format", "pdf"], "Unknown format 'pdf': choose one of csv, xlsx."),
        (["agenda", "--body", "nobody"], "Unknown body nobody: give the slug of one of cosp, "),
        (["agenda", "--year", "24"], "--year '24' is not a year"),
        (["agenda", "--from-year", "next"], "--from-year 'next' is not a year"),
        (["agenda", "--year", "²⁰²⁴"], "--year '²⁰²⁴' is not a year"),
        (["agenda", "--from-year", "2024", "--to-year", "2009"], "--from-year 2024 is after --to-year 2009."),
        (["agenda", "--year", "2024", "--to-year", "2025"], "Give either --year or --from-year/--to-year"),
        (["agenda", "--format", "xlsx"], "An XLSX workbook cannot go to standard output"),
        (["agenda", "--output", "/nonexistent-folder/agenda.csv"], "Cannot write /nonexistent-folder/agenda.csv"),
    ],
)  # fmt: skip
def test_bad_arguments_say_what_is_wrong(demo, arguments, message, tmp_path):
    with pytest.raises(CommandError) as error:
        call_command("export_report", *arguments)
    assert str(error.value).startswith(message)


def test_a_bad_argument_leaves_an_existing_file_alone(demo, tmp_path):
    output = tmp_path / "agenda.csv"
    output.write_bytes(b"earlier report")
    with pytest.raises(CommandError):
        call_command("export_report", "agenda", "--body", "nobody", "--output", str(output))
    assert output.read_bytes() == b"earlier report"


def test_published_only(demo, tmp_path):
    Session.objects.filter(body__slug=WG, ordinal=18).update(status=Session.Status.DRAFT)
    output = tmp_path / "agenda.csv"
    call_command("export_report", "agenda", "--body", WG, "--published", "--output", str(output))
    assert {r["Session"] for r in csv_records(output.read_bytes())} == {"3"}
