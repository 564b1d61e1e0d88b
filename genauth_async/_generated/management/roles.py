# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``roles``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import check_call_options as _check_call_options, request_options as _request_options
from genauth_async._pagination import paginate as _paginate

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        CheckRoleMutualExclusionResultDto, CheckRoleParamsRespDto,
        GetRoleAuthorizedResourcesParamsResourceType, GetUserRolesParamsUserIdType, HasAnyRoleDto,
        HasAnyRoleOptionsDto, HasRoleRolesDto, IsSuccessDto, ListRoleAssignmentsParamsTargetType,
        RoleAuthorizedResourcePagingDto, RoleCodeDto, RoleDepartmentListPagingDto,
        RoleDepartmentRespDto, RoleDto, RoleListItem, RoleListPageDto, RolePagingDto,
        RolePermissionListDto, TargetDto, UserDto, UserPagingDto,
    )

_EP_ASSIGN_ROLE = Endpoint(
    "assign_role",
    "POST",
    "/api/v3/assign-role",
    (
        Param("targets", "targets", "json", True, "list", "dict"),
        Param("code", "code", "json", True, "str"),
        Param("end_time", "endTime", "json", False, "int"),
        Param("enable_time", "enableTime", "json", False, "int"),
        Param("namespace", "namespace", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_ASSIGN_ROLE_BATCH = Endpoint(
    "assign_role_batch",
    "POST",
    "/api/v3/assign-role-batch",
    (
        Param("targets", "targets", "json", True, "list", "dict"),
        Param("roles", "roles", "json", True, "list", "dict"),
    ),
    idempotent=False,
)

_EP_CHECK_MUTUAL_EXCLUSION = Endpoint(
    "check_mutual_exclusion",
    "POST",
    "/api/v3/check-role-mutual-exclusion",
    (
        Param("roles", "roles", "json", True, "list", "dict"),
    ),
    idempotent=False,
)

_EP_CHECK_PARAMS_NAMESPACE = Endpoint(
    "check_params_namespace",
    "POST",
    "/api/v3/check-role-params",
    (
        Param("code", "code", "json", True, "str"),
        Param("namespace", "namespace", "json", True, "str"),
        Param("name", "name", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_ADMIN_ROLE = Endpoint(
    "create_admin_role",
    "POST",
    "/api/v3/create-admin-role",
    (
        Param("name", "name", "json", True, "str"),
        Param("code", "code", "json", True, "str"),
        Param("description", "description", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_ROLE = Endpoint(
    "create_role",
    "POST",
    "/api/v3/create-role",
    (
        Param("code", "code", "json", True, "str"),
        Param("name", "name", "json", False, "str"),
        Param("namespace", "namespace", "json", False, "str"),
        Param("description", "description", "json", False, "str"),
        Param("disable_time", "disableTime", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_ROLES_BATCH = Endpoint(
    "create_roles_batch",
    "POST",
    "/api/v3/create-roles-batch",
    (
        Param("list", "list", "json", True, "list", "dict"),
    ),
    idempotent=False,
)

_EP_DELETE_ADMIN_ROLES_BATCH = Endpoint(
    "delete_admin_roles_batch",
    "POST",
    "/api/v3/delete-admin-roles",
    (
        Param("code_list", "codeList", "json", True, "list", "str"),
    ),
    idempotent=False,
)

_EP_DELETE_ROLES_BATCH = Endpoint(
    "delete_roles_batch",
    "POST",
    "/api/v3/delete-roles-batch",
    (
        Param("code_list", "codeList", "json", True, "list", "str"),
        Param("namespace", "namespace", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_GET_ROLE = Endpoint(
    "get_role",
    "GET",
    "/api/v3/get-role",
    (
        Param("code", "code", "query", True, "str"),
        Param("namespace", "namespace", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_GET_ROLE_AUTHORIZED_RESOURCES = Endpoint(
    "get_role_authorized_resources",
    "GET",
    "/api/v3/get-role-authorized-resources",
    (
        Param("code", "code", "query", True, "str"),
        Param("namespace", "namespace", "query", False, "str"),
        Param("resource_type", "resourceType", "query", False, "str", "any", ("DATA", "API", "MENU", "BUTTON", "UI")),
    ),
    idempotent=True,
)

_EP_GET_USER_ROLES = Endpoint(
    "get_user_roles",
    "GET",
    "/api/v3/get-user-roles",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("user_id_type", "userIdType", "query", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
        Param("namespace", "namespace", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_HAS_ANY_ROLE = Endpoint(
    "has_any_role",
    "POST",
    "/api/v3/has-any-role",
    (
        Param("roles", "roles", "json", True, "list", "dict"),
        Param("user_id", "userId", "json", True, "str"),
        Param("options", "options", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_LIST_ROLE_ASSIGNMENTS = Endpoint(
    "list_role_assignments",
    "GET",
    "/api/v3/list-role-assignments",
    (
        Param("role_code", "roleCode", "query", True, "str"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("query", "query", "query", False, "str"),
        Param("namespace_code", "namespaceCode", "query", False, "str"),
        Param("target_type", "targetType", "query", False, "list", "str"),
    ),
    idempotent=True,
)

_EP_LIST_ROLE_DEPARTMENTS = Endpoint(
    "list_role_departments",
    "GET",
    "/api/v3/list-role-departments",
    (
        Param("code", "code", "query", True, "str"),
        Param("namespace", "namespace", "query", False, "str"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
    ),
    idempotent=True,
)

_EP_LIST_ROLE_MEMBERS = Endpoint(
    "list_role_members",
    "GET",
    "/api/v3/list-role-members",
    (
        Param("code", "code", "query", True, "str"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
        Param("with_identities", "withIdentities", "query", False, "bool"),
        Param("namespace", "namespace", "query", False, "str"),
        Param("with_department_ids", "withDepartmentIds", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_LIST_ROLES = Endpoint(
    "list_roles",
    "GET",
    "/api/v3/list-roles",
    (
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("keywords", "keywords", "query", False, "str"),
        Param("namespace", "namespace", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_REVOKE_ROLE = Endpoint(
    "revoke_role",
    "POST",
    "/api/v3/revoke-role",
    (
        Param("targets", "targets", "json", True, "list", "dict"),
        Param("code", "code", "json", True, "str"),
        Param("namespace", "namespace", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_REVOKE_ROLE_BATCH = Endpoint(
    "revoke_role_batch",
    "POST",
    "/api/v3/revoke-role-batch",
    (
        Param("targets", "targets", "json", True, "list", "dict"),
        Param("roles", "roles", "json", True, "list", "dict"),
    ),
    idempotent=False,
)

_EP_UPDATE_ROLE = Endpoint(
    "update_role",
    "POST",
    "/api/v3/update-role",
    (
        Param("name", "name", "json", True, "str"),
        Param("new_code", "newCode", "json", True, "str"),
        Param("code", "code", "json", True, "str"),
        Param("namespace", "namespace", "json", False, "str"),
        Param("description", "description", "json", False, "str"),
        Param("status", "status", "json", False, "str"),
        Param("disable_time", "disableTime", "json", False, "str"),
        Param("enable_permission_apply", "enablePermissionApply", "json", False, "bool"),
    ),
    idempotent=False,
)


class RolesMixin(_Caller):
    """Management API, area ``roles``: 20 endpoints."""

    __slots__ = ()

    async def assign_role(
        self,
        targets: List[TargetDto | Mapping[str, Any]],
        code: str,
        end_time: int | None = None,
        enable_time: int | None = None,
        namespace: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/assign-role`` -> ``IsSuccessDto``.

        Official python name, Node ``assignRole``; area ``roles``.

        Parameters (name: wire name, location):
            targets: ``targets``, json, required
            code: ``code``, json, required
            end_time: ``endTime``, json
            enable_time: ``enableTime``, json
            namespace: ``namespace``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_ASSIGN_ROLE,
            (
                targets,
                code,
                end_time,
                enable_time,
                namespace,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def assign_role_batch(
        self,
        targets: List[TargetDto | Mapping[str, Any]],
        roles: List[RoleCodeDto | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/assign-role-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``assignRoleBatch``; area ``roles``.

        Parameters (name: wire name, location):
            targets: ``targets``, json, required
            roles: ``roles``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_ASSIGN_ROLE_BATCH,
            (
                targets,
                roles,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def check_mutual_exclusion(
        self,
        roles: List[RoleCodeDto | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> CheckRoleMutualExclusionResultDto:
        """``POST /api/v3/check-role-mutual-exclusion`` -> ``CheckRoleMutualExclusionResultDto``.

        Node-only endpoint, Node ``checkMutualExclusion``; area ``roles``.

        Parameters (name: wire name, location):
            roles: ``roles``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CHECK_MUTUAL_EXCLUSION,
            (roles,),
            "CheckRoleMutualExclusionResultDto",
            _request_options(call_options),
        )

    async def check_params_namespace(
        self,
        code: str,
        namespace: str,
        name: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CheckRoleParamsRespDto:
        """``POST /api/v3/check-role-params`` -> ``CheckRoleParamsRespDto``.

        Official python name, Node ``checkParamsNamespace``; area ``roles``.

        Parameters (name: wire name, location):
            code: ``code``, json, required
            namespace: ``namespace``, json, required
            name: ``name``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CHECK_PARAMS_NAMESPACE,
            (
                code,
                namespace,
                name,
            ),
            "CheckRoleParamsRespDto",
            _request_options(call_options),
        )

    async def create_admin_role(
        self,
        name: str,
        code: str,
        description: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CheckRoleParamsRespDto:
        """``POST /api/v3/create-admin-role`` -> ``CheckRoleParamsRespDto``.

        Official python name, Node ``createAdminRole``; area ``roles``.

        Parameters (name: wire name, location):
            name: ``name``, json, required
            code: ``code``, json, required
            description: ``description``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_ADMIN_ROLE,
            (
                name,
                code,
                description,
            ),
            "CheckRoleParamsRespDto",
            _request_options(call_options),
        )

    async def create_role(
        self,
        code: str,
        name: str | None = None,
        namespace: str | None = None,
        description: str | None = None,
        disable_time: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> RoleDto:
        """``POST /api/v3/create-role`` -> ``RoleDto``.

        Official python name, Node ``createRole``; area ``roles``.

        Parameters (name: wire name, location):
            code: ``code``, json, required
            name: ``name``, json
            namespace: ``namespace``, json
            description: ``description``, json
            disable_time: ``disableTime``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_ROLE,
            (
                code,
                name,
                namespace,
                description,
                disable_time,
            ),
            "RoleDto",
            _request_options(call_options),
        )

    async def create_roles_batch(
        self,
        list: List[RoleListItem | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/create-roles-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``createRolesBatch``; area ``roles``.

        Parameters (name: wire name, location):
            list: ``list``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_ROLES_BATCH,
            (list,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def delete_admin_roles_batch(
        self,
        code_list: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-admin-roles`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteAdminRolesBatch``; area ``roles``.

        Parameters (name: wire name, location):
            code_list: ``codeList``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_ADMIN_ROLES_BATCH,
            (code_list,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def delete_roles_batch(
        self,
        code_list: List[str],
        namespace: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-roles-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteRolesBatch``; area ``roles``.

        Parameters (name: wire name, location):
            code_list: ``codeList``, json, required
            namespace: ``namespace``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_ROLES_BATCH,
            (
                code_list,
                namespace,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def get_role(
        self,
        code: str,
        namespace: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> RoleDto:
        """``GET /api/v3/get-role`` -> ``RoleDto``.

        Official python name, Node ``getRole``; area ``roles``.

        Parameters (name: wire name, location):
            code: ``code``, query, required
            namespace: ``namespace``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ROLE,
            (
                code,
                namespace,
            ),
            "RoleDto",
            _request_options(call_options),
        )

    async def get_role_authorized_resources(
        self,
        code: str,
        namespace: str | None = None,
        resource_type: GetRoleAuthorizedResourcesParamsResourceType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> RoleAuthorizedResourcePagingDto:
        """``GET /api/v3/get-role-authorized-resources`` -> ``RoleAuthorizedResourcePagingDto``.

        Official python name, Node ``getRoleAuthorizedResources``; area ``roles``.

        Parameters (name: wire name, location):
            code: ``code``, query, required
            namespace: ``namespace``, query
            resource_type: ``resourceType``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ROLE_AUTHORIZED_RESOURCES,
            (
                code,
                namespace,
                resource_type,
            ),
            "RoleAuthorizedResourcePagingDto",
            _request_options(call_options),
        )

    async def get_user_roles(
        self,
        user_id: str,
        user_id_type: GetUserRolesParamsUserIdType | str | None = None,
        namespace: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> RolePagingDto:
        """``GET /api/v3/get-user-roles`` -> ``RolePagingDto``.

        Official python name, Node ``getUserRoles``; area ``roles``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            user_id_type: ``userIdType``, query
            namespace: ``namespace``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_ROLES,
            (
                user_id,
                user_id_type,
                namespace,
            ),
            "RolePagingDto",
            _request_options(call_options),
        )

    async def has_any_role(
        self,
        roles: List[HasRoleRolesDto | Mapping[str, Any]],
        user_id: str,
        options: HasAnyRoleOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> HasAnyRoleDto:
        """``POST /api/v3/has-any-role`` -> ``HasAnyRoleDto``.

        Official python name, Node ``hasAnyRole``; area ``roles``.

        Parameters (name: wire name, location):
            roles: ``roles``, json, required
            user_id: ``userId``, json, required
            options: ``options``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_HAS_ANY_ROLE,
            (
                roles,
                user_id,
                options,
            ),
            "HasAnyRoleDto",
            _request_options(call_options),
        )

    async def list_role_assignments(
        self,
        role_code: str,
        page: int | None = None,
        limit: int | None = None,
        query: str | None = None,
        namespace_code: str | None = None,
        target_type: Sequence[ListRoleAssignmentsParamsTargetType | str] | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> RoleListPageDto:
        """``GET /api/v3/list-role-assignments`` -> ``RoleListPageDto``.

        Official python name, Node ``listRoleAssignments``; area ``roles``.

        Parameters (name: wire name, location):
            role_code: ``roleCode``, query, required
            page: ``page``, query
            limit: ``limit``, query
            query: ``query``, query
            namespace_code: ``namespaceCode``, query
            target_type: ``targetType``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_ROLE_ASSIGNMENTS,
            (
                role_code,
                page,
                limit,
                query,
                namespace_code,
                target_type,
            ),
            "RoleListPageDto",
            _request_options(call_options),
        )

    def iter_list_role_assignments(
        self,
        role_code: str,
        limit: int | None = None,
        query: str | None = None,
        namespace_code: str | None = None,
        target_type: Sequence[ListRoleAssignmentsParamsTargetType | str] | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[RolePermissionListDto]:
        """Every item of ``list_role_assignments``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``data``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_role_assignments(
                page=page,
                role_code=role_code,
                limit=limit,
                query=query,
                namespace_code=namespace_code,
                target_type=target_type,
                **call_options,
            ),
            "data",
            "totalCount",
            limit,
        )

    async def list_role_departments(
        self,
        code: str,
        namespace: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> RoleDepartmentListPagingDto:
        """``GET /api/v3/list-role-departments`` -> ``RoleDepartmentListPagingDto``.

        Node-only endpoint, Node ``listRoleDepartments``; area ``roles``.

        Parameters (name: wire name, location):
            code: ``code``, query, required
            namespace: ``namespace``, query
            page: ``page``, query
            limit: ``limit``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_ROLE_DEPARTMENTS,
            (
                code,
                namespace,
                page,
                limit,
            ),
            "RoleDepartmentListPagingDto",
            _request_options(call_options),
        )

    def iter_list_role_departments(
        self,
        code: str,
        namespace: str | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[RoleDepartmentRespDto]:
        """Every item of ``list_role_departments``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_role_departments(
                page=page,
                code=code,
                namespace=namespace,
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_role_members(
        self,
        code: str,
        page: int | None = None,
        limit: int | None = None,
        with_custom_data: bool | None = None,
        with_identities: bool | None = None,
        namespace: str | None = None,
        *,
        with_department_ids: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UserPagingDto:
        """``GET /api/v3/list-role-members`` -> ``UserPagingDto``.

        Official python name, Node ``listRoleMembers``; area ``roles``.

        Parameters (name: wire name, location):
            code: ``code``, query, required
            page: ``page``, query
            limit: ``limit``, query
            with_custom_data: ``withCustomData``, query
            with_identities: ``withIdentities``, query
            namespace: ``namespace``, query
            with_department_ids: ``withDepartmentIds``, query, keyword-only (Node SDK field)
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_ROLE_MEMBERS,
            (
                code,
                page,
                limit,
                with_custom_data,
                with_identities,
                namespace,
                with_department_ids,
            ),
            "UserPagingDto",
            _request_options(call_options),
        )

    def iter_list_role_members(
        self,
        code: str,
        limit: int | None = None,
        with_custom_data: bool | None = None,
        with_identities: bool | None = None,
        namespace: str | None = None,
        *,
        with_department_ids: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[UserDto]:
        """Every item of ``list_role_members``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_role_members(
                page=page,
                code=code,
                limit=limit,
                with_custom_data=with_custom_data,
                with_identities=with_identities,
                namespace=namespace,
                with_department_ids=with_department_ids,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_roles(
        self,
        page: int | None = None,
        limit: int | None = None,
        keywords: str | None = None,
        namespace: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> RolePagingDto:
        """``GET /api/v3/list-roles`` -> ``RolePagingDto``.

        Official python name, Node ``listRoles``; area ``roles``.

        Parameters (name: wire name, location):
            page: ``page``, query
            limit: ``limit``, query
            keywords: ``keywords``, query
            namespace: ``namespace``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_ROLES,
            (
                page,
                limit,
                keywords,
                namespace,
            ),
            "RolePagingDto",
            _request_options(call_options),
        )

    def iter_list_roles(
        self,
        limit: int | None = None,
        keywords: str | None = None,
        namespace: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[RoleDto]:
        """Every item of ``list_roles``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_roles(
                page=page,
                limit=limit,
                keywords=keywords,
                namespace=namespace,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def revoke_role(
        self,
        targets: List[TargetDto | Mapping[str, Any]],
        code: str,
        namespace: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/revoke-role`` -> ``IsSuccessDto``.

        Official python name, Node ``revokeRole``; area ``roles``.

        Parameters (name: wire name, location):
            targets: ``targets``, json, required
            code: ``code``, json, required
            namespace: ``namespace``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REVOKE_ROLE,
            (
                targets,
                code,
                namespace,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def revoke_role_batch(
        self,
        targets: List[TargetDto | Mapping[str, Any]],
        roles: List[RoleCodeDto | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/revoke-role-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``revokeRoleBatch``; area ``roles``.

        Parameters (name: wire name, location):
            targets: ``targets``, json, required
            roles: ``roles``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REVOKE_ROLE_BATCH,
            (
                targets,
                roles,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_role(
        self,
        name: str,
        new_code: str,
        code: str,
        namespace: str | None = None,
        description: str | None = None,
        status: str | None = None,
        disable_time: str | None = None,
        *,
        enable_permission_apply: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-role`` -> ``IsSuccessDto``.

        Official python name, Node ``updateRole``; area ``roles``.

        Parameters (name: wire name, location):
            name: ``name``, json, required
            new_code: ``newCode``, json, required
            code: ``code``, json, required
            namespace: ``namespace``, json
            description: ``description``, json
            status: ``status``, json
            disable_time: ``disableTime``, json
            enable_permission_apply: ``enablePermissionApply``, json, keyword-only (Node SDK field)
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_ROLE,
            (
                name,
                new_code,
                code,
                namespace,
                description,
                status,
                disable_time,
                enable_permission_apply,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )
