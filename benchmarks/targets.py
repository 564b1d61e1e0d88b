"""The issue's targets, each checked against the median of per-round ratios from this run."""

from __future__ import annotations

from typing import Any

# (what, scenario, run key, ratio field in the scenario summary, comparison, bound)
# Issue 21's bounds (every ratio against raw aiohttp on the same event loop and JSON library); the
# wall-time bound "within 1.05x" is checked as throughput >= 1/1.05, "within 1.4x" as >= 1/1.4.
TARGETS: list[tuple[str, str, str, str, str, float]] = [
    ("bulk throughput: genauth_async@64 vs raw aiohttp@64 (wall <= 1.05x)", "bulk", "genauth_async@64",
     "rps_x_raw_aiohttp@64", ">=", 1 / 1.05),
    ("bulk client CPU/request: genauth_async@64 vs raw aiohttp@64", "bulk", "genauth_async@64",
     "cpu_us_per_call_x_raw_aiohttp@64", "<=", 1.10),
    ("per-call median: genauth_async vs raw aiohttp", "percall", "genauth_async",
     "median_us_x_raw_aiohttp", "<=", 1.10),
    ("per-call median: genauth_sync vs raw aiohttp", "percall", "genauth_sync",
     "median_us_x_raw_aiohttp", "<=", 1.2),
    ("per-call median: genauth_sync vs requests.Session", "percall", "genauth_sync",
     "median_us_x_requests", "<=", 0.7),
    ("bulk throughput: genauth_sync 32 threads vs raw aiohttp@64 (wall <= 1.4x)", "bulk", "genauth_sync@32t",
     "rps_x_raw_aiohttp@64", ">=", 1 / 1.4),
    ("HTTPS client CPU/call: genauth_async vs official SDK", "https", "genauth_async",
     "cpu_us_per_call_x_official", "<=", 1 / 50),
    ("HTTPS client CPU/call: genauth_sync vs official SDK", "https", "genauth_sync",
     "cpu_us_per_call_x_official", "<=", 1 / 50),
    ("bulk peak RSS (absolute): genauth_async@64 vs raw aiohttp@64", "bulk", "genauth_async@64",
     "rss_peak_kb_x_raw_aiohttp@64", "<=", 1.15),
    ("bulk peak RSS (absolute): genauth_sync 32 threads vs raw aiohttp@64", "bulk", "genauth_sync@32t",
     "rss_peak_kb_x_raw_aiohttp@64", "<=", 1.25),
]

IMPORT_TARGETS: list[tuple[str, str, float]] = [
    ("import: genauth_async + clients vs import aiohttp", "genauth_async", 1.2),
    ("import: genauth_sync vs import aiohttp", "genauth_sync", 1.3),
]


def _check(value: float | None, op: str, bound: float) -> str:
    if value is None:
        return "n/a"
    ok = value >= bound if op == ">=" else value <= bound
    return "met" if ok else "MISSED"


def evaluate(summaries: dict[str, dict[str, Any]], imports: dict[str, Any] | None) -> list[dict[str, Any]]:
    rows = []
    for what, scen, key, field, op, bound in TARGETS:
        entry = summaries.get(scen, {}).get(key) or {}
        value = entry.get(field)
        rows.append({"target": what, "value": value, "op": op, "bound": bound, "status": _check(value, op, bound)})
    ratios = (imports or {}).get("ratios") or {}
    for what, key, bound in IMPORT_TARGETS:
        value = ratios.get(key)
        rows.append({"target": what, "value": value, "op": "<=", "bound": bound, "status": _check(value, "<=", bound)})
    return rows


def targets_table(rows: list[dict[str, Any]]) -> str:
    width = max(len(r["target"]) for r in rows)
    out = ["TARGETS (median of per-round ratios)", f"{'target'.ljust(width)}  {'ratio':>7}  {'bound':>8}  status",
           "-" * (width + 30)]
    for r in rows:
        v = "—" if r["value"] is None else f"{r['value']:.3f}"
        b = f"{r['op']} {r['bound']:.3g}" if r["bound"] >= 0.1 else f"{r['op']} 1/{1 / r['bound']:.0f}"
        out.append(f"{r['target'].ljust(width)}  {v:>7}  {b:>8}  {r['status']}")
    return "\n".join(out)
