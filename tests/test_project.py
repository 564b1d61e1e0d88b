"""Keeps the promises a newcomer relies on: the README's commands and what CI runs are the same."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

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


def _side_by_side_snippets() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Async and sync, side by side", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.S)


@pytest.mark.parametrize("which", ["async", "sync"])
def test_readme_first_calls_run_as_printed(which: str, tmp_path: Path) -> None:
    """The README promises these two scripts run as they are; run them the way a newcomer would."""
    snippets = {s.splitlines()[0].split()[1]: s for s in _side_by_side_snippets()}
    assert set(snippets) == {"async", "sync"}
    script = tmp_path / "first.py"
    script.write_text(snippets[which], encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    app_id, name = done.stdout.split()
    assert len(app_id) >= 8 and name == "Portal"


def test_floors_are_read_from_pyproject() -> None:
    """The floors job pins what pyproject.toml declares, nothing kept beside it."""
    import tomllib

    from tools.floors import floor_pin, floor_pins, python_floor

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = floor_pins(["jwt", "speedups", "cli"])
    names = {pin.split("==")[0].lower() for pin in pins}
    for req in project["dependencies"]:
        assert re.split(r"[\[<>=;\s]", req, maxsplit=1)[0].lower() in names
    assert "aiohttp==3.11" in pins  # ConnectionTimeoutError, ClientWSTimeout, _retry_connection
    assert "uvloop==0.19; sys_platform != 'win32'" in pins  # the marker is kept
    assert "PyJWT==2.8" in pins  # extras in brackets are dropped (pip refuses them in constraints)
    assert python_floor() == project["requires-python"].removeprefix(">=")
    with pytest.raises(ValueError, match="floor"):
        floor_pin("aiohttp")
    with pytest.raises(ValueError, match="floor"):
        floor_pin("aiohttp<4")
