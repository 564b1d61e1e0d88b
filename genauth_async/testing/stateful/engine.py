"""One set of handlers (create, get, list, update, delete and their batch forms) for every family.

Each route is an ``OpHandler`` bound to a family's derived plan and one spec endpoint; it reads the
request's values by the endpoint's parameters, works on the family's store collection, and answers
through ``render`` in the endpoint's answer model. Errors are the API's: 404 for a missing item or
parent, 409 for a duplicate key, 400 for a missing or malformed identifying field.
"""

from __future__ import annotations

import re
import secrets
import time
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Any

from genauth_async.testing import spec as spec_mod
from genauth_async.testing._wire import ApiError
from genauth_async.testing.routing import Ctx, Route, RouteKind, Router
from genauth_async.testing.stateful import render
from genauth_async.testing.stateful.plan import (
    KEYWORD_PARAMS,
    Endpoint,
    Param,
    Plan,
    is_control,
    plans,
    singular,
)

# Bookkeeping fields every item has; a keyword search does not look into them.
_INTERNAL = frozenset({"id", "userPoolId", "createdAt", "updatedAt"})


def _norm(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _key_fn(fields: tuple[str, ...]) -> Callable[[dict[str, Any]], Hashable | None]:
    def key(doc: dict[str, Any]) -> Hashable | None:
        values = [doc.get(f) for f in fields]
        if any(v in (None, "") or isinstance(v, (list, dict)) for v in values):
            return None
        return tuple(_norm(v) for v in values)

    return key


def _parent_item(coll: Any, field: str, value: Any) -> dict[str, Any] | None:
    """The item of ``coll`` whose ``field`` is ``value``: by the owning family's index when it has one."""
    for index in (f"id:{field}", f"key:{field}"):
        if coll.has_index(index):
            found: dict[str, Any] | None = coll.find(index, (_norm(value),))
            return found
    return next((p for p in coll if _norm(p.get(field)) == _norm(value)), None)


def _now(ctx: Ctx) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(ctx.emu.now()))


class OpHandler:
    """The handler of one endpoint of one family; ``op`` says which part the endpoint plays."""

    def __init__(self, plan: Plan, op: str, ep: Endpoint) -> None:
        self.plan = plan
        self.op = op
        self.ep = ep
        self.family = plan.family
        self.__qualname__ = f"{type(self).__qualname__}.{op}"  # routes are told apart by handler name
        self._path_re = re.compile("^" + re.sub(r"\\\{([^}]+)\\\}", r"(?P<\1>[^/]+)", re.escape(ep.path)) + "$")

        # Unique indexes: name -> the fields whose (normalised) values name at most one item.
        self._lookups: dict[str, tuple[str, ...]] = {}
        if plan.id_field:
            self._lookups["id:" + ",".join((*plan.scope, plan.id_field))] = (*plan.scope, plan.id_field)
        if plan.client_key:
            self._lookups["key:" + ",".join((*plan.scope, *plan.client_key))] = (*plan.scope, *plan.client_key)
        for f in self.family.unique:
            self._lookups["unique:" + ",".join((*plan.scope, f))] = (*plan.scope, f)
        self._unique = {name: _key_fn(fields) for name, fields in self._lookups.items()}

    async def __call__(self, ctx: Ctx) -> Any:
        values = self._values(ctx)
        coll = ctx.emu.store.ensure(self.family.collection, self._unique)
        return getattr(self, "_" + self.op)(ctx, coll, values)

    # ---- request values -------------------------------------------------------------------

    def _values(self, ctx: Ctx) -> dict[str, Any]:
        out: dict[str, Any] = {}
        match = self._path_re.match(ctx.request.path.rstrip("/"))
        for p in self.ep.params:
            if p.location == "path":
                value = match.group(p.wire) if match else None
            elif p.location == "query":
                if p.is_list:
                    raw = ctx.query.getall(p.wire, [])
                    value = [v for item in raw for v in item.split(",") if v] if raw else None
                else:
                    value = ctx.query.get(p.wire)
            else:
                value = ctx.body.get(p.wire)
            if value is None:
                continue
            if p.is_list and isinstance(value, list):
                self._check_items(p, value)
            out[p.wire] = value
        if self.family.client == "authentication":
            out["userId"] = ctx.user()["userId"]  # the signed-in user's own items only
        return out

    @staticmethod
    def _check_items(p: Param, items: list[Any]) -> None:
        """A list's elements must have the spec's item type (``codeList: [{}]`` is a bad request)."""
        kind = (p.type.get("items") or {}).get("kind")
        if kind in ("str", "enum"):
            ok = all(isinstance(i, (str, int)) and not isinstance(i, bool) for i in items)
        elif kind == "model":
            ok = all(isinstance(i, dict) for i in items)
        else:
            return
        if not ok:
            expected = "strings" if kind != "model" else "objects"
            raise ApiError(400, f"{p.wire} must be an array of {expected}")

    def _settable(self, p: Param) -> bool:
        return p.location != "path" and not is_control(p.wire)

    # ---- finding items --------------------------------------------------------------------

    def _criteria(self, values: Mapping[str, Any], require: bool = True) -> dict[str, Any]:
        plan = self.plan
        crit: dict[str, Any] = {}
        for src, dst in self.family.renames.items():
            if src in values and dst not in values and dst in plan.identifying:
                crit[dst] = values[src]
        primary = plan.identifying - set(self.family.unique) | set(plan.key)
        for fields in (primary | set(plan.scope), set(self.family.unique)):
            for f in fields:
                value = values.get(f)
                if value not in (None, "") and not isinstance(value, (list, dict)):
                    crit.setdefault(f, value)
            if set(crit) - set(plan.scope):
                break
        for f, default in self.family.defaults.items():
            crit.setdefault(f, default)
        if require and not set(crit) - set(plan.scope):
            name = plan.id_field or (plan.client_key or plan.key)[0]
            raise ApiError(400, f"{name} is required; {name} should not be empty")
        return crit

    @staticmethod
    def _matches(doc: Mapping[str, Any], crit: Mapping[str, Any]) -> bool:
        return all(_norm(doc.get(k)) == _norm(v) for k, v in crit.items())

    def _find(self, coll: Any, crit: Mapping[str, Any]) -> dict[str, Any] | None:
        for name, fields in self._lookups.items():
            if set(fields) == set(crit):
                doc = coll.find(name, tuple(_norm(crit[f]) for f in fields))
                return doc if doc is not None and self._matches(doc, crit) else None
        return next((d for d in coll if self._matches(d, crit)), None)

    def _missing(self, crit: Mapping[str, Any]) -> ApiError:
        named = [str(v) for k, v in crit.items() if k not in self.plan.scope] or [str(v) for v in crit.values()]
        return ApiError(404, f"{self.family.label} {' '.join(named)} does not exist", self.family.not_found_code)

    def _get_or_404(self, ctx: Ctx, coll: Any, values: Mapping[str, Any]) -> dict[str, Any]:
        crit = self._criteria(values)
        self._check_parents(ctx, {f: v for f, v in crit.items() if f in self.plan.scope})
        doc = self._find(coll, crit)
        if doc is None:
            raise self._missing(crit)
        return doc

    # ---- building and checking items ------------------------------------------------------

    def _check_parents(self, ctx: Ctx, doc: Mapping[str, Any]) -> None:
        for f, parent in self.plan.parents.items():
            value = doc.get(f)
            if value in (None, ""):
                continue
            coll = ctx.emu.store.ensure(parent.collection)
            if coll.get(str(value)) is None and _parent_item(coll, parent.field, value) is None:
                raise ApiError(404, f"{parent.label} {value} does not exist", parent.api_code)

    def _conflict(self, coll: Any, doc: dict[str, Any], pending: Iterable[Mapping[str, Any]] = ()) -> str | None:
        """What ``doc`` would duplicate among the stored items (by index) and ``pending`` ones."""
        index = coll.conflicts(doc, doc["id"])
        if index is not None:
            fields = self._lookups.get(index, ())
            return " ".join(str(doc.get(f)) for f in fields if f not in self.plan.scope) or str(doc["id"])
        return self._conflict_in(doc, pending)

    def _conflict_in(self, doc: Mapping[str, Any], others: Iterable[Mapping[str, Any]]) -> str | None:
        plan = self.plan
        scope = {f: doc.get(f) for f in plan.scope}
        key = plan.client_key
        for other in others:
            if other.get("id") == doc.get("id") or not self._matches(other, scope):
                continue
            if key and all(doc.get(f) not in (None, "") for f in key) and self._matches(other, {f: doc[f] for f in key}):
                return " ".join(str(doc[f]) for f in key)
            for f in self.family.unique:
                value = doc.get(f)
                if value not in (None, "") and _norm(other.get(f)) == _norm(value):
                    return str(value)
        return None

    def _new_id(self, ctx: Ctx, kind: str) -> Any:
        if kind == "int":
            counter = f"seq:{self.family.collection}"
            n = int(ctx.emu.store.meta(counter) or 0) + 1
            ctx.emu.store.set_meta(counter, n)
            return n
        return secrets.token_hex(16 if kind == "secret" else 12)

    def _build(self, ctx: Ctx, coll: Any, values: Mapping[str, Any],
               pending: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """A new item from the request's values (``pending``: items of the same batch, not yet stored)."""
        plan = self.plan
        doc: dict[str, Any] = {}
        settable = {p.wire for p in self.ep.params if self._settable(p)}
        for k, v in values.items():
            if k in self.family.flatten and isinstance(v, dict):
                doc.update({x: y for x, y in v.items() if x not in ("id", *plan.key)})
            elif (k in settable or k in plan.scope or self.op == "create_batch") and not is_control(k):
                doc[self.family.renames.get(k, k)] = v
        doc.update(self.family.fixed.get(self.ep.ref, {}))
        for f, default in self.family.defaults.items():
            if doc.get(f) in (None, ""):
                doc[f] = default
        self._check_parents(ctx, doc)
        redeem = self.family.redeems
        if redeem is not None:
            source = ctx.emu.store.ensure(redeem.collection)
            crit = {f: doc.get(f) for f in (*plan.scope, redeem.field)}
            used = next((d for d in source if self._matches(d, crit)), None)
            if used is None:
                raise ApiError(400, f"{redeem.label} {doc.get(redeem.field)} is invalid or already used")
            source.delete(used["id"])
            taken = {k: v for k, v in used.items() if k not in ("id", "createdAt", "updatedAt", redeem.field)}
            doc = {**taken, **{k: v for k, v in doc.items() if k != redeem.field}}
        if plan.id_field and doc.get(plan.id_field) in (None, ""):
            doc[plan.id_field] = self._new_id(ctx, plan.id_kind)
        for f, kind in self.family.generated.items():
            if doc.get(f) in (None, ""):
                doc[f] = self._new_id(ctx, kind)
        doc.setdefault("id", secrets.token_hex(12))
        now = _now(ctx)
        doc.setdefault("createdAt", now)
        doc["updatedAt"] = now
        doc["userPoolId"] = ctx.emu.user_pool_id
        if self.family.upsert:
            crit = {f: doc.get(f) for f in (*plan.scope, *plan.key)}
            same = next((d for d in pending or () if self._matches(d, crit)), None) or self._find(coll, crit)
            if same is not None:
                return {**same, **{k: v for k, v in doc.items() if k not in ("id", "createdAt")}}
        clash = self._conflict(coll, doc, pending or ())
        if clash is None and (coll.get(doc["id"]) is not None or any(d["id"] == doc["id"] for d in pending or ())):
            clash = str(doc["id"])  # a client-chosen id (create-post's id) already taken
        if clash is not None:
            raise ApiError(409, f"{self.family.label} {clash} already exists")
        return doc

    def insert(self, ctx: Ctx, values: Mapping[str, Any], fields: Mapping[str, Any]) -> dict[str, Any]:
        """Store a new item as this create endpoint would, with ``fields`` laid over it: for a
        hand-written handler that adds to a family's state (add-tenant-users links pool users, whose
        linkUserId is the user's id rather than a generated one)."""
        coll = ctx.emu.store.ensure(self.family.collection, self._unique)
        doc = {**self._build(ctx, coll, values), **fields}
        coll.put(doc["id"], doc)
        return doc

    def _answer(self, items: list[dict[str, Any]], total: int | None = None) -> Any:
        return render.answer(self.ep.data_type, items, total, self.family.aliases, self.ep.name)

    def _batch_param(self) -> Param | None:
        return next((p for p in self.ep.params if p.is_list and p.location != "query" and p.required),
                    next((p for p in self.ep.params if p.is_list), None))

    # ---- operations ---------------------------------------------------------------------

    def _create(self, ctx: Ctx, coll: Any, values: dict[str, Any]) -> Any:
        doc = self._build(ctx, coll, values)
        coll.put(doc["id"], doc)
        return self._answer([doc])

    def _create_batch(self, ctx: Ctx, coll: Any, values: dict[str, Any]) -> Any:
        param = self._batch_param()
        items = values.get(param.wire) if param else None
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise ApiError(400, f"{param.wire if param else 'list'} must be an array of objects")
        shared = {k: v for k, v in values.items() if param is None or k != param.wire}
        docs: list[dict[str, Any]] = []
        for item in items:
            doc = self._build(ctx, coll, {**shared, **item}, docs)
            docs = [d for d in docs if d["id"] != doc["id"]] + [doc]  # an upsert replaces its earlier self
        for doc in docs:
            coll.put(doc["id"], doc)
        return self._answer(docs)

    def _get(self, ctx: Ctx, coll: Any, values: dict[str, Any]) -> Any:
        return self._answer([self._get_or_404(ctx, coll, values)])

    def _get_batch(self, ctx: Ctx, coll: Any, values: dict[str, Any]) -> Any:
        param = self._batch_param()
        wanted = values.get(param.wire) if param else None
        scope = {k: v for k, v in self._criteria(values, require=False).items() if k in self.plan.scope}
        field = self.family.renames.get(singular(param.wire), singular(param.wire)) if param else "id"
        found = []
        for value in wanted if isinstance(wanted, list) else []:
            doc = self._find(coll, {**scope, field: value})
            if doc is not None:
                found.append(doc)
        return self._answer(found)

    def _list(self, ctx: Ctx, coll: Any, values: dict[str, Any]) -> Any:
        # A list endpoint's fixed fields select (list-tenant-admin lists the members marked admin).
        docs = [d for d in coll if self._matches(d, self.family.fixed.get(self.ep.ref, {}))]
        scope = {f: values[f] for f in self.plan.scope if isinstance(values.get(f), str)}
        self._check_parents(ctx, scope)
        docs = [d for d in docs if self._matches(d, scope)]  # a signed-in user's own, an app's own...
        for p in self.ep.params:
            value = values.get(p.wire)
            if value in (None, "") or not self._settable(p):
                continue
            if p.wire in KEYWORD_PARAMS and isinstance(value, str):
                needle = value.lower()
                docs = [d for d in docs
                        if any(isinstance(v, str) and k not in _INTERNAL and needle in v.lower() for k, v in d.items())]
                continue
            field = p.wire if p.wire in self.plan.fields else singular(p.wire)
            if field not in self.plan.fields:
                continue
            if isinstance(value, list):
                allowed = {_norm(v) for v in value}
                docs = [d for d in docs if _norm(d.get(field)) in allowed]
            elif not isinstance(value, dict):
                docs = [d for d in docs if _norm(d.get(field)) == _norm(value)]
        if any(p.wire in ("page", "limit", "options") for p in self.ep.params):
            page, limit = ctx.pagination()
            start = (page - 1) * limit
            return self._listed(docs[start : start + limit], len(docs))
        return self._listed(docs, len(docs))

    def _listed(self, items: list[dict[str, Any]], total: int) -> Any:
        """A list's answer. Where the spec types it as one item (list-operate), an empty page has no
        item to show: a not-found, rather than a sample standing in for an item that is not there."""
        t = self.ep.data_type or {}
        if not items and t.get("kind") == "model" and render.page_item_model(t) is None:
            raise ApiError(404, f"No {self.family.label.lower()} on this page", self.family.not_found_code)
        return self._answer(items, total)

    def _apply(self, ctx: Ctx, coll: Any, doc: dict[str, Any], values: Mapping[str, Any]) -> dict[str, Any]:
        crit = self._criteria(values, require=False)
        new = dict(doc)
        for k, v in values.items():
            if is_control(k) or (k in crit and k not in self.family.renames):
                continue
            if k in self.family.merge and isinstance(v, dict):
                target = new.get(k)
                if isinstance(target, dict):
                    new[k] = {**target, **v}
                else:
                    new.update({x: y for x, y in v.items() if x not in ("id", *self.plan.key)})
                continue
            new[self.family.renames.get(k, k)] = v
        new.update(self.family.fixed.get(self.ep.ref, {}))
        new["updatedAt"] = _now(ctx)
        self._check_parents(ctx, new)
        clash = self._conflict(coll, new)
        if clash is not None:
            raise ApiError(409, f"{self.family.label} {clash} already exists")
        coll.put(new["id"], new)
        return new

    def _update(self, ctx: Ctx, coll: Any, values: dict[str, Any]) -> Any:
        return self._answer([self._apply(ctx, coll, self._get_or_404(ctx, coll, values), values)])

    def _update_batch(self, ctx: Ctx, coll: Any, values: dict[str, Any]) -> Any:
        param = self._batch_param()
        items = values.get(param.wire) if param else None
        if isinstance(items, list) and items and all(isinstance(i, dict) for i in items):
            targets = [self._get_or_404(ctx, coll, item) for item in items]
            updates: list[Mapping[str, Any]] = items
        else:
            # Lists of ids (set-tenant-admin's linkUserIds/memberIds): each names an item of the scope.
            targets = self._named_by_lists(coll, values)
            updates = [{} for _ in targets]
        return self._answer([self._apply(ctx, coll, doc, u) for doc, u in zip(targets, updates, strict=True)])

    def _delete(self, ctx: Ctx, coll: Any, values: dict[str, Any]) -> Any:
        doc = self._get_or_404(ctx, coll, values)
        _remove(ctx, self.family.collection, doc)
        return self._answer([doc])

    def _named_by_lists(self, coll: Any, values: Mapping[str, Any]) -> list[dict[str, Any]]:
        """The items the request's list parameters name (ids, or objects holding key fields);
        all of them must exist."""
        scope = {k: v for k, v in self._criteria(values, require=False).items() if k in self.plan.scope}
        targets: list[dict[str, Any]] = []
        for p in self.ep.params:
            wanted = values.get(p.wire)
            if not p.is_list or not isinstance(wanted, list):
                continue
            field = self.family.renames.get(singular(p.wire), singular(p.wire))
            for value in wanted:
                if isinstance(value, dict):
                    crit = {**scope, **{k: v for k, v in value.items() if k in self.plan.identifying}}
                    if not set(crit) - set(self.plan.scope):
                        raise ApiError(400, f"{p.wire} items must name the item ({', '.join(self.plan.key)})")
                else:
                    crit = {**scope, field: value}
                doc = self._find(coll, crit)
                if doc is None:
                    raise self._missing(crit)
                targets.append(doc)
        if not targets:
            raise ApiError(400, "No item named: the list of items is empty")
        return targets

    def _delete_batch(self, ctx: Ctx, coll: Any, values: dict[str, Any]) -> Any:
        targets = self._named_by_lists(coll, values)
        for doc in targets:
            _remove(ctx, self.family.collection, doc)
        return self._answer(targets)


def _remove(ctx: Ctx, collection: str, doc: Mapping[str, Any]) -> None:
    """Delete an item and what lives in it (a namespace's data resources, a tenant's members), so a
    parent created again under the same code starts empty, as in the API."""
    ctx.emu.store.ensure(collection).delete(doc["id"])
    for plan in plans():
        for field, parent in plan.parents.items():
            if parent.collection != collection or doc.get(parent.field) in (None, ""):
                continue
            children = ctx.emu.store.ensure(plan.family.collection)
            for child in [c for c in children if _norm(c.get(field)) == _norm(doc[parent.field])]:
                _remove(ctx, plan.family.collection, child)


def _spec_endpoints() -> dict[tuple[str, str, str], spec_mod.SpecEndpoint]:
    return {(e.client, e.method, e.path): e for e in spec_mod.endpoints()}


def register(router: Router) -> None:
    """Add a route for every family endpoint that no hand-written handler already serves."""
    specs = _spec_endpoints()
    for plan in plans():
        for op, endpoints in plan.endpoints.items():
            for ep in endpoints:
                key = (ep.method, ep.path)
                if key in router.exact:
                    continue
                spec = specs.get((ep.client, *key))
                kind: RouteKind = "authentication" if ep.client == "authentication" else "management"
                route = Route(kind=kind, handler=OpHandler(plan, op, ep), spec=spec)
                if spec is not None and spec.path_regex is not None:
                    router.templated.append((ep.method, spec.path_regex, route))
                else:
                    router.exact[key] = route
