"""Free-form custom data (key -> value) on users, roles, groups and departments.

set-custom-data merges keys into the target's data and get-custom-data answers it. The target
must exist in the hand-written family that owns it, so a typo is a not-found, not silent success.
"""

from __future__ import annotations

from typing import Any

from genauth_async.testing._wire import ApiError
from genauth_async.testing.resources.orgs import find_department
from genauth_async.testing.resources.users import get_user_or_404
from genauth_async.testing.routing import Ctx, Router

TARGET_TYPES = ("USER", "ROLE", "GROUP", "DEPARTMENT")


def _target(ctx: Ctx) -> str:
    """The stored key of the request's target (``ROLE:<namespace>:<code>``), which must exist."""
    kind = ctx.str_arg("targetType")
    ident = ctx.str_arg("targetIdentifier")
    if not kind or kind.upper() not in TARGET_TYPES:
        raise ApiError(400, f"targetType must be one of {', '.join(TARGET_TYPES)}")
    if not ident:
        raise ApiError(400, "targetIdentifier is required; targetIdentifier should not be empty")
    kind = kind.upper()
    store = ctx.emu.store
    if kind == "USER":
        ident = get_user_or_404(ctx.emu, ident)["userId"]
    elif kind == "ROLE":
        namespace = ctx.str_arg("namespace") or "default"
        if store.roles.find("code", (namespace, ident)) is None:
            raise ApiError(404, f"Role {ident} does not exist in namespace {namespace}")
        ident = f"{namespace}:{ident}"
    elif kind == "GROUP":
        if store.groups.find("code", ident) is None:
            raise ApiError(404, f"Group {ident} does not exist")
    elif find_department(ctx.emu, ident) is None:
        raise ApiError(404, f"Department {ident} does not exist")
    return f"{kind}:{ident}"


async def set_custom_data(ctx: Ctx) -> Any:
    key = _target(ctx)
    items = ctx.list_arg("list")
    if not all(isinstance(i, dict) and isinstance(i.get("key"), str) and i["key"] for i in items):
        raise ApiError(400, "list must be an array of objects with a key")
    coll = ctx.emu.store.ensure("custom_data")
    data = dict((coll.get(key) or {}).get("data") or {})
    data.update({i["key"]: i.get("value") for i in items})
    coll.put(key, {"data": data})
    return {"success": True}


async def get_custom_data(ctx: Ctx) -> Any:
    return dict((ctx.emu.store.ensure("custom_data").get(_target(ctx)) or {}).get("data") or {})


def register(router: Router) -> None:
    router.management("POST", "/api/v3/set-custom-data", set_custom_data)
    router.management("GET", "/api/v3/get-custom-data", get_custom_data)
