"""The GenAuth V3 API description that the generated code and the emulator are built from.

``genauth-v3.json`` is written by ``tools/spec/extract.py`` from the official SDK packages (never by
hand) and ships inside the package because the emulator needs it at run time. See
``docs/internals.md`` section 1 for its format.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

__all__ = ["load_spec"]

SPEC_FILE = "genauth-v3.json"


@functools.cache
def load_spec() -> dict[str, Any]:
    """Parse the bundled spec once and return it (the same dict on every call: do not mutate it)."""
    text = resources.files(__name__).joinpath(SPEC_FILE).read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec
