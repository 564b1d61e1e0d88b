"""The emulator's view of the committed API spec: route tables, argument checks, sample data.

Everything here is computed once per process (the spec is ~600 endpoints and ~1,500 models) so
that a request costs a dict lookup, not a scan. The emulator tolerates a missing spec file: it
then serves only its hand-written stateful endpoints, which is enough while the extractor is
still being written.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from genauth_async.testing._wire import ApiError

Type = Mapping[str, Any]


@functools.lru_cache(maxsize=1)
def load() -> dict[str, Any]:
    try:
        from genauth_async._spec import load_spec

        spec = load_spec()
        return dict(spec)
    except Exception:  # noqa: BLE001 - any failure means "no spec yet"; fall back to the raw file
        pass
    path = Path(__file__).resolve().parent.parent / "_spec" / "genauth-v3.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"endpoints": [], "protocol_endpoints": [], "models": {}, "enums": {}}
    return data if isinstance(data, dict) else {"endpoints": [], "models": {}, "enums": {}}


@attrs.frozen
class ParamCheck:
    wire: str
    location: str
    required: bool
    kind: str  # str int float bool list dict any


@attrs.frozen
class SpecEndpoint:
    client: str
    name: str
    method: str
    path: str
    params: tuple[ParamCheck, ...]
    data_type: Type | None
    path_regex: re.Pattern[str] | None
    data_key: str = "data"  # the envelope key of the answer (list-model answers "list")


def _basic_kind(t: Type | None, enums: Mapping[str, Any]) -> str:
    if not t:
        return "any"
    kind = t.get("kind")
    if kind in ("str", "int", "float", "bool", "list"):
        return str(kind)
    if kind in ("model", "map"):
        return "dict"
    if kind == "enum":
        values = enums.get(str(t.get("name")), {}).get("values") or []
        if values and all(isinstance(v, str) for v in values):
            return "str"
        return "any"
    if kind == "literal":
        return "str" if isinstance(t.get("value"), str) else "any"
    return "any"


def endpoints() -> list[SpecEndpoint]:
    spec = load()
    enums = spec.get("enums") or {}
    out: list[SpecEndpoint] = []
    for raw in spec.get("endpoints") or []:
        params = tuple(
            ParamCheck(
                wire=str(p["wire"]),
                location=str(p.get("location", "json")),
                required=bool(p.get("wire_required", p.get("required", False))),
                kind=_basic_kind(p.get("type"), enums),
            )
            for p in raw.get("params") or []
        )
        path = str(raw["path"])
        regex = None
        if "{" in path:
            regex = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")
        out.append(
            SpecEndpoint(
                client=str(raw.get("client", "management")),
                name=str(raw["name"]),
                method=str(raw.get("method", "GET")).upper(),
                path=path,
                params=params,
                data_type=raw.get("data_type"),
                path_regex=regex,
                data_key=str(raw.get("data_key", "data")),
            )
        )
    return out


_TRUE_FALSE = {"true", "false", "True", "False", "1", "0"}


def _type_ok(value: Any, kind: str, location: str) -> bool:
    if kind == "any" or value is None:
        return True
    if location == "query":
        if kind in ("int",):
            return re.fullmatch(r"-?\d+", value) is not None
        if kind == "float":
            try:
                float(value)
            except ValueError:
                return False
            return True
        if kind == "bool":
            return value in _TRUE_FALSE
        return True
    if kind == "str":
        return isinstance(value, str)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "float":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "list":
        return isinstance(value, list)
    if kind == "dict":
        return isinstance(value, dict)
    return True


def validate(ep: SpecEndpoint, query: Mapping[str, str], body: Mapping[str, Any] | None) -> None:
    """Refuse a request that breaks the spec the way the API does: statusCode 400 naming the field."""
    for p in ep.params:
        if p.location == "path":
            continue
        if p.location == "query":
            value: Any = query.get(p.wire)
        else:
            value = body.get(p.wire) if body is not None else None
        if value is None:
            # ``metadata: any`` is a Node DTO artefact marked required; the API does not demand it.
            if p.required and p.wire != "metadata":
                raise ApiError(400, f"{p.wire} is required; {p.wire} should not be empty")
            continue
        if not _type_ok(value, p.kind, p.location):
            raise ApiError(400, f"{p.wire} must be of type {p.kind}")


# ---- sample data -------------------------------------------------------------------------------


class Sampler:
    """Deterministic, schema-valid values for a TYPE expression.

    Strings are derived from the field name and the endpoint so that two endpoints never share an
    id by accident, while repeated calls give identical answers (tests can snapshot them).
    """

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.models: Mapping[str, Any] = spec.get("models") or {}
        self.enums: Mapping[str, Any] = spec.get("enums") or {}

    def value(self, t: Type | None, field: str = "value", salt: str = "", depth: int = 0, stack: tuple[str, ...] = ()) -> Any:
        if not t:
            return None
        kind = t.get("kind")
        if kind == "str":
            return self._string(field, salt)
        if kind == "int":
            return 1
        if kind == "float":
            return 1.0
        if kind == "bool":
            return True
        if kind == "any":
            return {}
        if kind == "literal":
            return t.get("value")
        if kind == "enum":
            values = self.enums.get(str(t.get("name")), {}).get("values") or []
            return values[0] if values else self._string(field, salt)
        if kind == "list":
            if depth > 4:
                return []
            item = self.value(t.get("items"), field, salt, depth + 1, stack)
            return [] if item is None else [item]
        if kind == "map":
            return {}
        if kind == "union":
            options = t.get("of") or []
            return self.value(options[0], field, salt, depth, stack) if options else None
        if kind == "model":
            return self.model(str(t.get("name")), salt, depth, stack)
        return None

    def model(self, name: str, salt: str = "", depth: int = 0, stack: tuple[str, ...] = ()) -> dict[str, Any]:
        fields = (self.models.get(name) or {}).get("fields") or []
        out: dict[str, Any] = {}
        recursive = name in stack
        for f in fields:
            required = bool(f.get("required"))
            # Optional fields are filled near the top only: deep or cyclic models stay small.
            if not required and (recursive or depth >= 2):
                continue
            value = self.value(f.get("type"), str(f.get("wire")), salt, depth + 1, (*stack, name))
            if value is None and not required:
                continue
            if recursive and isinstance(value, list):
                value = []
            out[str(f["wire"])] = value
        return out

    def skeleton(self, name: str) -> dict[str, Any]:
        """Required fields only, used as the base under a stateful document to keep it schema-valid."""
        fields = (self.models.get(name) or {}).get("fields") or []
        out: dict[str, Any] = {}
        for f in fields:
            if f.get("required"):
                out[str(f["wire"])] = self.value(f.get("type"), str(f.get("wire")), "", 2, (name,))
        return out

    @staticmethod
    def _string(field: str, salt: str) -> str:
        lowered = field.lower()
        digest = hashlib.sha1(f"{salt}:{field}".encode()).hexdigest()[:12]
        if lowered.endswith("id") or lowered.endswith("ids"):
            return digest
        if lowered.endswith("email"):
            return f"user-{digest[:6]}@example.com"
        if lowered.endswith("at") or "time" in lowered or "date" in lowered:
            return "2024-01-01T00:00:00.000Z"
        if "url" in lowered or "uri" in lowered or "logo" in lowered:
            return f"https://example.com/{digest[:8]}"
        return f"{field}-{digest[:6]}"


@functools.lru_cache(maxsize=1)
def sampler() -> Sampler:
    return Sampler(load())


def skeleton_for(model: str | None) -> dict[str, Any]:
    if not model:
        return {}
    return _skeleton_cached(model)


@functools.lru_cache(maxsize=512)
def _skeleton_cached(model: str) -> dict[str, Any]:
    return sampler().skeleton(model)


def shape(model: str | None, doc: Mapping[str, Any]) -> dict[str, Any]:
    """A stateful document laid over its model's required-field skeleton."""
    base = skeleton_for(model)
    if not base:
        return dict(doc)
    out = json.loads(json.dumps(base))
    out.update(doc)
    return out  # type: ignore[no-any-return]
