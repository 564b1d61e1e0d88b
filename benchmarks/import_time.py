"""Import cost: ``import aiohttp`` vs importing our packages and constructing both clients.

Each sample also records the process's peak RSS (``ru_maxrss``) after the snippet, so the table
shows what a process that imported the packages and built the clients holds in memory, next to
one that only imported aiohttp. ``genauth_async+sync`` imports both packages and builds all four
clients (management and authentication, async and sync), as an application using both would.

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
    "genauth_async+sync": (
        "import genauth_async, genauth_sync\n"
        "genauth_async.ManagementClient('ak', 'sk')\n"
        "genauth_async.AuthenticationClient('app', 'https://app.example')\n"
        "genauth_sync.ManagementClient('ak', 'sk')\n"
        "genauth_sync.AuthenticationClient('app', 'https://app.example')"
    ),
}
TARGETS = {"genauth_async": 1.2, "genauth_sync": 1.3}

TIMER = """
import resource, sys, time
t0 = time.perf_counter()
exec(compile({code!r}, "<bench>", "exec"))
t1 = time.perf_counter()
assert not [m for m in sys.modules if m.startswith("genauth_async.models.")]
print(t1 - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


# Installed packages ship compiled bytecode; a checkout run with PYTHONDONTWRITEBYTECODE would
# compile our ~30k generated lines on every import while aiohttp's .pyc files exist. Every case
# therefore runs with bytecode caching on, in a private cache directory (warmed up first).
_CACHE = tempfile.mkdtemp(prefix="genauth-import-bench-")
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPYCACHEPREFIX"] = _CACHE


def run_once(code: str) -> tuple[float, int]:
    """(seconds to import and construct, peak RSS in KiB) of one fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-c", TIMER.format(code=code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env=ENV,
    )
    seconds, rss_kb = out.stdout.split()
    return float(seconds), int(rss_kb)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=15)
    args = ap.parse_args()
    for code in SNIPPETS.values():  # fill and warm the bytecode cache
        run_once(code)
        run_once(code)
    samples: dict[str, list[float]] = {k: [] for k in SNIPPETS}
    rss: dict[str, list[int]] = {k: [] for k in SNIPPETS}
    for _ in range(args.rounds):
        for name, code in SNIPPETS.items():
            seconds, rss_kb = run_once(code)
            samples[name].append(seconds)
            rss[name].append(rss_kb)
    med = {k: statistics.median(v) for k, v in samples.items()}
    med_rss = {k: statistics.median(v) for k, v in rss.items()}
    base = med["aiohttp"]
    rows = []
    print(f"{'case':<20}{'median ms':>12}{'ratio':>8}{'target':>8}  ok{'peak RSS MiB':>15}{'x aiohttp':>11}")
    for name in SNIPPETS:
        ratio = med[name] / base
        target = TARGETS.get(name)
        ok = target is None or ratio <= target
        rss_ratio = med_rss[name] / med_rss["aiohttp"]
        rows.append({"case": name, "median_s": med[name], "ratio": ratio, "target": target, "ok": ok,
                     "rss_peak_kb": med_rss[name], "rss_x_aiohttp": rss_ratio})
        print(
            f"{name:<20}{med[name] * 1000:>12.1f}{ratio:>8.2f}{(target or 0):>8.2f}  {'yes' if ok else 'NO ':<3}"
            f"{med_rss[name] / 1024:>14.1f}{rss_ratio:>10.2f}x"
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
