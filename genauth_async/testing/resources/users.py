"""Users: creation with the uniqueness rules of the pool, lookup by any id type, search, updates.

Passwords live in their own collection so no answer can ever leak them by accident.
"""

from __future__ import annotations

import hmac
import re
import secrets
from typing import TYPE_CHECKING, Any

from genauth_async.testing import spec as spec_mod
from genauth_async.testing._wire import ApiError
from genauth_async.testing.credentials import hash_password
from genauth_async.testing.resources import contains, page_of
from genauth_async.testing.routing import Ctx, Router

if TYPE_CHECKING:
    from genauth_async.testing.server import Emulator

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SECRET_FIELDS = frozenset({"password", "salt", "otp", "options", "identities", "passwordEncryptType"})
_UNIQUE_LABEL = {"email": "email", "phone": "phone", "username": "username", "externalId": "externalId"}
_ID_TYPES = {"user_id": None, "email": "email", "phone": "phone", "username": "username", "external_id": "externalId"}


def check_password(emu: Emulator, user_id: str, password: str) -> bool:
    record = emu.store.passwords.get(user_id)
    if record is None:
        return False
    expected = hash_password(password, record["salt"])["hash"]
    return hmac.compare_digest(expected, record["hash"])


def _check_fields(doc: dict[str, Any]) -> None:
    email = doc.get("email")
    if email is not None and (not isinstance(email, str) or not _EMAIL.match(email)):
        raise ApiError(400, "email is not a valid email address")
    for key in ("phone", "username", "externalId", "name", "nickname"):
        if doc.get(key) is not None and not isinstance(doc[key], str):
            raise ApiError(400, f"{key} must be a string")


def _conflict(emu: Emulator, doc: dict[str, Any], key: str | None = None) -> None:
    clash = emu.store.users.conflicts(doc, key)
    if clash is not None:
        raise ApiError(409, f"A user with this {_UNIQUE_LABEL[clash]} already exists")


def build_user(emu: Emulator, body: dict[str, Any], source: str = "adminCreated") -> dict[str, Any]:
    from genauth_async.testing._ids import iso_now

    fields = {k: v for k, v in body.items() if k not in _SECRET_FIELDS and v is not None}
    _check_fields(fields)
    now = iso_now()
    doc = {
        "status": "Activated",
        "workStatus": "Active",
        "gender": "U",
        "emailVerified": False,
        "phoneVerified": False,
        "userSourceType": source,
        "loginsCount": 0,
        **fields,
        "userId": secrets.token_hex(12),
        "createdAt": now,
        "updatedAt": now,
    }
    return spec_mod.shape("UserDto", doc)


def save_user(emu: Emulator, doc: dict[str, Any], password: Any) -> dict[str, Any]:
    emu.store.users.put(doc["userId"], doc)
    if password:
        if not isinstance(password, str):
            raise ApiError(400, "password must be a string")
        emu.store.passwords.put(doc["userId"], hash_password(password))
        doc["passwordLastSetAt"] = doc["createdAt"]
    return doc


def new_user(emu: Emulator, body: dict[str, Any], source: str = "adminCreated") -> dict[str, Any]:
    doc = build_user(emu, body, source)
    _conflict(emu, doc)
    return save_user(emu, doc, body.get("password"))


def find_user(emu: Emulator, value: Any, id_type: str | None = None) -> dict[str, Any] | None:
    if not isinstance(value, str) or not value:
        return None
    users = emu.store.users
    index = _ID_TYPES.get(id_type or "user_id", "missing")
    if index == "missing":
        raise ApiError(400, f"userIdType must be one of {', '.join(_ID_TYPES)}")
    if index is None:
        return users.get(value)
    return users.find(index, value.lower() if index == "email" else value)


def get_user_or_404(emu: Emulator, value: Any, id_type: str | None = None) -> dict[str, Any]:
    if not value:
        raise ApiError(400, "userId is required; userId should not be empty")
    user = find_user(emu, value, id_type)
    if user is None:
        raise ApiError(404, "User not found", 2004)
    return user


def identities_of(emu: Emulator, user_id: str) -> list[dict[str, Any]]:
    return [
        {k: v for k, v in d.items() if k != "userId"}
        for d in emu.store.identities.docs.values()
        if d["userId"] == user_id
    ]


def present(emu: Emulator, user: dict[str, Any], options: dict[str, Any] | Any = None) -> dict[str, Any]:
    """The user as an answer, with the optional extras the caller asked for."""
    opts = options if isinstance(options, dict) else {}
    out = dict(user)
    if _truthy(opts.get("withIdentities")):
        out["identities"] = identities_of(emu, user["userId"])
    if _truthy(opts.get("withDepartmentIds")):
        members = emu.store.members.docs
        out["departmentIds"] = [
            key.split(":", 1)[1]
            for key, doc in members.items()
            if key.startswith("department:") and user["userId"] in doc.get("userIds", [])
        ]
    if not _truthy(opts.get("withCustomData")):
        out.pop("customData", None)
    return out


def _truthy(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.lower() in ("true", "1"))


def _query_options(ctx: Ctx) -> dict[str, Any]:
    return {k: ctx.query.get(k) for k in ("withIdentities", "withCustomData", "withDepartmentIds") if k in ctx.query}


async def create_user(ctx: Ctx) -> Any:
    return present(ctx.emu, new_user(ctx.emu, ctx.body), {"withCustomData": True})


async def create_users_batch(ctx: Ctx) -> Any:
    items = ctx.list_arg("list")
    if not items:
        raise ApiError(400, "list is required; list should not be empty")
    docs = []
    seen: dict[str, set[Any]] = {k: set() for k in _UNIQUE_LABEL}
    for item in items:
        if not isinstance(item, dict):
            raise ApiError(400, "list items must be objects")
        doc = build_user(ctx.emu, item)
        _conflict(ctx.emu, doc)
        for key in _UNIQUE_LABEL:
            value = doc.get(key)
            if value is None:
                continue
            value = value.lower() if key == "email" else value
            if value in seen[key]:
                raise ApiError(409, f"Duplicate {key} {value!r} in list")
            seen[key].add(value)
        docs.append((doc, item.get("password")))
    return [present(ctx.emu, save_user(ctx.emu, doc, pw), {"withCustomData": True}) for doc, pw in docs]


async def get_user(ctx: Ctx) -> Any:
    user = get_user_or_404(ctx.emu, ctx.arg("userId"), ctx.str_arg("userIdType"))
    return present(ctx.emu, user, _query_options(ctx))


async def get_user_batch(ctx: Ctx) -> Any:
    raw = ctx.query.getall("userIds", [])
    ids = [i for value in raw for i in value.split(",") if i]
    id_type = ctx.str_arg("userIdType")
    found = [find_user(ctx.emu, i, id_type) for i in ids]
    return [present(ctx.emu, u, _query_options(ctx)) for u in found if u is not None]


def _advanced_match(user: dict[str, Any], filters: Any) -> bool:
    if not isinstance(filters, list):
        return True
    for f in filters:
        if not isinstance(f, dict):
            continue
        field, op, value = f.get("field"), str(f.get("operator", "EQUAL")).upper(), f.get("value")
        actual = user.get(str(field))
        if op == "EQUAL" and actual != value:
            return False
        if op == "NOT_EQUAL" and actual == value:
            return False
        if op == "CONTAINS" and not (isinstance(actual, str) and isinstance(value, str) and value in actual):
            return False
        if op == "IN" and isinstance(value, list) and actual not in value:
            return False
    return True


async def list_users(ctx: Ctx) -> Any:
    keywords = ctx.str_arg("keywords")
    advanced = ctx.body.get("advancedFilter")
    status = ctx.query.get("status")
    users = [
        u
        for u in ctx.emu.store.users.docs.values()
        if contains(keywords, u["userId"], u.get("email"), u.get("phone"), u.get("username"), u.get("name"), u.get("nickname"))
        and _advanced_match(u, advanced)
        and (status is None or u.get("status") == status)
    ]
    page, limit = ctx.pagination()
    result = page_of(users, page, limit)
    options = ctx.body.get("options") if ctx.request.method == "POST" else _query_options(ctx)
    result["list"] = [present(ctx.emu, u, options) for u in result["list"]]
    return result


async def update_user(ctx: Ctx) -> Any:
    from genauth_async.testing._ids import iso_now

    user = get_user_or_404(ctx.emu, ctx.arg("userId"))
    changes = {k: v for k, v in ctx.body.items() if k not in _SECRET_FIELDS and k != "userId" and v is not None}
    _check_fields(changes)
    doc = {**user, **changes, "updatedAt": iso_now()}
    _conflict(ctx.emu, doc, user["userId"])
    password = ctx.body.get("password")
    if password:
        doc["passwordLastSetAt"] = doc["updatedAt"]
    ctx.emu.store.users.put(user["userId"], doc)
    if password:
        ctx.emu.store.passwords.put(user["userId"], hash_password(str(password)))
    return present(ctx.emu, doc, ctx.body.get("options") or {"withCustomData": True})


def remove_user(emu: Emulator, user_id: str) -> None:
    store = emu.store
    store.users.delete(user_id)
    store.passwords.delete(user_id)
    for key in [k for k, d in store.identities.docs.items() if d["userId"] == user_id]:
        store.identities.delete(key)
    for key, doc in list(store.members.docs.items()):
        if user_id in doc.get("userIds", []):
            store.members.put(key, {"userIds": [u for u in doc["userIds"] if u != user_id]})
    store.ensure("custom_data").delete(f"USER:{user_id}")  # set-custom-data's data on the user
    store.ensure("user_department_flags").delete(user_id)  # set-user-departments' leader/main marks


async def delete_users_batch(ctx: Ctx) -> Any:
    ids = ctx.list_arg("userIds")
    if not ids:
        raise ApiError(400, "userIds is required; userIds should not be empty")
    options = ctx.body.get("options") if isinstance(ctx.body.get("options"), dict) else {}
    id_type = (options or {}).get("userIdType")
    for value in ids:
        user = find_user(ctx.emu, value, id_type)
        if user is not None:
            remove_user(ctx.emu, user["userId"])
    return {"success": True}


async def is_user_exists(ctx: Ctx) -> Any:
    probe = {k: ctx.body.get(k) for k in _UNIQUE_LABEL if ctx.body.get(k) is not None}
    if not probe:
        raise ApiError(400, "one of username, email, phone or externalId is required")
    return {"exists": ctx.emu.store.users.conflicts(probe) is not None}


async def get_user_identities(ctx: Ctx) -> Any:
    user = get_user_or_404(ctx.emu, ctx.arg("userId"), ctx.str_arg("userIdType"))
    return identities_of(ctx.emu, user["userId"])


def register(router: Router) -> None:
    m = router.management
    m("POST", "/api/v3/create-user", create_user)
    m("POST", "/api/v3/create-users-batch", create_users_batch)
    m("GET", "/api/v3/get-user", get_user)
    m("GET", "/api/v3/get-user-batch", get_user_batch)
    m("POST", "/api/v3/list-users", list_users)
    m("GET", "/api/v3/list-users", list_users)
    m("POST", "/api/v3/update-user", update_user)
    m("POST", "/api/v3/delete-users-batch", delete_users_batch)
    m("POST", "/api/v3/is-user-exists", is_user_exists)
    m("GET", "/api/v3/get-user-identities", get_user_identities)
