"""add-tenant-users: existing pool users join a tenant as its members.

The members live in the engine's ``tenant_user`` family (create-tenant-user makes new ones there),
so list-tenant-users, get-tenant-user, update-tenant-user and remove-tenant-users see and act on
the linked users too; a linked member's linkUserId is the pool user's id.
"""

from __future__ import annotations

import functools
from typing import Any

from genauth_async.testing._wire import ApiError
from genauth_async.testing.resources.users import get_user_or_404
from genauth_async.testing.routing import Ctx, Router
from genauth_async.testing.stateful.plan import is_control

_CREATE = "POST create-tenant-user"


@functools.lru_cache(maxsize=1)
def _creator() -> Any:
    from genauth_async.testing.stateful.engine import OpHandler
    from genauth_async.testing.stateful.plan import plans, spec_index

    plan = next(p for p in plans() if _CREATE in p.family.create)
    return OpHandler(plan, "create", spec_index()[_CREATE])


async def add_tenant_users(ctx: Ctx) -> Any:
    tenant_id = ctx.require("tenantId")
    ids = ctx.list_arg("linkUserIds")
    if not ids or not all(isinstance(i, str) for i in ids):
        raise ApiError(400, "linkUserIds must be a non-empty array of strings")
    if not any(t.get("tenantId") == tenant_id for t in ctx.emu.store.ensure("tenants")):
        raise ApiError(404, f"Tenant {tenant_id} does not exist")
    users = [get_user_or_404(ctx.emu, i) for i in ids]  # all or nothing: check before linking any
    creator = _creator()
    fields = {p.wire for p in creator.ep.params if p.location != "path" and not is_control(p.wire)}
    members = ctx.emu.store.ensure(creator.family.collection)
    for user in users:
        if any(m.get("tenantId") == tenant_id and m.get("linkUserId") == user["userId"] for m in members):
            continue  # already a member
        values = {k: v for k, v in user.items() if k in fields and v not in (None, "")}
        creator.insert(ctx, {**values, "tenantId": tenant_id}, {"linkUserId": user["userId"]})
    return {"success": True}


def register(router: Router) -> None:
    router.management("POST", "/api/v3/add-tenant-users", add_tenant_users)
