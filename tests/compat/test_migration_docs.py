"""The migration guide's code runs as written (README's section and docs/migration.md)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from .conftest import AK, SK

ROOT = Path(__file__).resolve().parents[2]


def _blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def _readme_section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("## Migrating from the official `genauth` SDK")
    return text[start: text.index("\n## ", start + 1)]


@pytest.mark.parametrize("source", ["README.md", "docs/migration.md"])
def test_migration_examples_run(emu_thread: Any, source: str) -> None:
    text = _readme_section() if source == "README.md" else (ROOT / source).read_text(encoding="utf-8")
    blocks = _blocks(text)
    assert len(blocks) >= 2
    app = emu_thread.call(emu_thread.emulator.create_application, "Docs", "docs")
    namespace: dict[str, Any] = {"AK": AK, "SK": SK, "HOST": emu_thread.url, "app_id": app["appId"]}
    try:
        for block in blocks:
            exec(compile(block, source, "exec"), namespace)  # noqa: S102 - the documentation's own code
    finally:
        for name in ("client", "legacy"):
            if name in namespace:
                namespace[name].close()
    assert namespace["app"].app_name == "Docs"
