# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``roles`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        CheckRoleMutualExclusionResultDto, CheckRoleParamsRespDto,
        GetRoleAuthorizedResourcesParamsResourceType, GetUserRolesParamsUserIdType, HasAnyRoleDto,
        HasAnyRoleOptionsDto, HasRoleRolesDto, IsSuccessDto, ListRoleAssignmentsParamsTargetType,
        RoleAuthorizedResourcePagingDto, RoleCodeDto, RoleDepartmentListPagingDto,
        RoleDepartmentRespDto, RoleDto, RoleListItem, RoleListPageDto, RolePagingDto,
        RolePermissionListDto, TargetDto, UserDto, UserPagingDto,
    )


class RolesMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``roles``: 20 endpoints."""

    def assign_role(
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
        return self._run_method(  # type: ignore[no-any-return]
            "assign_role",
            (
                targets,
                code,
                end_time,
                enable_time,
                namespace,
            ),
            call_options,
        )

    def assign_role_batch(
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
        return self._run_method(  # type: ignore[no-any-return]
            "assign_role_batch",
            (
                targets,
                roles,
            ),
            call_options,
        )

    def check_mutual_exclusion(
        self,
        roles: List[RoleCodeDto | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> CheckRoleMutualExclusionResultDto:
        """``POST /api/v3/check-role-mutual-exclusion`` -> ``CheckRoleMutualExclusionResultDto``.

        Node-only endpoint, Node ``checkMutualExclusion``; area ``roles``.

        Parameters (name: wire name, location):
            roles: ``roles``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "check_mutual_exclusion",
            (roles,),
            call_options,
        )

    def check_params_namespace(
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
        return self._run_method(  # type: ignore[no-any-return]
            "check_params_namespace",
            (
                code,
                namespace,
                name,
            ),
            call_options,
        )

    def create_admin_role(
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
        return self._run_method(  # type: ignore[no-any-return]
            "create_admin_role",
            (
                name,
                code,
                description,
            ),
            call_options,
        )

    def create_role(
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
        return self._run_method(  # type: ignore[no-any-return]
            "create_role",
            (
                code,
                name,
                namespace,
                description,
                disable_time,
            ),
            call_options,
        )

    def create_roles_batch(
        self,
        list: List[RoleListItem | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/create-roles-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``createRolesBatch``; area ``roles``.

        Parameters (name: wire name, location):
            list: ``list``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_roles_batch",
            (list,),
            call_options,
        )

    def delete_admin_roles_batch(
        self,
        code_list: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-admin-roles`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteAdminRolesBatch``; area ``roles``.

        Parameters (name: wire name, location):
            code_list: ``codeList``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_admin_roles_batch",
            (code_list,),
            call_options,
        )

    def delete_roles_batch(
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
        return self._run_method(  # type: ignore[no-any-return]
            "delete_roles_batch",
            (
                code_list,
                namespace,
            ),
            call_options,
        )

    def get_role(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_role",
            (
                code,
                namespace,
            ),
            call_options,
        )

    def get_role_authorized_resources(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_role_authorized_resources",
            (
                code,
                namespace,
                resource_type,
            ),
            call_options,
        )

    def get_user_roles(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_roles",
            (
                user_id,
                user_id_type,
                namespace,
            ),
            call_options,
        )

    def has_any_role(
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
        return self._run_method(  # type: ignore[no-any-return]
            "has_any_role",
            (
                roles,
                user_id,
                options,
            ),
            call_options,
        )

    def list_role_assignments(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_role_assignments",
            (
                role_code,
                page,
                limit,
                query,
                namespace_code,
                target_type,
            ),
            call_options,
        )

    def iter_list_role_assignments(
        self,
        role_code: str,
        limit: int | None = None,
        query: str | None = None,
        namespace_code: str | None = None,
        target_type: Sequence[ListRoleAssignmentsParamsTargetType | str] | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[RolePermissionListDto]:
        """Every item of ``list_role_assignments``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``data``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_role_assignments",
            (
                role_code,
                limit,
                query,
                namespace_code,
                target_type,
            ),
            call_options,
        )

    def list_role_departments(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_role_departments",
            (
                code,
                namespace,
                page,
                limit,
            ),
            call_options,
        )

    def iter_list_role_departments(
        self,
        code: str,
        namespace: str | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[RoleDepartmentRespDto]:
        """Every item of ``list_role_departments``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_role_departments",
            (
                code,
                namespace,
                limit,
            ),
            call_options,
        )

    def list_role_members(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_role_members",
            (
                code,
                page,
                limit,
                with_custom_data,
                with_identities,
                namespace,
            ),
            {
                "with_department_ids": with_department_ids,
                **call_options,
            },
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
    ) -> Iterator[UserDto]:
        """Every item of ``list_role_members``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_role_members",
            (
                code,
                limit,
                with_custom_data,
                with_identities,
                namespace,
            ),
            {
                "with_department_ids": with_department_ids,
                **call_options,
            },
        )

    def list_roles(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_roles",
            (
                page,
                limit,
                keywords,
                namespace,
            ),
            call_options,
        )

    def iter_list_roles(
        self,
        limit: int | None = None,
        keywords: str | None = None,
        namespace: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[RoleDto]:
        """Every item of ``list_roles``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_roles",
            (
                limit,
                keywords,
                namespace,
            ),
            call_options,
        )

    def revoke_role(
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
        return self._run_method(  # type: ignore[no-any-return]
            "revoke_role",
            (
                targets,
                code,
                namespace,
            ),
            call_options,
        )

    def revoke_role_batch(
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
        return self._run_method(  # type: ignore[no-any-return]
            "revoke_role_batch",
            (
                targets,
                roles,
            ),
            call_options,
        )

    def update_role(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_role",
            (
                name,
                new_code,
                code,
                namespace,
                description,
                status,
                disable_time,
            ),
            {
                "enable_permission_apply": enable_permission_apply,
                **call_options,
            },
        )
