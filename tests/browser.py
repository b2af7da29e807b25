"""Real Chromium for the browser tests: launching it, where the screenshots go, and axe-core.

Debian's Chromium (`/usr/bin/chromium`) driven by Playwright; Playwright never downloads a
browser here. axe-core comes from the npm registry (`package.json`, installed by `make test`)
and is injected into the page under test.
"""

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "test-output"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]

# What a delegate's screen is taken to be: a laptop, unless a test says otherwise.
VIEWPORT = {"width": 1280, "height": 900}

# axe-core's impact levels that fail a page.
BLOCKING_IMPACTS = ("serious", "critical")


def output_dir(test_name):
    """`test-output/<test name>/`, made on first use; odd characters of parametrized names
    (`test_axe[ar-home]`) become dashes."""
    name = re.sub(r"[^\w.-]+", "-", test_name).strip("-")
    path = OUTPUT / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def run_axe(page, save_to=None, context=None, options=None):
    """Run axe-core on the page as it is now (or on the parts ``context`` names, axe's
    ``{"include": [...], "exclude": [...]}``, with axe's ``options``); save the full results
    as JSON if asked."""
    if not AXE.exists():
        raise RuntimeError(f"{AXE} is missing: `make test` (or `make axe`) installs it with npm.")
    # Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
    # govern: a <script> element added to the page (add_script_tag) would be inline, and blocked.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    results = page.evaluate(
        "([context, options]) => axe.run(context || document, options || {})", [context, options]
    )
    if save_to is not None:
        Path(save_to).write_text(json.dumps(results, indent=2, ensure_ascii=False))
    return results


def impact_counts(results):
    """Violations by impact: {"critical": 0, "serious": 1, ...}, counting rules, not nodes."""
    counts = dict.fromkeys(("critical", "serious", "moderate", "minor"), 0)
    for violation in results["violations"]:
        counts[violation.get("impact") or "minor"] += 1
    return counts


def describe_violations(violations):
    """One paragraph per violation: rule id, impact, what it asks, and the failing nodes."""
    lines = []
    for violation in violations:
        lines.append(
            f"{violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>"
        )
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"    {target}: {node['html'][:200]}")
            if node.get("failureSummary"):
                summary = node["failureSummary"].replace("\n", " / ")
                lines.append(f"        {summary[:300]}")
    return "\n".join(lines)


def blocking_violations(results):
    return [v for v in results["violations"] if v.get("impact") in BLOCKING_IMPACTS]
