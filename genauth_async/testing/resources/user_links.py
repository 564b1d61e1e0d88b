"""A user's departments and posts: set-user-departments and set-user-posts replace them, and the
reads (get-user-departments, get-user-posts, get-user-post, the department member lists) show them.

Department memberships are the same membership lists add-department-members keeps; whether the
user leads the department or has it as main department is kept per user beside them.
"""

from __future__ import annotations

from typing import Any

from genauth_async.testing._ids import iso_now
from genauth_async.testing._wire import ApiError
from genauth_async.testing.resources import _members, page_of
from genauth_async.testing.resources.orgs import find_department
from genauth_async.testing.resources.users import get_user_or_404
from genauth_async.testing.routing import Ctx, Router


def _user_id(ctx: Ctx) -> str:
    options = ctx.body.get("options")
    id_type = options.get("userIdType") if isinstance(options, dict) else ctx.str_arg("userIdType")
    return str(get_user_or_404(ctx.emu, ctx.arg("userId"), id_type if isinstance(id_type, str) else None)["userId"])


async def set_user_departments(ctx: Ctx) -> Any:
    user_id = _user_id(ctx)
    wanted = ctx.list_arg("departments")
    if not all(isinstance(d, dict) and isinstance(d.get("departmentId"), str) for d in wanted):
        raise ApiError(400, "departments must be an array of objects with a departmentId")
    for d in wanted:
        if find_department(ctx.emu, d["departmentId"]) is None:
            raise ApiError(404, f"Department {d['departmentId']} does not exist")
    for dept_id in _members.owners_of(ctx.emu, "department", user_id):
        _members.remove(ctx.emu, "department", dept_id, [user_id])
    now = iso_now()
    flags: dict[str, Any] = {}
    for d in wanted:
        _members.add(ctx.emu, "department", d["departmentId"], [user_id])
        flags[d["departmentId"]] = {"isLeader": d.get("isLeader") is True,
                                    "isMainDepartment": d.get("isMainDepartment") is True, "joinedAt": now}
    ctx.emu.store.ensure("user_department_flags").put(user_id, flags)
    return {"success": True}


async def get_user_departments(ctx: Ctx) -> Any:
    user_id = _user_id(ctx)
    flags = ctx.emu.store.ensure("user_department_flags").get(user_id) or {}
    out = []
    for dept_id in _members.owners_of(ctx.emu, "department", user_id):
        dept = find_department(ctx.emu, dept_id)
        if dept is None:
            continue
        mine = flags.get(dept_id) or {}
        out.append({
            "organizationCode": dept["organizationCode"], "departmentId": dept_id, "isRoot": bool(dept.get("root")),
            "createdAt": dept.get("createdAt") or "", "name": dept.get("name") or "",
            "description": dept.get("description") or "", "code": dept.get("code") or "",
            "isLeader": bool(mine.get("isLeader")), "isMainDepartment": bool(mine.get("isMainDepartment")),
            "joinedAt": mine.get("joinedAt") or dept.get("createdAt") or "",
            "isVirtualNode": bool(dept.get("isVirtualNode")),
        })
    page, limit = ctx.pagination()
    return page_of(out, page, limit)


def _post(ctx: Ctx, post_id: Any) -> dict[str, Any] | None:
    return next((p for p in ctx.emu.store.ensure("posts") if p.get("id") == post_id), None)


async def set_user_posts(ctx: Ctx) -> Any:
    user_id = _user_id(ctx)
    wanted = ctx.list_arg("postIds")
    if not all(isinstance(p, str) for p in wanted):
        raise ApiError(400, "postIds must be an array of strings")
    for post_id in wanted:
        if _post(ctx, post_id) is None:
            raise ApiError(404, f"Post {post_id} does not exist")
    for post_id in _members.owners_of(ctx.emu, "post", user_id):
        _members.remove(ctx.emu, "post", post_id, [user_id])
    for post_id in wanted:
        _members.add(ctx.emu, "post", post_id, [user_id])
    return {"success": True}


def _posts_of(ctx: Ctx) -> list[dict[str, Any]]:
    user_id = _user_id(ctx)
    posts = (_post(ctx, post_id) for post_id in _members.owners_of(ctx.emu, "post", user_id))
    return [{"id": p["id"], "code": p.get("code") or "", "name": p.get("name") or "",
             "description": p.get("description") or ""} for p in posts if p is not None]


async def get_user_posts(ctx: Ctx) -> Any:
    return _posts_of(ctx)


async def get_user_post(ctx: Ctx) -> Any:
    posts = _posts_of(ctx)
    if not posts:
        raise ApiError(404, "The user holds no post")
    return posts[0]


def register(router: Router) -> None:
    m = router.management
    m("POST", "/api/v3/set-user-departments", set_user_departments)
    m("GET", "/api/v3/get-user-departments", get_user_departments)
    m("POST", "/api/v3/set-user-posts", set_user_posts)
    m("GET", "/api/v3/get-user-posts", get_user_posts)
    m("GET", "/api/v3/get-user-post", get_user_post)
