"""Write (or ``--check``) docs/emulator-endpoints.md: which endpoints the emulator keeps state for.

The page comes from ``genauth_async.testing.stateful.coverage``, the emulator's own route table,
so regenerating it after adding a family (or a hand-written handler) keeps the docs honest.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from genauth_async.testing.stateful.coverage import markdown

PAGE = Path(__file__).resolve().parent.parent / "docs" / "emulator-endpoints.md"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the page is out of date instead of writing it")
    args = parser.parse_args(argv)
    text = markdown()
    if args.check:
        current = PAGE.read_text(encoding="utf-8") if PAGE.exists() else ""
        if current != text:
            print(f"{PAGE} is out of date: run python -m tools.emulator_endpoints", file=sys.stderr)
            return 1
        return 0
    PAGE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
