"""The documentation (mkdocs + mkdocstrings) builds without a single warning."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("mkdocs")
pytest.importorskip("mkdocstrings_handlers.python")

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_mkdocs_build_strict(tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(ROOT / "mkdocs.yml"),
         "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "WARNING" not in output, output
    for page in ("reference/management", "reference/authentication", "reference/sync", "reference/errors",
                 "reference/bulk", "reference/testing", "reference/models", "internals"):
        assert (site / page / "index.html").is_file(), page
    management = (site / "reference/management/index.html").read_text(encoding="utf-8")
    assert 'id="genauth_async.ManagementClient.create_application"' in management
