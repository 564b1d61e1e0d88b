"""Applications: the 14 endpoints of facts §6 plus update-application, with the conflicts and limits
the API enforces.

Bulk provisioning pushes thousands of create-application calls through here, so every handler is
a couple of dict operations; listing slices the insertion-ordered collection.
"""

from __future__ import annotations

import re
import secrets
from typing import TYPE_CHECKING, Any

from genauth_async.testing import spec as spec_mod
from genauth_async.testing._wire import ApiError
from genauth_async.testing.resources import contains, page_of
from genauth_async.testing.routing import Ctx, Router

if TYPE_CHECKING:
    from genauth_async.testing.server import Emulator

APP_TYPES = ("web", "spa", "native", "api", "mfa", "mini-program", "gateway-app", "gateway-agent")
PROTOCOLS = ("oidc", "oauth", "saml", "cas", "asa")
TOKEN_AUTH_METHODS = ("client_secret_post", "client_secret_basic", "none")
_IDENTIFIER = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
_DEFAULT_LOGO = "https://files.authing.co/authing-console/default-app-logo.png"
_SIMPLE_KEYS = ("appId", "appIdentifier", "appName", "appLogo", "appDescription", "appType", "isIntegrateApp")
TARGET_TYPES = ("USER", "ROLE", "GROUP", "ORG")


def get_app(emu: Emulator, app_id: Any) -> dict[str, Any]:
    if not isinstance(app_id, str) or not app_id:
        raise ApiError(400, "appId is required; appId should not be empty")
    app = emu.store.applications.get(app_id)
    if app is None:
        raise ApiError(404, f"Application {app_id} does not exist", 2011)
    return app


def token_auth_method(app: dict[str, Any]) -> str:
    oidc = app.get("oidcConfig")
    method = oidc.get("token_endpoint_auth_method") if isinstance(oidc, dict) else None
    return method if method in TOKEN_AUTH_METHODS else "client_secret_post"


def new_application(emu: Emulator, body: dict[str, Any]) -> dict[str, Any]:
    name = body.get("appName")
    if not isinstance(name, str) or not name.strip():
        raise ApiError(400, "appName is required; appName should not be empty")
    template = body.get("template")
    integrated = bool(template)
    identifier = body.get("appIdentifier")
    if identifier is None and integrated:
        identifier = f"{template}-{secrets.token_hex(4)}".lower()
    if not isinstance(identifier, str) or not identifier:
        raise ApiError(400, "appIdentifier is required for self-built applications")
    identifier = identifier.lower()
    if not _IDENTIFIER.match(identifier):
        raise ApiError(400, "appIdentifier may only contain lowercase letters, digits and '-'")
    app_type = body.get("appType") or "web"
    if app_type not in APP_TYPES:
        raise ApiError(400, f"appType must be one of {', '.join(APP_TYPES)}")
    protocol = body.get("defaultProtocol") or "oidc"
    if protocol not in PROTOCOLS:
        raise ApiError(400, f"defaultProtocol must be one of {', '.join(PROTOCOLS)}")
    if emu.store.applications.find("appIdentifier", identifier) is not None:
        raise ApiError(409, f"Application domain {identifier} is already taken", 2039)
    app_id = secrets.token_hex(12)
    default_method = "none" if app_type in ("spa", "native") else "client_secret_post"
    oidc_config: dict[str, Any] = {
        "grant_types": ["authorization_code", "refresh_token", "client_credentials", "password"],
        "response_types": ["code"],
        "token_endpoint_auth_method": default_method,
        "introspection_endpoint_auth_method": default_method,
        "revocation_endpoint_auth_method": default_method,
        "id_token_signed_response_alg": "RS256",
        "access_token_expire_time": emu.token_ttl,
        "id_token_expire_time": emu.token_ttl,
    }
    if not integrated and isinstance(body.get("oidcConfig"), dict):
        oidc_config.update(body["oidcConfig"])
    doc: dict[str, Any] = {
        "appId": app_id,
        "appIdentifier": identifier,
        "appName": name,
        "appLogo": body.get("appLogo") or _DEFAULT_LOGO,
        "appType": app_type,
        "userPoolId": emu.user_pool_id,
        "isIntegrateApp": integrated,
        "defaultProtocol": protocol,
        "redirectUris": list(body.get("redirectUris") or []),
        "logoutRedirectUris": list(body.get("logoutRedirectUris") or []),
        "initLoginUri": body.get("initLoginUri") or "",
        "ssoEnabled": bool(body.get("ssoEnabled", False)),
        "oidcConfig": oidc_config,
        "samlProviderEnabled": bool(body.get("samlProviderEnabled", False)),
        "oauthProviderEnabled": bool(body.get("oauthProviderEnabled", False)),
        "casProviderEnabled": bool(body.get("casProviderEnabled", False)),
        "customBrandingEnabled": False,
        "customSecurityEnabled": False,
    }
    for key in ("loginConfig", "registerConfig", "brandingConfig", "samlConfig", "oauthConfig", "casConfig"):
        if isinstance(body.get(key), dict):
            doc[key] = body[key]
    if body.get("appDescription") is not None:
        doc["appDescription"] = body["appDescription"]
    if integrated:
        doc["template"] = template
        if body.get("templateData") is not None:
            doc["templateData"] = body["templateData"]
    doc = spec_mod.shape("ApplicationDto", doc)
    emu.store.app_secrets.put(app_id, {"secret": secrets.token_hex(16)})
    emu.store.app_settings.put(app_id, {"permissionStrategy": "ALLOW_ALL"})
    return emu.store.applications.put(app_id, doc)


def _filtered(ctx: Ctx) -> list[dict[str, Any]]:
    integrate = ctx.bool_arg("isIntegrateApp")
    self_built = ctx.bool_arg("isSelfBuiltApp")
    sso = ctx.bool_arg("ssoEnabled")
    keywords = ctx.str_arg("keywords")
    apps = ctx.emu.store.applications.docs.values()
    if integrate is None and self_built is None and sso is None and not keywords:
        return list(apps)
    out = []
    for app in apps:
        if integrate is not None and app["isIntegrateApp"] != integrate:
            continue
        if self_built is not None and app["isIntegrateApp"] == self_built:
            continue
        if sso is not None and app["ssoEnabled"] != sso:
            continue
        if not contains(keywords, app["appName"], app["appIdentifier"], app["appId"]):
            continue
        out.append(app)
    return out


async def get_application(ctx: Ctx) -> Any:
    return get_app(ctx.emu, ctx.arg("appId"))


async def list_applications(ctx: Ctx) -> Any:
    apps = _filtered(ctx)
    if ctx.bool_arg("all"):
        return {"list": apps, "totalCount": len(apps)}
    page, limit = ctx.pagination()
    return page_of(apps, page, limit)


def _simple(app: dict[str, Any]) -> dict[str, Any]:
    return {k: app[k] for k in _SIMPLE_KEYS if k in app}


async def get_application_simple_info(ctx: Ctx) -> Any:
    return _simple(get_app(ctx.emu, ctx.arg("appId")))


async def list_application_simple_info(ctx: Ctx) -> Any:
    page, limit = ctx.pagination()
    result = page_of(_filtered(ctx), page, limit)
    result["list"] = [_simple(a) for a in result["list"]]
    return result


async def create_application(ctx: Ctx) -> Any:
    return new_application(ctx.emu, ctx.body)


_UPDATABLE_FLAGS = ("ssoEnabled", "samlProviderEnabled", "oauthProviderEnabled", "casProviderEnabled",
                    "ssoShowLaunchpad", "enablePermissionApply")
_UPDATABLE_CONFIGS = ("oidcConfig", "samlConfig", "oauthConfig", "casConfig", "loginConfig", "registerConfig",
                      "brandingConfig")


def _string_list(value: Any, name: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ApiError(400, f"{name} must be an array of strings")
    return list(value)


async def update_application(ctx: Ctx) -> Any:
    """Apply the given fields; unknown appId is 2011, a taken new appIdentifier is 2039. Config
    objects (oidcConfig...) are merged into the stored ones, so one setting can change alone."""
    from genauth_async.testing._ids import iso_now

    app = get_app(ctx.emu, ctx.arg("appId"))
    body = ctx.body
    doc = dict(app)
    identifier = body.get("appIdentifier")
    if identifier is not None:
        if not isinstance(identifier, str) or not _IDENTIFIER.match(identifier.lower()):
            raise ApiError(400, "appIdentifier may only contain lowercase letters, digits and '-'")
        identifier = identifier.lower()
        owner = ctx.emu.store.applications.find("appIdentifier", identifier)
        if owner is not None and owner["appId"] != app["appId"]:
            raise ApiError(409, f"Application domain {identifier} is already taken", 2039)
        doc["appIdentifier"] = identifier
    name = body.get("appName")
    if name is not None:
        if not isinstance(name, str) or not name.strip():
            raise ApiError(400, "appName should not be empty")
        doc["appName"] = name
    protocol = body.get("defaultProtocol")
    if protocol is not None:
        if protocol not in PROTOCOLS:
            raise ApiError(400, f"defaultProtocol must be one of {', '.join(PROTOCOLS)}")
        doc["defaultProtocol"] = protocol
    for key in ("appLogo", "appDescription", "initLoginUri"):
        if body.get(key) is not None:
            if not isinstance(body[key], str):
                raise ApiError(400, f"{key} must be a string")
            doc[key] = body[key]
    for key in ("redirectUris", "logoutRedirectUris"):
        if body.get(key) is not None:
            doc[key] = _string_list(body[key], key)
    for key in _UPDATABLE_FLAGS:
        if body.get(key) is not None:
            if not isinstance(body[key], bool):
                raise ApiError(400, f"{key} must be a boolean")
            doc[key] = body[key]
    if body.get("ssoEnabled") is True and not app.get("ssoEnabled"):
        doc["ssoEnabledAt"] = iso_now()
    for key in _UPDATABLE_CONFIGS:
        if body.get(key) is not None:
            if not isinstance(body[key], dict):
                raise ApiError(400, f"{key} must be an object")
            old = app.get(key)
            doc[key] = {**(old if isinstance(old, dict) else {}), **body[key]}
    oidc_doc = doc.get("oidcConfig")
    oidc: dict[str, Any] = oidc_doc if isinstance(oidc_doc, dict) else {}
    for key in ("token_endpoint_auth_method", "introspection_endpoint_auth_method", "revocation_endpoint_auth_method"):
        if key in oidc and oidc[key] not in TOKEN_AUTH_METHODS:
            raise ApiError(400, f"oidcConfig.{key} must be one of {', '.join(TOKEN_AUTH_METHODS)}")
    if body.get("templateData") is not None:
        doc["templateData"] = body["templateData"]
    ctx.emu.store.applications.put(app["appId"], doc)
    return {"success": True}


async def delete_application(ctx: Ctx) -> Any:
    app = get_app(ctx.emu, ctx.arg("appId"))
    store = ctx.emu.store
    app_id = app["appId"]
    store.applications.delete(app_id)
    store.app_secrets.delete(app_id)
    store.app_settings.delete(app_id)
    prefix = f"{app_id}:"
    for name in ("access_grants", "logins"):
        coll = store[name]
        for key in [k for k in coll.docs if k.startswith(prefix)]:
            coll.delete(key)
    return {"success": True}


async def get_application_secret(ctx: Ctx) -> Any:
    app = get_app(ctx.emu, ctx.arg("appId"))
    stored = ctx.emu.store.app_secrets.get(app["appId"]) or {}
    return {"secret": stored.get("secret")}


async def refresh_application_secret(ctx: Ctx) -> Any:
    app = get_app(ctx.emu, ctx.arg("appId"))
    secret = secrets.token_hex(16)
    ctx.emu.store.app_secrets.put(app["appId"], {"secret": secret})
    return {"secret": secret}


async def list_application_active_users(ctx: Ctx) -> Any:
    from genauth_async.testing.resources.users import present

    app = get_app(ctx.emu, ctx.arg("appId"))
    page, limit = ctx.pagination()
    store = ctx.emu.store
    prefix = f"{app['appId']}:"
    users = [store.users.get(d["userId"]) for k, d in store.logins.docs.items() if k.startswith(prefix)]
    result = page_of([u for u in users if u is not None], page, limit)
    options = ctx.body.get("options") if isinstance(ctx.body.get("options"), dict) else {}
    result["list"] = [present(ctx.emu, u, options or {}) for u in result["list"]]
    return result


async def get_application_permission_strategy(ctx: Ctx) -> Any:
    app = get_app(ctx.emu, ctx.arg("appId"))
    settings = ctx.emu.store.app_settings.get(app["appId"]) or {}
    return {"permissionStrategy": settings.get("permissionStrategy", "ALLOW_ALL")}


async def update_application_permission_strategy(ctx: Ctx) -> Any:
    app = get_app(ctx.emu, ctx.arg("appId"))
    strategy = ctx.require("permissionStrategy")
    if strategy not in ("ALLOW_ALL", "DENY_ALL"):
        raise ApiError(400, "permissionStrategy must be ALLOW_ALL or DENY_ALL")
    ctx.emu.store.app_settings.put(app["appId"], {"permissionStrategy": strategy})
    return {"success": True}


def _grant_items(ctx: Ctx, with_effect: bool) -> tuple[dict[str, Any], list[tuple[str, str, str, dict[str, Any]]]]:
    app = get_app(ctx.emu, ctx.arg("appId"))
    items = ctx.list_arg("list")
    if not items:
        raise ApiError(400, "list is required; list should not be empty")
    if len(items) > 10:
        raise ApiError(400, "list can contain at most 10 items")
    out = []
    for item in items:
        if not isinstance(item, dict):
            raise ApiError(400, "list items must be objects")
        target_type = item.get("targetType")
        if target_type not in TARGET_TYPES:
            raise ApiError(400, f"targetType must be one of {', '.join(TARGET_TYPES)}")
        identifiers = item.get("targetIdentifier")
        if not isinstance(identifiers, list) or not all(isinstance(i, str) for i in identifiers):
            raise ApiError(400, "targetIdentifier must be an array of strings")
        namespace = item.get("namespaceCode") or ""
        if target_type == "ROLE" and not namespace:
            raise ApiError(400, "namespaceCode is required when targetType is ROLE")
        effect = item.get("effect")
        if with_effect and effect not in ("ALLOW", "DENY"):
            raise ApiError(400, "effect must be ALLOW or DENY")
        for identifier in identifiers:
            out.append((target_type, namespace, identifier, item))
    return app, out


def _subject_exists(emu: Emulator, target_type: str, namespace: str, identifier: str) -> bool:
    store = emu.store
    if target_type == "USER":
        return identifier in store.users
    if target_type == "ROLE":
        return store.roles.find("code", (namespace or "default", identifier)) is not None
    if target_type == "GROUP":
        return store.groups.find("code", identifier) is not None
    return identifier in store.departments or store.organizations.find("organizationCode", identifier) is not None


async def authorize_application_access(ctx: Ctx) -> Any:
    app, items = _grant_items(ctx, with_effect=True)
    grants = ctx.emu.store.access_grants
    for target_type, namespace, identifier, item in items:
        if not _subject_exists(ctx.emu, target_type, namespace, identifier):
            continue  # the API skips unknown subjects silently
        key = f"{app['appId']}:{target_type}:{namespace}:{identifier}"
        grants.put(
            key,
            {
                "appId": app["appId"],
                "targetType": target_type,
                "namespaceCode": namespace or None,
                "targetIdentifier": identifier,
                "effect": item["effect"],
                "inheritByChildren": bool(item.get("inheritByChildren", False)),
            },
        )
    return {"success": True}


async def revoke_application_access(ctx: Ctx) -> Any:
    app, items = _grant_items(ctx, with_effect=False)
    grants = ctx.emu.store.access_grants
    for target_type, namespace, identifier, _ in items:
        grants.delete(f"{app['appId']}:{target_type}:{namespace}:{identifier}")
    return {"success": True}


def may_access(emu: Emulator, app: dict[str, Any], user: dict[str, Any]) -> bool:
    """Apply the app's default policy and explicit grants (user, group and role subjects)."""
    settings = emu.store.app_settings.get(app["appId"]) or {}
    strategy = settings.get("permissionStrategy", "ALLOW_ALL")
    prefix = f"{app['appId']}:"
    grants = [g for k, g in emu.store.access_grants.docs.items() if k.startswith(prefix)]
    if not grants:
        return bool(strategy == "ALLOW_ALL")
    user_id = user["userId"]
    members = emu.store.members.docs
    effects = []
    for g in grants:
        t, ident = g["targetType"], g["targetIdentifier"]
        if t == "USER":
            hit = ident == user_id
        elif t == "GROUP":
            group = emu.store.groups.find("code", ident)
            hit = group is not None and user_id in members.get(f"group:{group['id']}", {}).get("userIds", [])
        elif t == "ROLE":
            role = emu.store.roles.find("code", (g.get("namespaceCode") or "default", ident))
            hit = role is not None and user_id in members.get(f"role:{role['id']}", {}).get("userIds", [])
        else:
            hit = user_id in members.get(f"department:{ident}", {}).get("userIds", [])
        if hit:
            effects.append(g["effect"])
    if "DENY" in effects:
        return False
    if "ALLOW" in effects:
        return True
    return bool(strategy == "ALLOW_ALL")


async def check_domain_available(ctx: Ctx) -> Any:
    domain = ctx.require("domain")
    if not isinstance(domain, str):
        raise ApiError(400, "domain must be a string")
    label = domain.lower().split("://")[-1].split(".")[0]
    taken = ctx.emu.store.applications.find("appIdentifier", label) is not None
    return {"available": bool(_IDENTIFIER.match(label)) and not taken}


def register(router: Router) -> None:
    m = router.management
    m("GET", "/api/v3/get-application", get_application)
    m("GET", "/api/v3/list-applications", list_applications)
    m("GET", "/api/v3/get-application-simple-info", get_application_simple_info)
    m("GET", "/api/v3/list-application-simple-info", list_application_simple_info)
    m("POST", "/api/v3/create-application", create_application)
    m("POST", "/api/v3/update-application", update_application)
    m("POST", "/api/v3/delete-application", delete_application)
    m("GET", "/api/v3/get-application-secret", get_application_secret)
    m("POST", "/api/v3/refresh-application-secret", refresh_application_secret)
    m("POST", "/api/v3/list-application-active-users", list_application_active_users)
    m("GET", "/api/v3/get-application-permission-strategy", get_application_permission_strategy)
    m("POST", "/api/v3/update-application-permission-strategy", update_application_permission_strategy)
    m("POST", "/api/v3/authorize-application-access", authorize_application_access)
    m("POST", "/api/v3/revoke-application-access", revoke_application_access)
    m("POST", "/api/v3/check-domain-available", check_domain_available)
