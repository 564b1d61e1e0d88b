"""The lowest versions ``pyproject.toml`` admits, as pip constraints (``name==floor``).

Why: a floor such as ``aiohttp>=3.9`` is a promise to users who pin old versions; it holds only if
the tests pass on exactly those versions. This script is the one place that turns the declared
floors into pins, so the nox ``floors`` session never keeps a second list that could drift from
``pyproject.toml``.

Usage::

    python -m tools.floors [--extras jwt,speedups] [--out FILE]   # constraints, one a line
    python -m tools.floors --python                               # the requires-python floor, e.g. 3.10

Every runtime requirement (and every requirement of the named extras) must carry a ``>=`` floor;
one without is an error, since its lowest admitted version would be undefined. Extras in brackets
are dropped (pip refuses extras in constraints); environment markers are kept.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"

_REQ = re.compile(r"^\s*(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?P<spec>[^;]*?)\s*(?:;\s*(?P<marker>.+?))?\s*$")
_FLOOR = re.compile(r"^>=\s*(?P<version>[0-9][0-9A-Za-z.+!-]*)$")


def _load(path: Path) -> dict[str, Any]:
    try:
        import tomllib
    except ImportError:  # Python 3.10: the same parser, as the tomli package
        import tomli as tomllib  # type: ignore[no-redef]
    with path.open("rb") as fh:
        data: dict[str, Any] = tomllib.load(fh)
    return data


def floor_pin(requirement: str) -> str:
    """``'aiohttp>=3.10'`` -> ``'aiohttp==3.10'``; markers kept, extras dropped."""
    m = _REQ.match(requirement)
    if m is None:
        raise ValueError(f"cannot read the requirement {requirement!r}")
    floors = [f.group("version") for part in m.group("spec").split(",") if (f := _FLOOR.match(part.strip()))]
    if len(floors) != 1:
        raise ValueError(f"{requirement!r} must declare exactly one '>=' floor")
    pin = f"{m.group('name')}=={floors[0]}"
    return f"{pin}; {m.group('marker')}" if m.group("marker") else pin


def floor_pins(extras: list[str], pyproject: Path = PYPROJECT) -> list[str]:
    """Pins for the runtime dependencies and those of ``extras``, each package once, in file order."""
    project = _load(pyproject)["project"]
    optional = project.get("optional-dependencies", {})
    requirements = list(project.get("dependencies", []))
    for extra in extras:
        if extra not in optional:
            raise ValueError(f"pyproject.toml has no extra {extra!r}")
        requirements += optional[extra]
    pins: dict[str, str] = {}
    for req in requirements:
        pin = floor_pin(req)
        key = pin.split("==", 1)[0].lower().replace("_", "-")
        if pins.setdefault(key, pin) != pin:
            raise ValueError(f"{key} is declared with two different floors: {pins[key]!r} and {pin!r}")
    return list(pins.values())


def python_floor(pyproject: Path = PYPROJECT) -> str:
    """The ``X.Y`` of ``requires-python = ">=X.Y"``."""
    spec = _load(pyproject)["project"]["requires-python"]
    m = re.fullmatch(r"\s*>=\s*(\d+\.\d+)(?:\.\d+)?\s*", spec)
    if m is None:
        raise ValueError(f"requires-python {spec!r} is not a plain '>=X.Y' floor")
    return m.group(1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--extras", default="", help="comma-separated extras whose floors are pinned too")
    ap.add_argument("--out", type=Path, default=None, help="write the constraints here (default: stdout)")
    ap.add_argument("--python", action="store_true", help="print the requires-python floor and exit")
    args = ap.parse_args(argv)
    if args.python:
        print(python_floor())
        return 0
    text = "".join(f"{pin}\n" for pin in floor_pins([e for e in args.extras.split(",") if e]))
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
