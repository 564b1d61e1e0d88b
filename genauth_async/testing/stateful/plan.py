"""Derive, from the spec entries a family row names, how the engine treats each endpoint.

The row only says which endpoint plays which part; this module reads those endpoints' parameters
and answer models to find the fields that name an item (the read endpoint's required parameters),
the id the server generates (a key field the create does not require) and its type, the fields a
create stores, the parameters a list filters by, and the list parameter a batch call carries.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

import attrs

from genauth_async.testing import spec as spec_mod
from genauth_async.testing.stateful.families import FAMILIES, PARENTS, Family, Parent

OPS = ("create", "create_batch", "get", "get_batch", "list", "update", "update_batch", "delete", "delete_batch")
# Request fields that steer a call rather than describe the resource: never stored, never filters.
CONTROL = frozenset({"options", "password", "salt", "page", "limit", "skipCount", "fetchAll", "lang",
                     "startIndex", "maxSize", "showFieldId", "recursive", "userIdType", "sendPhoneNotification",
                     "sendEmailNotification", "enrollmentData"})
KEYWORD_PARAMS = ("keywords", "keyword", "query")
_FLAG = re.compile(r"^(with|flat)[A-Z]")


@attrs.frozen
class Param:
    wire: str
    location: str  # query json path
    required: bool
    type: Mapping[str, Any]

    @property
    def is_list(self) -> bool:
        return self.type.get("kind") == "list"


@attrs.frozen
class Endpoint:
    ref: str  # "POST create-namespace"
    client: str
    name: str
    method: str
    path: str
    params: tuple[Param, ...]
    data_type: Mapping[str, Any] | None

    def param(self, wire: str) -> Param | None:
        return next((p for p in self.params if p.wire == wire), None)


@attrs.frozen
class Plan:
    family: Family
    endpoints: Mapping[str, tuple[Endpoint, ...]]  # op -> endpoints
    key: tuple[str, ...]
    id_field: str | None
    id_kind: str  # "int" or "id"
    scope: tuple[str, ...]  # key fields naming a parent or defaulted (the item lives inside them)
    identifying: frozenset[str]  # fields a read/update/delete may name an item by
    fields: frozenset[str]  # every field a create stores (what lists may filter on)
    parents: Mapping[str, Parent]  # fields pointing at an item of another collection

    @property
    def client_key(self) -> tuple[str, ...]:
        """Key fields the client chooses (unique within the scope): a duplicate create is a conflict."""
        return tuple(f for f in self.key if f != self.id_field and f not in self.scope)


def ref_of(raw: Mapping[str, Any]) -> str:
    path = str(raw["path"])
    return f"{str(raw.get('method', 'GET')).upper()} {path.removeprefix('/api/v3/')}"


@functools.lru_cache(maxsize=2)
def spec_index(client: str = "management") -> dict[str, Endpoint]:
    """One client's endpoints by ``"METHOD path"`` (names repeat in the spec; method and path do not)."""
    out: dict[str, Endpoint] = {}
    for raw in spec_mod.load().get("endpoints") or []:
        if raw.get("client", "management") != client:
            continue
        params = tuple(
            Param(str(p["wire"]), str(p.get("location", "json")), bool(p.get("wire_required", p.get("required"))),
                  p.get("type") or {})
            for p in raw.get("params") or []
        )
        ep = Endpoint(ref_of(raw), client, str(raw["name"]), str(raw.get("method", "GET")).upper(),
                      str(raw["path"]), params, raw.get("data_type"))
        out.setdefault(ep.ref, ep)
    return out


def model_fields(name: str | None) -> list[Mapping[str, Any]]:
    if not name:
        return []
    return list((spec_mod.load().get("models") or {}).get(name, {}).get("fields") or [])


def item_model(p: Param) -> str | None:
    items = p.type.get("items") if p.is_list else None
    if isinstance(items, Mapping) and items.get("kind") == "model":
        return str(items.get("name"))
    return None


def _field_type(ep: Endpoint | None, wire: str) -> Mapping[str, Any] | None:
    if ep is None or not ep.data_type:
        return None
    t: Mapping[str, Any] = ep.data_type
    if t.get("kind") == "list":
        t = t.get("items") or {}
    for f in model_fields(t.get("name") if t.get("kind") == "model" else None):
        if f.get("wire") == wire:
            return f.get("type")
        if f.get("wire") == "list":  # a page: look inside its items
            inner = (f.get("type") or {}).get("items") or {}
            for g in model_fields(inner.get("name")):
                if g.get("wire") == wire:
                    return g.get("type")
    return None


def is_control(wire: str) -> bool:
    """A request field that steers the call (paging, ``withX`` switches, passwords): never stored."""
    return wire in CONTROL or bool(_FLAG.match(wire))


def _is_flag(p: Param) -> bool:
    return is_control(p.wire)


def _create_fields(endpoints: Mapping[str, tuple[Endpoint, ...]]) -> dict[str, bool]:
    """Field -> required, over every create endpoint (batch items included)."""
    out: dict[str, bool] = {}
    for ep in endpoints.get("create", ()):
        for p in ep.params:
            if p.location != "path" and not _is_flag(p):
                out[p.wire] = out.get(p.wire, True) and p.required
    for ep in endpoints.get("create_batch", ()):
        for p in ep.params:
            model = item_model(p)
            if model is not None:
                for f in model_fields(model):
                    out.setdefault(str(f["wire"]), bool(f.get("required")))
            elif not p.is_list and not _is_flag(p):
                out.setdefault(p.wire, p.required)
    return out


def derive(family: Family) -> Plan:
    index = spec_index(family.client)
    endpoints = {op: tuple(index[ref] for ref in getattr(family, op)) for op in OPS}
    creates = _create_fields(endpoints)
    if family.key is not None:
        key = family.key
    else:
        reader = (endpoints["get"] or endpoints["update"] or endpoints["delete"])[0]
        key = tuple(p.wire for p in reader.params if p.required and not p.is_list and not _is_flag(p))
    parents = {f: p for f, p in {**PARENTS, **family.parents}.items() if p.collection != family.collection}
    id_field = family.id_field
    if id_field is None:
        id_field = next((f for f in key if not creates.get(f) and f not in parents and f not in family.defaults), None)
    sample_ep = next(iter(endpoints["create"] or endpoints["get"] or endpoints["list"]), None)
    id_type = _field_type(sample_ep, id_field) if id_field else None
    id_kind = "int" if id_type and id_type.get("kind") == "int" else "id"
    scope = tuple(f for f in key if f in parents or f in family.defaults)
    if len(scope) == len(key):  # one item per parent (a user's MFA status): the parent is its key
        scope = ()
    identifying = frozenset(key) | set(family.alt_ids) | set(family.unique) | ({id_field} if id_field else set())
    updated = {p.wire for ep in (*endpoints["update"], *endpoints["update_batch"]) for p in ep.params
               if p.location != "path" and not _is_flag(p)}
    fields = set(creates) | updated | set(key) | set(family.generated) | set(family.renames.values())
    for extra in family.fixed.values():
        fields |= set(extra)
    return Plan(family, endpoints, key, id_field, id_kind, scope, frozenset(identifying), frozenset(fields), parents)


@functools.lru_cache(maxsize=1)
def plans() -> tuple[Plan, ...]:
    return tuple(derive(f) for f in FAMILIES)


def singular(wire: str) -> str:
    """The item field a batch list parameter carries: codeList -> code, accountIds -> accountId."""
    for suffix in ("List", "s"):
        if wire.endswith(suffix) and len(wire) > len(suffix):
            return wire[: -len(suffix)]
    return wire


# ---- finding resource families in the spec ------------------------------------------------------

_VERBS = {"create": "create", "add": "create", "set": "create", "define": "create", "get": "get", "list": "list",
          "find": "list", "update": "update", "delete": "delete", "remove": "delete"}
_CRUD = re.compile(r"^(" + "|".join(_VERBS) + r")-(.+)$")


def _noun(text: str) -> str:
    text = re.sub(r"-(batch|by-.*)$", "", text)
    text = text.removeprefix("multiple-")
    if text.endswith("ies"):
        return text[:-3] + "y"
    return text[:-1] if text.endswith("s") and not text.endswith("ss") else text


def candidates() -> dict[str, dict[str, list[str]]]:
    """Resource nouns of the management spec with a create and a get or list, from the paths
    (``create-webhook``, ``get-webhook``, ``list-webhooks`` -> ``webhook``): noun -> op -> refs."""
    found: dict[str, dict[str, list[str]]] = {}
    for ref, ep in spec_index().items():
        match = _CRUD.match(ep.path.rsplit("/", 1)[-1])
        if match is not None:
            verb, noun = match.groups()
            found.setdefault(_noun(noun), {}).setdefault(_VERBS[verb], []).append(ref)
    return {n: ops for n, ops in sorted(found.items()) if "create" in ops and ("get" in ops or "list" in ops)}
