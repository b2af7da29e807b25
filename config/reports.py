"""Every report by the name the command and the public downloads use: the apps declare
their reports (``<app>/reports.py``), the project lists them."""

from agendas.reports import AgendaReport, TranslationsReport
from documents.reports import DocumentsReport, MandatesReport
from sessions.reports import ProgrammeReport, SessionsReport

REPORTS = {
    report.name: report
    for report in (
        SessionsReport,
        AgendaReport,
        MandatesReport,
        DocumentsReport,
        ProgrammeReport,
        TranslationsReport,
    )
}
