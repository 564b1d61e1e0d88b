"""Import-time figures: delegated to benchmarks/import_time.py (written separately) when it exists."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

from .harness import ROOT

SCRIPT = os.path.join(ROOT, "benchmarks", "import_time.py")
RESULT = os.path.join(ROOT, "benchmarks", "results", "import_time.json")  # what the script writes


def import_figures(quick: bool = False) -> dict[str, Any]:
    if not os.path.exists(SCRIPT):
        return {"status": "absent", "note": "benchmarks/import_time.py not present"}
    env = dict(os.environ, PYTHONPATH=ROOT + os.pathsep + os.environ.get("PYTHONPATH", ""))
    cmd = [sys.executable, os.path.join("benchmarks", "import_time.py")]
    with open(SCRIPT) as f:
        source = f.read()
    if "--json" in source:
        cmd.append("--json")
    if quick and "--quick" in source:
        cmd.append("--quick")
    elif quick and "--rounds" in source:
        cmd += ["--rounds", "3"]
    started = time.time()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    # The script's exit status is 1 when one of its targets is missed: that is a result, not a failure.
    out: dict[str, Any] = {"status": "ok" if proc.returncode in (0, 1) else f"exit {proc.returncode}",
                           "exit_code": proc.returncode, "command": " ".join(cmd[1:]), "stdout": proc.stdout[-4000:]}
    if proc.returncode not in (0, 1):
        out["stderr"] = proc.stderr[-2000:]
    data = _parse_json(proc.stdout)
    if data is None and os.path.exists(RESULT) and os.path.getmtime(RESULT) >= started - 1:
        with open(RESULT) as f:
            data = _parse_json(f.read())
    if data is not None:
        out["data"] = data
        out["ratios"] = _ratios(data)
    return out


def _parse_json(text: str) -> Any:
    text = text.strip()
    for candidate in [text] + text.splitlines()[::-1]:
        try:
            return json.loads(candidate)
        except ValueError:
            continue
    return None


def _ratios(data: Any) -> dict[str, float]:
    """``{"results": [{"case", "ratio"}, ...]}`` (import_time.py's JSON) or ``{"ratios": {case: ratio}}``."""
    if not isinstance(data, dict):
        return {}
    if isinstance(data.get("ratios"), dict):
        return {k: float(v) for k, v in data["ratios"].items() if isinstance(v, (int, float))}
    rows = data.get("results")
    if isinstance(rows, list):
        return {r["case"]: float(r["ratio"]) for r in rows
                if isinstance(r, dict) and "case" in r and isinstance(r.get("ratio"), (int, float))}
    return {}


def import_table(figures: dict[str, Any]) -> str:
    if figures.get("status") == "absent":
        return "IMPORT TIME: benchmarks/import_time.py is not there yet (figures: n/a)"
    lines = [f"IMPORT TIME (python {figures.get('command', '')}; fresh interpreter per sample, medians)"]
    lines += [("  " + ln) for ln in figures.get("stdout", "").rstrip().splitlines() if not ln.lstrip().startswith("{")]
    if figures.get("stderr"):
        lines.append("  stderr: " + figures["stderr"].strip().splitlines()[-1])
    return "\n".join(lines)
