"""Make the framework examples importable the way they are run by hand (from examples/)."""

from __future__ import annotations

import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
for _path in (EXAMPLES, EXAMPLES / "django_project"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))
