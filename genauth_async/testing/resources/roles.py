"""Roles, unique per (namespace, code), and their user members."""

from __future__ import annotations

import secrets
from typing import Any

from genauth_async.testing import spec as spec_mod
from genauth_async.testing._wire import ApiError
from genauth_async.testing.resources import _members, contains, page_of
from genauth_async.testing.resources.users import get_user_or_404, present
from genauth_async.testing.routing import Ctx, Router


def _ns(ctx: Ctx) -> str:
    return ctx.str_arg("namespace") or "default"


def get_role(ctx: Ctx, code: Any = None, namespace: str | None = None) -> dict[str, Any]:
    code = code if code is not None else ctx.require("code")
    role = ctx.emu.store.roles.find("code", (namespace or _ns(ctx), code))
    if role is None:
        raise ApiError(404, f"Role {code} does not exist")
    return role


def _new_role(ctx: Ctx, item: dict[str, Any]) -> dict[str, Any]:
    code = item.get("code")
    if not isinstance(code, str) or not code:
        raise ApiError(400, "code is required; code should not be empty")
    namespace = item.get("namespace") or "default"
    doc = spec_mod.shape(
        "RoleDto",
        {
            "id": secrets.token_hex(12),
            "code": code,
            "name": item.get("name") or code,
            "description": item.get("description") or "",
            "namespace": namespace,
            "namespaceName": "默认权限分组" if namespace == "default" else namespace,
            "status": "ENABLE",
        },
    )
    if item.get("disableTime") is not None:
        doc["disableTime"] = item["disableTime"]
    if ctx.emu.store.roles.conflicts(doc) is not None:
        raise ApiError(409, f"Role {code} already exists in namespace {namespace}")
    return doc


async def create_role(ctx: Ctx) -> Any:
    doc = _new_role(ctx, ctx.body)
    return ctx.emu.store.roles.put(doc["id"], doc)


async def create_roles_batch(ctx: Ctx) -> Any:
    docs = [_new_role(ctx, i) for i in ctx.list_arg("list") if isinstance(i, dict)]
    for doc in docs:
        ctx.emu.store.roles.put(doc["id"], doc)
    return {"success": True}


async def get_role_handler(ctx: Ctx) -> Any:
    return get_role(ctx)


async def list_roles(ctx: Ctx) -> Any:
    namespace = ctx.str_arg("namespace")
    keywords = ctx.str_arg("keywords")
    roles = [
        r
        for r in ctx.emu.store.roles.docs.values()
        if (namespace is None or r["namespace"] == namespace) and contains(keywords, r["code"], r["name"])
    ]
    page, limit = ctx.pagination()
    return page_of(roles, page, limit)


async def update_role(ctx: Ctx) -> Any:
    role = get_role(ctx)
    doc = dict(role)
    for key in ("name", "description", "status", "disableTime"):
        if ctx.body.get(key) is not None:
            doc[key] = ctx.body[key]
    if ctx.body.get("newCode"):
        doc["code"] = ctx.body["newCode"]
    if ctx.emu.store.roles.conflicts(doc, role["id"]) is not None:
        raise ApiError(409, f"Role {doc['code']} already exists")
    ctx.emu.store.roles.put(role["id"], doc)
    return {"success": True}


async def delete_roles_batch(ctx: Ctx) -> Any:
    namespace = _ns(ctx)
    for code in ctx.list_arg("codeList"):
        role = ctx.emu.store.roles.find("code", (namespace, code))
        if role is not None:
            ctx.emu.store.roles.delete(role["id"])
            _members.forget(ctx.emu, "role", role["id"])
    return {"success": True}


def _user_targets(ctx: Ctx) -> list[str]:
    out = []
    for target in ctx.list_arg("targets"):
        if not isinstance(target, dict) or target.get("targetType") not in ("USER", "DEPARTMENT"):
            raise ApiError(400, "targets items need targetType USER or DEPARTMENT and targetIdentifier")
        if target["targetType"] == "USER":
            out.append(str(target.get("targetIdentifier")))
    return out


async def assign_role(ctx: Ctx) -> Any:
    role = get_role(ctx)
    _members.add(ctx.emu, "role", role["id"], _user_targets(ctx))
    return {"success": True}


async def revoke_role(ctx: Ctx) -> Any:
    role = get_role(ctx)
    _members.remove(ctx.emu, "role", role["id"], _user_targets(ctx))
    return {"success": True}


async def list_role_members(ctx: Ctx) -> Any:
    role = get_role(ctx)
    users = [ctx.emu.store.users.get(u) for u in _members.members(ctx.emu, "role", role["id"])]
    page, limit = ctx.pagination()
    result = page_of([u for u in users if u], page, limit)
    result["list"] = [present(ctx.emu, u) for u in result["list"]]
    return result


async def get_user_roles(ctx: Ctx) -> Any:
    user = get_user_or_404(ctx.emu, ctx.arg("userId"), ctx.str_arg("userIdType"))
    namespace = ctx.str_arg("namespace")
    ids = _members.owners_of(ctx.emu, "role", user["userId"])
    roles = [ctx.emu.store.roles.get(i) for i in ids]
    found = [r for r in roles if r and (namespace is None or r["namespace"] == namespace)]
    return {"list": found, "totalCount": len(found)}


def register(router: Router) -> None:
    m = router.management
    m("POST", "/api/v3/create-role", create_role)
    m("POST", "/api/v3/create-roles-batch", create_roles_batch)
    m("GET", "/api/v3/get-role", get_role_handler)
    m("GET", "/api/v3/list-roles", list_roles)
    m("POST", "/api/v3/update-role", update_role)
    m("POST", "/api/v3/delete-roles-batch", delete_roles_batch)
    m("POST", "/api/v3/assign-role", assign_role)
    m("POST", "/api/v3/revoke-role", revoke_role)
    m("GET", "/api/v3/list-role-members", list_role_members)
    m("GET", "/api/v3/get-user-roles", get_user_roles)
