"""Organizations and their department trees.

An organization is represented by its root department (``departmentId`` of the organization),
which is how the API models it; children point at their parent by id.
"""

from __future__ import annotations

import secrets
from typing import Any

from genauth_async.testing import spec as spec_mod
from genauth_async.testing._wire import ApiError
from genauth_async.testing.resources import _members, contains, page_of
from genauth_async.testing.resources.users import present
from genauth_async.testing.routing import Ctx, Router


def get_org(ctx: Ctx, code: Any = None) -> dict[str, Any]:
    code = code if code is not None else ctx.require("organizationCode")
    org = ctx.emu.store.organizations.find("organizationCode", code)
    if org is None:
        raise ApiError(404, f"Organization {code} does not exist")
    return org


def find_department(emu: Any, dept_id: Any) -> dict[str, Any] | None:
    """A department of any organization by id, an organization's root department included."""
    if not isinstance(dept_id, str) or not dept_id:
        return None
    found: dict[str, Any] | None = emu.store.departments.get(dept_id)
    if found is not None:
        return found
    org = next((o for o in emu.store.organizations if o.get("departmentId") == dept_id), None)
    if org is None:
        return None
    return {"organizationCode": org["organizationCode"], "departmentId": dept_id, "name": org["organizationName"],
            "description": org.get("description") or "", "createdAt": org.get("createdAt"), "code": "",
            "isVirtualNode": False, "parentDepartmentId": "", "root": True}


def _children(ctx: Ctx, parent_id: str) -> list[dict[str, Any]]:
    return [d for d in ctx.emu.store.departments.docs.values() if d["parentDepartmentId"] == parent_id]


def _org_view(ctx: Ctx, org: dict[str, Any]) -> dict[str, Any]:
    root = org["departmentId"]
    return {
        **org,
        "hasChildren": bool(_children(ctx, root)),
        "membersCount": len(_members.members(ctx.emu, "department", root)),
    }


def _dept_view(ctx: Ctx, dept: dict[str, Any]) -> dict[str, Any]:
    dept_id = dept["departmentId"]
    return {
        **dept,
        "hasChildren": bool(_children(ctx, dept_id)),
        "membersCount": len(_members.members(ctx.emu, "department", dept_id)),
    }


async def create_organization(ctx: Ctx) -> Any:
    from genauth_async.testing._ids import iso_now

    code = ctx.require("organizationCode")
    name = ctx.require("organizationName")
    if ctx.emu.store.organizations.find("organizationCode", code) is not None:
        raise ApiError(409, f"Organization {code} already exists")
    now = iso_now()
    doc = spec_mod.shape(
        "OrganizationDto",
        {
            "organizationCode": code,
            "organizationName": name,
            "description": ctx.body.get("description") or "",
            "createdAt": now,
            "updatedAt": now,
            "departmentId": secrets.token_hex(12),
            "openDepartmentId": ctx.body.get("openDepartmentId"),
            "hasChildren": False,
            "leaderUserIds": [],
            "membersCount": 0,
            "isVirtualNode": False,
            "status": "active",
        },
    )
    ctx.emu.store.organizations.put(code, doc)
    return _org_view(ctx, doc)


async def get_organization(ctx: Ctx) -> Any:
    return _org_view(ctx, get_org(ctx))


async def list_organizations(ctx: Ctx) -> Any:
    orgs = [_org_view(ctx, o) for o in ctx.emu.store.organizations.docs.values()]
    if ctx.bool_arg("fetchAll"):
        return {"list": orgs, "totalCount": len(orgs)}
    page, limit = ctx.pagination()
    return page_of(orgs, page, limit)


async def update_organization(ctx: Ctx) -> Any:
    org = get_org(ctx)
    doc = dict(org)
    for key in ("organizationName", "description", "openDepartmentId", "leaderUserIds", "i18n"):
        if ctx.body.get(key) is not None:
            doc[key] = ctx.body[key]
    new_code = ctx.body.get("organizationNewCode")
    store = ctx.emu.store.organizations
    if new_code and new_code != org["organizationCode"]:
        if store.find("organizationCode", new_code) is not None:
            raise ApiError(409, f"Organization {new_code} already exists")
        store.delete(org["organizationCode"])
        doc["organizationCode"] = new_code
        for dept in list(ctx.emu.store.departments.docs.values()):
            if dept["organizationCode"] == org["organizationCode"]:
                ctx.emu.store.departments.put(dept["departmentId"], {**dept, "organizationCode": new_code})
    store.put(doc["organizationCode"], doc)
    return _org_view(ctx, doc)


async def delete_organization(ctx: Ctx) -> Any:
    org = get_org(ctx)
    ctx.emu.store.organizations.delete(org["organizationCode"])
    for dept in list(ctx.emu.store.departments.docs.values()):
        if dept["organizationCode"] == org["organizationCode"]:
            ctx.emu.store.departments.delete(dept["departmentId"])
            _members.forget(ctx.emu, "department", dept["departmentId"])
    _members.forget(ctx.emu, "department", org["departmentId"])
    return {"success": True}


def _dept(ctx: Ctx, org: dict[str, Any], dept_id: Any) -> dict[str, Any]:
    """A department by id, or the organization's root pseudo-department."""
    if not isinstance(dept_id, str) or not dept_id:
        raise ApiError(400, "departmentId is required; departmentId should not be empty")
    if dept_id == org["departmentId"]:
        return {
            "organizationCode": org["organizationCode"],
            "departmentId": dept_id,
            "createdAt": org.get("createdAt"),
            "name": org["organizationName"],
            "parentDepartmentId": "",
            "parentDepartmentCode": "",
            "membersCount": 0,
            "hasChildren": False,
        }
    if ctx.str_arg("departmentIdType") == "department_code":
        found = next(
            (d for d in ctx.emu.store.departments.docs.values() if d.get("code") == dept_id and d["organizationCode"] == org["organizationCode"]),
            None,
        )
    else:
        found = ctx.emu.store.departments.get(dept_id)
    if found is None or found["organizationCode"] != org["organizationCode"]:
        raise ApiError(404, f"Department {dept_id} does not exist")
    return found


async def create_department(ctx: Ctx) -> Any:
    from genauth_async.testing._ids import iso_now

    org = get_org(ctx)
    name = ctx.require("name")
    parent = _dept(ctx, org, ctx.require("parentDepartmentId"))
    code = ctx.body.get("code")
    if code and any(
        d.get("code") == code and d["organizationCode"] == org["organizationCode"]
        for d in ctx.emu.store.departments.docs.values()
    ):
        raise ApiError(409, f"Department code {code} already exists")
    now = iso_now()
    doc = spec_mod.shape(
        "DepartmentDto",
        {
            "organizationCode": org["organizationCode"],
            "departmentId": secrets.token_hex(12),
            "createdAt": now,
            "updatedAt": now,
            "name": name,
            "description": ctx.body.get("description") or "",
            "parentDepartmentId": parent["departmentId"],
            "parentDepartmentCode": parent.get("code") or "",
            "leaderUserIds": list(ctx.body.get("leaderUserIds") or []),
            "membersCount": 0,
            "hasChildren": False,
            "isVirtualNode": bool(ctx.body.get("isVirtualNode", False)),
            "status": True,
        },
    )
    for key in ("code", "openDepartmentId", "customData", "i18n"):
        if ctx.body.get(key) is not None:
            doc[key] = ctx.body[key]
    ctx.emu.store.departments.put(doc["departmentId"], doc)
    return _dept_view(ctx, doc)


async def get_department(ctx: Ctx) -> Any:
    org = get_org(ctx)
    dept_id = ctx.arg("departmentId") or ctx.arg("departmentCode")
    return _dept_view(ctx, _dept(ctx, org, dept_id))


async def update_department(ctx: Ctx) -> Any:
    org = get_org(ctx)
    dept = _dept(ctx, org, ctx.require("departmentId"))
    if dept["departmentId"] == org["departmentId"]:
        raise ApiError(422, "Use update-organization to change the root department")
    doc = dict(dept)
    for key in ("name", "description", "code", "leaderUserIds", "status", "customData", "i18n", "parentDepartmentId"):
        if ctx.body.get(key) is not None:
            doc[key] = ctx.body[key]
    ctx.emu.store.departments.put(dept["departmentId"], doc)
    return _dept_view(ctx, doc)


async def delete_department(ctx: Ctx) -> Any:
    org = get_org(ctx)
    dept = _dept(ctx, org, ctx.require("departmentId"))
    if dept["departmentId"] == org["departmentId"]:
        raise ApiError(422, "The root department cannot be deleted; delete the organization")
    stack = [dept["departmentId"]]
    while stack:
        current = stack.pop()
        stack.extend(d["departmentId"] for d in _children(ctx, current))
        ctx.emu.store.departments.delete(current)
        _members.forget(ctx.emu, "department", current)
    return {"success": True}


async def list_children_departments(ctx: Ctx) -> Any:
    org = get_org(ctx)
    dept = _dept(ctx, org, ctx.require("departmentId"))
    children = [_dept_view(ctx, d) for d in _children(ctx, dept["departmentId"])]
    return {"list": children, "totalCount": len(children)}


async def add_department_members(ctx: Ctx) -> Any:
    org = get_org(ctx)
    dept = _dept(ctx, org, ctx.require("departmentId"))
    _members.add(ctx.emu, "department", dept["departmentId"], ctx.list_arg("userIds"))
    return {"success": True}


async def remove_department_members(ctx: Ctx) -> Any:
    org = get_org(ctx)
    dept = _dept(ctx, org, ctx.require("departmentId"))
    _members.remove(ctx.emu, "department", dept["departmentId"], ctx.list_arg("userIds"))
    return {"success": True}


def _member_users(ctx: Ctx) -> list[dict[str, Any]]:
    org = get_org(ctx)
    dept = _dept(ctx, org, ctx.require("departmentId"))
    users = [ctx.emu.store.users.get(u) for u in _members.members(ctx.emu, "department", dept["departmentId"])]
    return [u for u in users if u]


async def list_department_members(ctx: Ctx) -> Any:
    page, limit = ctx.pagination()
    result = page_of(_member_users(ctx), page, limit)
    result["list"] = [present(ctx.emu, u) for u in result["list"]]
    return result


async def search_department_members(ctx: Ctx) -> Any:
    keywords = ctx.str_arg("keywords")
    found = [u for u in _member_users(ctx)
             if contains(keywords, u.get("email"), u.get("phone"), u.get("username"), u.get("name"), u.get("nickname"))]
    page, limit = ctx.pagination()
    result = page_of(found, page, limit)
    result["list"] = [present(ctx.emu, u) for u in result["list"]]
    return result


async def list_department_member_ids(ctx: Ctx) -> Any:
    return [u["userId"] for u in _member_users(ctx)]


def register(router: Router) -> None:
    m = router.management
    m("POST", "/api/v3/create-organization", create_organization)
    m("GET", "/api/v3/get-organization", get_organization)
    m("GET", "/api/v3/list-organizations", list_organizations)
    m("POST", "/api/v3/update-organization", update_organization)
    m("POST", "/api/v3/delete-organization", delete_organization)
    m("POST", "/api/v3/create-department", create_department)
    m("GET", "/api/v3/get-department", get_department)
    m("POST", "/api/v3/update-department", update_department)
    m("POST", "/api/v3/delete-department", delete_department)
    m("GET", "/api/v3/list-children-departments", list_children_departments)
    m("POST", "/api/v3/add-department-members", add_department_members)
    m("POST", "/api/v3/remove-department-members", remove_department_members)
    m("GET", "/api/v3/list-department-members", list_department_members)
    m("GET", "/api/v3/search-department-members", search_department_members)
    m("GET", "/api/v3/list-department-member-ids", list_department_member_ids)
