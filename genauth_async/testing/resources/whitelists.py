"""Registration whitelists: lists of usernames, emails or phones, for the pool and per application.

add-whitelist appends, delete-whitelist removes, list-whitelist answers the list. The spec types
the list (and add) answer as one WhitelistRespDto, so the emulator answers every value in it,
comma-separated in ``value``, with the first one's ``createdAt`` (see docs/emulator-endpoints.md).
"""

from __future__ import annotations

from typing import Any

from genauth_async.testing._ids import iso_now
from genauth_async.testing._wire import ApiError
from genauth_async.testing.resources.applications import get_app
from genauth_async.testing.routing import Ctx, Router

TYPES = ("USERNAME", "EMAIL", "PHONE")


def _key(ctx: Ctx, of_app: bool) -> str:
    kind = ctx.str_arg("type")
    if kind not in TYPES:
        raise ApiError(400, f"type must be one of {', '.join(TYPES)}")
    app_id = get_app(ctx.emu, ctx.arg("appId"))["appId"] if of_app else ""
    return f"{app_id}:{kind}"


def _values(ctx: Ctx) -> list[str]:
    values = ctx.list_arg("list")
    if not all(isinstance(v, str) and v for v in values):
        raise ApiError(400, "list must be an array of non-empty strings")
    return values


def _view(entries: list[dict[str, Any]]) -> dict[str, Any]:
    return {"value": ",".join(e["value"] for e in entries), "createdAt": entries[0]["createdAt"] if entries else ""}


def _entries(ctx: Ctx, key: str) -> list[dict[str, Any]]:
    return list((ctx.emu.store.ensure("whitelists").get(key) or {}).get("entries") or [])


def _add(of_app: bool) -> Any:
    async def add(ctx: Ctx) -> Any:
        key = _key(ctx, of_app)
        entries = _entries(ctx, key)
        now = iso_now()
        for value in _values(ctx):
            if all(e["value"] != value for e in entries):
                entries.append({"value": value, "createdAt": now})
        ctx.emu.store.ensure("whitelists").put(key, {"entries": entries})
        return _view(entries)

    return add


def _list(of_app: bool) -> Any:
    async def list_(ctx: Ctx) -> Any:
        return _view(_entries(ctx, _key(ctx, of_app)))

    return list_


def _delete(of_app: bool) -> Any:
    async def delete(ctx: Ctx) -> Any:
        key = _key(ctx, of_app)
        entries = _entries(ctx, key)
        drop = set(_values(ctx))
        missing = drop - {e["value"] for e in entries}
        if missing:
            raise ApiError(404, f"Whitelist entry {sorted(missing)[0]} does not exist")
        ctx.emu.store.ensure("whitelists").put(key, {"entries": [e for e in entries if e["value"] not in drop]})
        return {"success": True}

    return delete


def register(router: Router) -> None:
    m = router.management
    for of_app, suffix in ((False, ""), (True, "-of-app")):
        m("POST", f"/api/v3/add-whitelist{suffix}", _add(of_app))
        m("GET", f"/api/v3/list-whitelist{suffix}", _list(of_app))
        m("POST", f"/api/v3/delete-whitelist{suffix}", _delete(of_app))
