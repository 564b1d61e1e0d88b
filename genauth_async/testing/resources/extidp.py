"""External identity sources (ExtIdp), their connections, and the identities users hold in them.

A connection is enabled per application (change-ext-idp-conn-state); that list is what the
authentication API's get-application-enabled-extidps shows to a login page.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Any

from genauth_async.testing import spec as spec_mod
from genauth_async.testing._wire import ApiError
from genauth_async.testing.resources import page_of
from genauth_async.testing.resources.users import get_user_or_404
from genauth_async.testing.routing import Ctx, Router

if TYPE_CHECKING:
    from genauth_async.testing.server import Emulator

SOCIAL = frozenset({"wechat", "github", "google", "qq", "weibo", "alipay", "apple", "baidu", "gitlab", "twitter",
                    "facebook", "slack", "linkedin", "gitee", "instagram", "line", "douyin", "kuaishou", "amazon"})
_LOGO = "https://files.authing.co/authing-console/social-connections/default.svg"


def get_idp(ctx: Ctx, idp_id: Any) -> dict[str, Any]:
    idp = ctx.emu.store.ext_idps.get(idp_id if isinstance(idp_id, str) else None)
    if idp is None:
        raise ApiError(404, f"External identity source {idp_id} does not exist")
    return idp


def get_conn(ctx: Ctx, conn_id: Any) -> dict[str, Any]:
    conn = ctx.emu.store.ext_idp_conns.get(conn_id if isinstance(conn_id, str) else None)
    if conn is None:
        raise ApiError(404, f"External identity source connection {conn_id} does not exist")
    return conn


def public_conn(conn: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in conn.items() if k not in ("appIds", "fields", "enabled")}


def conns_of(ctx: Ctx, idp_id: str) -> list[dict[str, Any]]:
    return [c for c in ctx.emu.store.ext_idp_conns.docs.values() if c["extIdpId"] == idp_id]


async def create_ext_idp(ctx: Ctx) -> Any:
    doc = spec_mod.shape(
        "ExtIdpDto",
        {"id": secrets.token_hex(12), "name": ctx.require("name"), "logo": _LOGO, "type": ctx.require("type")},
    )
    if ctx.body.get("tenantId"):
        doc["tenantId"] = ctx.body["tenantId"]
    return ctx.emu.store.ext_idps.put(doc["id"], doc)


async def get_ext_idp(ctx: Ctx) -> Any:
    idp = get_idp(ctx, ctx.arg("id"))
    return {**idp, "connections": [public_conn(c) for c in conns_of(ctx, idp["id"])], "autoJoin": False}


async def list_ext_idp(ctx: Ctx) -> Any:
    idps = list(ctx.emu.store.ext_idps.docs.values())
    app_id = ctx.str_arg("appId")
    if app_id:
        enabled = {c["extIdpId"] for c in ctx.emu.store.ext_idp_conns.docs.values() if app_id in c.get("appIds", [])}
        idps = [i for i in idps if i["id"] in enabled]
    return {"list": idps, "totalCount": len(idps)}


async def list_tenant_ext_idp(ctx: Ctx) -> Any:
    page, limit = ctx.pagination()
    return page_of(list(ctx.emu.store.ext_idps.docs.values()), page, limit)


async def update_ext_idp(ctx: Ctx) -> Any:
    idp = get_idp(ctx, ctx.arg("id"))
    return ctx.emu.store.ext_idps.put(idp["id"], {**idp, "name": ctx.require("name")})


async def delete_ext_idp(ctx: Ctx) -> Any:
    idp = get_idp(ctx, ctx.arg("id"))
    for conn in conns_of(ctx, idp["id"]):
        ctx.emu.store.ext_idp_conns.delete(conn["id"])
    ctx.emu.store.ext_idps.delete(idp["id"])
    return {"success": True}


async def create_ext_idp_conn(ctx: Ctx) -> Any:
    idp = get_idp(ctx, ctx.require("extIdpId"))
    identifier = ctx.require("identifier")
    if ctx.emu.store.ext_idp_conns.find("identifier", identifier) is not None:
        raise ApiError(409, f"Connection identifier {identifier} is already taken")
    fields = ctx.body.get("fields")
    if not isinstance(fields, dict):
        raise ApiError(400, "fields must be an object")
    doc = spec_mod.shape(
        "ExtIdpConnDetail",
        {
            "id": secrets.token_hex(12),
            "type": ctx.require("type"),
            "extIdpId": idp["id"],
            "logo": ctx.body.get("logo") or idp["logo"],
            "identifier": identifier,
            "displayName": ctx.require("displayName"),
            "loginOnly": bool(ctx.body.get("loginOnly", False)),
            "associationMode": "none",
            "challengeBindingMethods": [],
        },
    )
    doc["fields"] = fields
    doc["appIds"] = []
    ctx.emu.store.ext_idp_conns.put(doc["id"], doc)
    return public_conn(doc)


async def update_ext_idp_conn(ctx: Ctx) -> Any:
    conn = get_conn(ctx, ctx.arg("id"))
    doc = dict(conn)
    for key in ("displayName", "fields", "logo", "loginOnly"):
        if ctx.body.get(key) is not None:
            doc[key] = ctx.body[key]
    ctx.emu.store.ext_idp_conns.put(conn["id"], doc)
    return public_conn(doc)


async def delete_ext_idp_conn(ctx: Ctx) -> Any:
    conn = get_conn(ctx, ctx.arg("id"))
    ctx.emu.store.ext_idp_conns.delete(conn["id"])
    return {"success": True}


async def change_ext_idp_conn_state(ctx: Ctx) -> Any:
    conn = get_conn(ctx, ctx.arg("id"))
    enabled = ctx.bool_arg("enabled")
    if enabled is None:
        raise ApiError(400, "enabled is required; enabled should not be empty")
    app_ids = [ctx.require("appId"), *ctx.list_arg("appIds")]
    for app_id in app_ids:
        if app_id not in ctx.emu.store.applications:
            raise ApiError(404, f"Application {app_id} does not exist", 2011)
    current = list(conn.get("appIds", []))
    for app_id in app_ids:
        if enabled and app_id not in current:
            current.append(app_id)
        if not enabled and app_id in current:
            current.remove(app_id)
    ctx.emu.store.ext_idp_conns.put(conn["id"], {**conn, "appIds": current})
    return {"success": True}


def link(emu: Emulator, user_id: str, idp: dict[str, Any], user_id_in_idp: str, conn_id: str | None, kind: str = "openid") -> dict[str, Any]:
    key = f"{user_id}:{idp['id']}:{kind}"
    identity = {
        "identityId": secrets.token_hex(12),
        "extIdpId": idp["id"],
        "provider": idp["type"],
        "type": kind,
        "userIdInIdp": user_id_in_idp,
        "userInfoInIdp": {"id": user_id_in_idp},
        "originConnIds": [conn_id] if conn_id else [],
        "userId": user_id,
    }
    return emu.store.identities.put(key, identity)


async def link_identity(ctx: Ctx) -> Any:
    user = get_user_or_404(ctx.emu, ctx.require("userId"))
    idp = get_idp(ctx, ctx.require("extIdpId"))
    link(ctx.emu, user["userId"], idp, str(ctx.require("userIdInIdp")), None, str(ctx.arg("type") or "openid"))
    return {"success": True}


def unlink(emu: Emulator, user_id: str, idp_id: str, kind: str | None = None) -> int:
    store = emu.store.identities
    keys = [
        k
        for k, d in store.docs.items()
        if d["userId"] == user_id and d["extIdpId"] == idp_id and (kind is None or d["type"] == kind)
    ]
    for key in keys:
        store.delete(key)
    return len(keys)


async def unlink_identity(ctx: Ctx) -> Any:
    user = get_user_or_404(ctx.emu, ctx.require("userId"))
    idp = get_idp(ctx, ctx.require("extIdpId"))
    unlink(ctx.emu, user["userId"], idp["id"], ctx.str_arg("type"))
    return {"success": True}


def register(router: Router) -> None:
    m = router.management
    m("POST", "/api/v3/create-ext-idp", create_ext_idp)
    m("GET", "/api/v3/get-ext-idp", get_ext_idp)
    m("GET", "/api/v3/list-ext-idp", list_ext_idp)
    m("GET", "/api/v3/list-tenant-ext-idp", list_tenant_ext_idp)
    m("POST", "/api/v3/update-ext-idp", update_ext_idp)
    m("POST", "/api/v3/delete-ext-idp", delete_ext_idp)
    m("POST", "/api/v3/create-ext-idp-conn", create_ext_idp_conn)
    m("POST", "/api/v3/update-ext-idp-conn", update_ext_idp_conn)
    m("POST", "/api/v3/delete-ext-idp-conn", delete_ext_idp_conn)
    m("POST", "/api/v3/change-ext-idp-conn-state", change_ext_idp_conn_state)
    m("POST", "/api/v3/link-identity", link_identity)
    m("POST", "/api/v3/unlink-identity", unlink_identity)
