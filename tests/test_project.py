"""Keeps the promises a newcomer relies on: the README's commands and what CI runs are the same."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _quickstart_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quickstart", 1)[1]
    block = re.search(r"```(?:sh|bash)?\n(.*?)```", section, re.S)
    assert block, "the Quickstart section has no code block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_quickstart_has_exactly_two_commands() -> None:
    commands = _quickstart_commands()
    assert len(commands) == 2
    assert "genauth apps provision" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_exactly_the_readme_test_command() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "set -euo pipefail" in script
    body = [line for line in script.splitlines() if line.strip() and not line.startswith(("#", "set ", "cd "))]
    assert body == [_quickstart_commands()[1]]


def test_sample_file_has_at_least_1000_applications() -> None:
    lines = (ROOT / "examples" / "applications.jsonl").read_text(encoding="utf-8").splitlines()
    assert len([line for line in lines if line.strip()]) >= 1000
