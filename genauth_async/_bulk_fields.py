"""What a bulk input item may hold, read once from the generated endpoint descriptor, and the checks made before sending.

An input file is typed by a person, so the bulk path is stricter than the client it drives: the
client accepts enum values it does not know yet (a newer server may have added them), while a bulk
item with ``appType: bogus`` is almost surely a typo that would otherwise fail a thousand times on
the server. Everything else is checked by the client's own argument checks, run without sending,
so a ``--dry-run`` and a real run refuse exactly the same items.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from .errors import ValidationError

if TYPE_CHECKING:
    from ._endpoint import Endpoint

LIST_SEPARATOR = "|"


@attrs.frozen(slots=True)
class Fields:
    """The parameters of one management endpoint, as a bulk item names them."""

    endpoint: Endpoint
    names: Mapping[str, str]  # Python name or wire name -> Python name
    required: frozenset[str]
    kinds: Mapping[str, str]  # Python name -> str | int | float | bool | list | dict | any
    enums: Mapping[str, tuple[Any, ...]]  # Python name -> allowed values

    @classmethod
    def of(cls, area: str, endpoint_name: str) -> Fields:
        """Read from the generated descriptor of management endpoint ``endpoint_name`` in ``area``."""
        import importlib

        from ._endpoint import Endpoint

        module = importlib.import_module(f"genauth_async._generated.management.{area}")
        endpoint = getattr(module, f"_EP_{endpoint_name.upper()}", None)
        if not isinstance(endpoint, Endpoint):
            raise LookupError(f"no generated descriptor for {endpoint_name!r} in area {area!r}")
        names: dict[str, str] = {}
        for param in endpoint.params:
            names[param.name] = param.name
            names[param.wire] = param.name
        return cls(
            endpoint,
            names,
            frozenset(p.name for p in endpoint.params if p.required),
            {p.name: p.kind for p in endpoint.params},
            {p.name: p.choices for p in endpoint.params if p.choices},
        )

    def normalise(self, item: Any, what: str) -> dict[str, Any]:
        """Keyword arguments from a mapping with Python or wire names; unknown and missing fields refused."""
        if attrs.has(type(item)):
            from ._converter import to_wire

            item = to_wire(item)
        if not isinstance(item, Mapping):
            raise ValidationError(f"each {what} must be a mapping of fields, got {type(item).__name__}")
        kwargs: dict[str, Any] = {}
        for field, value in item.items():
            name = self.names.get(field)
            if name is None:
                raise ValidationError(f"unknown {what} field {field!r}", param=str(field))
            if value is not None:
                kwargs[name] = value
        for name in sorted(self.required):
            if kwargs.get(name) in (None, ""):
                raise ValidationError(f"missing required {what} field {name!r}", param=name)
        for name, allowed in self.enums.items():
            value = kwargs.get(name)
            if value is not None and getattr(value, "value", value) not in allowed:
                shown = ", ".join(str(v) for v in allowed)
                raise ValidationError(f"{what} field {name!r} must be one of {shown}; got {value!r}", param=name)
        return kwargs

    def from_text(self, item: Mapping[str, Any]) -> dict[str, Any]:
        """Turn the text cells of a CSV row into the declared kinds.

        A list cell is JSON (``["a", "b"]``) or plain values joined by ``|`` (``a|b``); numbers and
        booleans are written as themselves; an object cell is JSON. Text that does not fit its
        kind is left as it is, so the checks that follow name the field and the problem.
        """
        out: dict[str, Any] = {}
        for field, value in item.items():
            name = self.names.get(field)
            kind = self.kinds.get(name) if name is not None else None
            out[field] = _from_text(value, kind) if isinstance(value, str) else value
        return out

    def check(self, kwargs: Mapping[str, Any]) -> None:
        """The client's own argument checks for this call: its encode stage, which sends nothing."""
        from ._request import encode

        encode(self.endpoint, tuple(kwargs.get(param.name) for param in self.endpoint.params), None, None, False)


def _from_text(text: str, kind: str | None) -> Any:
    stripped = text.strip()
    if kind == "list":
        if stripped.startswith("["):
            return _json_or(stripped, text)
        return [part.strip() for part in stripped.split(LIST_SEPARATOR) if part.strip()]
    if kind == "dict":
        return _json_or(stripped, text)
    if kind == "bool" and stripped.lower() in ("true", "false"):
        return stripped.lower() == "true"
    if kind == "int":
        try:
            return int(stripped)
        except ValueError:
            return text
    if kind == "float":
        try:
            return float(stripped)
        except ValueError:
            return text
    if kind in (None, "any", "union") and (stripped[:1] in ("[", "{") or stripped in ("true", "false", "null")):
        return _json_or(stripped, text)
    return text


def _json_or(text: str, fallback: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return fallback
