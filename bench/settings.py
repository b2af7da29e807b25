"""Settings of the load test (bench/serve.py): the project's own, plus a bare page.

Only the benchmark uses this module: the bare page exists in no production URLconf.
``BENCH_STATIC_ROOT`` is where the run collects the static files (a temporary folder).
"""

import os

from config.settings import *  # noqa: F403 (the project's settings, unchanged but for these)
from config.settings import TEMPLATES

ROOT_URLCONF = "bench.urls"
STATIC_ROOT = os.environ.get("BENCH_STATIC_ROOT", STATIC_ROOT)  # noqa: F405
TEMPLATES = [
    {**TEMPLATES[0], "DIRS": [*TEMPLATES[0]["DIRS"], BASE_DIR / "bench" / "templates"]},  # noqa: F405
]
