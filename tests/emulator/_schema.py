"""A small checker of values against the spec's TYPE expressions (the emulator's answers must conform)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def problems(t: Mapping[str, Any] | None, value: Any, spec: Mapping[str, Any], where: str = "data") -> list[str]:
    if not t or value is None:
        return []
    kind = t.get("kind")
    if kind == "str":
        return [] if isinstance(value, str) else [f"{where}: expected str, got {value!r}"]
    if kind == "int":
        return [] if isinstance(value, int) and not isinstance(value, bool) else [f"{where}: expected int"]
    if kind == "float":
        return [] if isinstance(value, (int, float)) and not isinstance(value, bool) else [f"{where}: expected number"]
    if kind == "bool":
        return [] if isinstance(value, bool) else [f"{where}: expected bool, got {value!r}"]
    if kind == "list":
        if not isinstance(value, list):
            return [f"{where}: expected list"]
        return [p for i, v in enumerate(value) for p in problems(t.get("items"), v, spec, f"{where}[{i}]")]
    if kind == "map":
        return [] if isinstance(value, dict) else [f"{where}: expected object"]
    if kind == "enum":
        values = spec["enums"].get(t["name"], {}).get("values") or []
        return [] if not values or value in values else [f"{where}: {value!r} not in {t['name']}"]
    if kind == "literal":
        return [] if value == t.get("value") else [f"{where}: expected {t.get('value')!r}"]
    if kind == "union":
        options = [problems(o, value, spec, where) for o in t.get("of") or []]
        return [] if not options or any(not o for o in options) else options[0]
    if kind == "model":
        if not isinstance(value, dict):
            return [f"{where}: expected {t['name']} object"]
        out = []
        for field in spec["models"].get(t["name"], {}).get("fields", []):
            wire = field["wire"]
            if wire not in value:
                if field.get("required"):
                    out.append(f"{where}.{wire}: required field missing")
                continue
            out.extend(problems(field.get("type"), value[wire], spec, f"{where}.{wire}"))
        return out
    return []
