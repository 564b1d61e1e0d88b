"""(h) The committed generated code is exactly what the generator makes from the committed spec."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tools.codegen.main import DEFAULT_SPEC, ROOT, diff_summary, existing, generate, load, write


def test_committed_code_matches_spec(tmp_path: Path) -> None:
    write(generate(load(DEFAULT_SPEC)), tmp_path)
    problems = diff_summary(existing(tmp_path), existing(ROOT))
    assert not problems, "run `python -m tools.codegen`:\n" + "\n".join(problems)


def test_check_flag_detects_drift(tmp_path: Path) -> None:
    write(generate(load(DEFAULT_SPEC)), tmp_path)
    cmd = [sys.executable, "-m", "tools.codegen", "--out", str(tmp_path), "--check"]
    ok = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    victim = tmp_path / "genauth_async" / "_generated" / "clients.py"
    victim.write_text(victim.read_text() + "# edited by hand\n")
    (tmp_path / "genauth_async" / "models" / "_stale.py").write_text("x = 1\n")
    bad = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert bad.returncode == 1
    assert "differs: genauth_async/_generated/clients.py" in bad.stderr
    assert "stale (not generated any more): genauth_async/models/_stale.py" in bad.stderr
