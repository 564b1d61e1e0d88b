"""Import cost: ``import aiohttp`` vs importing our packages and constructing both clients.

Paired rounds, each in a fresh interpreter (``python -X importtime`` is not used: it slows imports
down unevenly). In every round the baseline and the candidates run back to back, so machine noise
hits them alike; the medians over all rounds are compared. Targets: genauth_async <= 1.2x aiohttp,
genauth_sync <= 1.3x aiohttp.

    python benchmarks/import_time.py [--rounds 15]

Prints a table and writes benchmarks/results/import_time.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SNIPPETS = {
    "aiohttp": "import aiohttp",
    "genauth_async": (
        "import genauth_async\n"
        "genauth_async.ManagementClient('ak', 'sk')\n"
        "genauth_async.AuthenticationClient('app', 'https://app.example')"
    ),
    "genauth_sync": (
        "import genauth_sync\n"
        "genauth_sync.ManagementClient('ak', 'sk')\n"
        "genauth_sync.AuthenticationClient('app', 'https://app.example')"
    ),
}
TARGETS = {"genauth_async": 1.2, "genauth_sync": 1.3}

TIMER = """
import sys, time
t0 = time.perf_counter()
exec(compile({code!r}, "<bench>", "exec"))
t1 = time.perf_counter()
assert not [m for m in sys.modules if m.startswith("genauth_async.models.")]
print(t1 - t0)
"""


# Installed packages ship compiled bytecode; a checkout run with PYTHONDONTWRITEBYTECODE would
# compile our ~30k generated lines on every import while aiohttp's .pyc files exist. Every case
# therefore runs with bytecode caching on, in a private cache directory (warmed up first).
_CACHE = tempfile.mkdtemp(prefix="genauth-import-bench-")
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPYCACHEPREFIX"] = _CACHE


def run_once(code: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", TIMER.format(code=code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env=ENV,
    )
    return float(out.stdout.strip())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=15)
    args = ap.parse_args()
    for code in SNIPPETS.values():  # fill and warm the bytecode cache
        run_once(code)
        run_once(code)
    samples: dict[str, list[float]] = {k: [] for k in SNIPPETS}
    for _ in range(args.rounds):
        for name, code in SNIPPETS.items():
            samples[name].append(run_once(code))
    med = {k: statistics.median(v) for k, v in samples.items()}
    base = med["aiohttp"]
    rows = []
    print(f"{'case':<16}{'median ms':>12}{'ratio':>8}{'target':>8}  ok")
    for name in SNIPPETS:
        ratio = med[name] / base
        target = TARGETS.get(name)
        ok = target is None or ratio <= target
        rows.append({"case": name, "median_s": med[name], "ratio": ratio, "target": target, "ok": ok})
        print(
            f"{name:<16}{med[name] * 1000:>12.1f}{ratio:>8.2f}{(target or 0):>8.2f}  {'yes' if ok else 'NO'}"
        )
    result = {
        "python": sys.version.split()[0],
        "bytecode_cache": "private PYTHONPYCACHEPREFIX, warmed up",
        "rounds": args.rounds,
        "samples_s": samples,
        "results": rows,
    }
    out = ROOT / "benchmarks" / "results" / "import_time.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n")
    return 0 if all(r["ok"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
