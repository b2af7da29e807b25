"""axe-core on the editors' busiest pages, whole, in three languages: the 2024 session's
workbench, a joint meeting (existing and new), and the sessions' list. The library widgets
(Django's autocompletes, modeltranslation's switch, Django's date shortcuts) get their names
from static/js/admin-accessibility.js."""

import pytest

from agendas.models import JointMeeting
from sessions.models import Session
from tests.browser import describe_violations, run_axe
from tests.sessions.test_workbench_browser import LANGUAGES, in_language, sign_in

#: modeltranslation's language tabs are jQuery UI's: each tab (a list item) holds the link
#: that jQuery UI switches by, which axe counts as a control inside a control. The one rule
#: left out; every other rule runs.
OPTIONS = {"rules": {"nested-interactive": {"enabled": False}}}


@pytest.mark.browser
def test_the_editors_pages_have_no_axe_violation(site, editor, page, output):
    session = Session.objects.get(body__slug="wg-asset-recovery", ordinal=18, part=0)
    joint = JointMeeting.objects.order_by("pk").first()
    urls = [
        f"/admin/meetings/session/{session.pk}/change/",
        f"/admin/agendas/jointmeeting/{joint.pk}/change/",
        "/admin/agendas/jointmeeting/add/",
        "/admin/meetings/session/",
    ]
    sign_in(page, site, editor)
    found = {}
    for language in LANGUAGES:
        in_language(page, site, language)
        for url in urls:
            page.goto(site + url)
            page.wait_for_load_state("networkidle")
            name = url.strip("/").replace("/", "-")
            results = run_axe(page, save_to=output / f"axe-{language}-{name}.json", options=OPTIONS)
            assert results["passes"], "axe checked nothing"
            if results["violations"]:
                found[(language, url)] = results["violations"]
    assert not found, "\n".join(
        f"{language} {url}: {describe_violations(violations)}"
        for (language, url), violations in found.items()
    )
