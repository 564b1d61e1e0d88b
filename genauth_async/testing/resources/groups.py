"""Groups, unique by code, and their members."""

from __future__ import annotations

import secrets
from typing import Any

from genauth_async.testing import spec as spec_mod
from genauth_async.testing._wire import ApiError
from genauth_async.testing.resources import _members, contains, page_of
from genauth_async.testing.resources.users import get_user_or_404, present
from genauth_async.testing.routing import Ctx, Router


def get_group(ctx: Ctx, code: Any = None) -> dict[str, Any]:
    code = code if code is not None else ctx.require("code")
    group = ctx.emu.store.groups.find("code", code)
    if group is None:
        raise ApiError(404, f"Group {code} does not exist")
    return group


def _new_group(ctx: Ctx, item: dict[str, Any]) -> dict[str, Any]:
    code = item.get("code")
    if not isinstance(code, str) or not code:
        raise ApiError(400, "code is required; code should not be empty")
    doc = spec_mod.shape(
        "GroupDto",
        {
            "id": secrets.token_hex(12),
            "code": code,
            "name": item.get("name") or code,
            "description": item.get("description") or "",
            "type": item.get("type") or "static",
            "metadataSource": [],
            "members": [],
        },
    )
    if isinstance(item.get("customData"), dict):
        doc["customData"] = item["customData"]
    if ctx.emu.store.groups.conflicts(doc) is not None:
        raise ApiError(409, f"Group {code} already exists")
    return doc


async def create_group(ctx: Ctx) -> Any:
    doc = _new_group(ctx, ctx.body)
    return ctx.emu.store.groups.put(doc["id"], doc)


async def create_groups_batch(ctx: Ctx) -> Any:
    docs = [_new_group(ctx, i) for i in ctx.list_arg("list") if isinstance(i, dict)]
    return [ctx.emu.store.groups.put(d["id"], d) for d in docs]


async def get_group_handler(ctx: Ctx) -> Any:
    return get_group(ctx)


async def list_groups(ctx: Ctx) -> Any:
    keywords = ctx.str_arg("keywords")
    groups = [g for g in ctx.emu.store.groups.docs.values() if contains(keywords, g["code"], g["name"])]
    page, limit = ctx.pagination()
    return page_of(groups, page, limit)


async def update_group(ctx: Ctx) -> Any:
    group = get_group(ctx)
    doc = dict(group)
    for key in ("name", "description", "customData"):
        if ctx.body.get(key) is not None:
            doc[key] = ctx.body[key]
    if ctx.body.get("newCode"):
        doc["code"] = ctx.body["newCode"]
    if ctx.emu.store.groups.conflicts(doc, group["id"]) is not None:
        raise ApiError(409, f"Group {doc['code']} already exists")
    return ctx.emu.store.groups.put(group["id"], doc)


async def delete_groups_batch(ctx: Ctx) -> Any:
    for code in ctx.list_arg("codeList"):
        group = ctx.emu.store.groups.find("code", code)
        if group is not None:
            ctx.emu.store.groups.delete(group["id"])
            _members.forget(ctx.emu, "group", group["id"])
    return {"success": True}


async def add_group_members(ctx: Ctx) -> Any:
    group = get_group(ctx)
    _members.add(ctx.emu, "group", group["id"], ctx.list_arg("userIds"))
    return {"success": True}


async def remove_group_members(ctx: Ctx) -> Any:
    group = get_group(ctx)
    _members.remove(ctx.emu, "group", group["id"], ctx.list_arg("userIds"))
    return {"success": True}


async def list_group_members(ctx: Ctx) -> Any:
    group = get_group(ctx)
    users = [ctx.emu.store.users.get(u) for u in _members.members(ctx.emu, "group", group["id"])]
    page, limit = ctx.pagination()
    result = page_of([u for u in users if u], page, limit)
    result["list"] = [present(ctx.emu, u) for u in result["list"]]
    return result


async def get_user_groups(ctx: Ctx) -> Any:
    user = get_user_or_404(ctx.emu, ctx.arg("userId"), ctx.str_arg("userIdType"))
    groups = [ctx.emu.store.groups.get(i) for i in _members.owners_of(ctx.emu, "group", user["userId"])]
    found = [g for g in groups if g]
    return {"list": found, "totalCount": len(found)}


def register(router: Router) -> None:
    m = router.management
    m("POST", "/api/v3/create-group", create_group)
    m("POST", "/api/v3/create-groups-batch", create_groups_batch)
    m("GET", "/api/v3/get-group", get_group_handler)
    m("GET", "/api/v3/list-groups", list_groups)
    m("POST", "/api/v3/update-group", update_group)
    m("POST", "/api/v3/delete-groups-batch", delete_groups_batch)
    m("POST", "/api/v3/add-group-members", add_group_members)
    m("POST", "/api/v3/remove-group-members", remove_group_members)
    m("GET", "/api/v3/list-group-members", list_group_members)
    m("GET", "/api/v3/get-user-groups", get_user_groups)
