"""Griffe extension for the docs build: render the generated "wire name" blocks as lists.

Generated endpoint and model docstrings end with an indented block such as::

    Parameters (name: wire name, location):
        app_name: ``appName``, json, required

which Markdown would fold into one paragraph. This turns each indented line into a list item.
It changes only what the docs show, never the code.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_HEADER = re.compile(r"^(Parameters|Fields) \([^)]*\):\s*$")


def _listify(text: str) -> str:
    out: list[str] = []
    in_block = False
    for line in text.splitlines():
        if _HEADER.match(line):
            in_block = True
            out += [line, ""]
            continue
        if in_block and line.startswith("    ") and line.strip():
            out.append(f"- {line.strip()}")
            continue
        in_block = False
        out.append(line)
    return "\n".join(out)


class WireLists(griffe.Extension):
    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        docstring = obj.docstring
        if docstring is not None and "wire name" in docstring.value:
            docstring.value = _listify(docstring.value)
