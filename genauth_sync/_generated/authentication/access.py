# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Authentication API endpoints, area ``access`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import AuthenticationClient as _AsyncAuthenticationClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.types import JsonValue
    from genauth_async.models import (
        AccessibleAppsDto, AuthorizedResourcePagingDto, CheckResourcePermissionDataDto,
        EnablePermissionApplyApplicationList, EnablePermissionApplyRole,
        EnablePermissionApplyRolePageList, GetAuthorizedResourcesParamsResourceType,
        GetDepartmentListParamsOrderBy, GetDepartmentListParamsSortBy,
        GetUserAuthResourceListDataDto, GetUserAuthResourcePermissionListDataDto,
        GetUserAuthResourceStructDataDto, GroupDto, LoggedInAppsDto, RoleDto,
        UserDepartmentPagingDto, UserDepartmentRespDto, UserTenantListDto,
    )


class AccessMixin(_SyncClient["_AsyncAuthenticationClient"]):
    """Authentication API, area ``access``: 16 endpoints."""

    def check_permission_by_array_resource(
        self,
        resources: List[str],
        action: str,
        **call_options: Unpack[CallOptions],
    ) -> CheckResourcePermissionDataDto:
        """``POST /api/v3/check-permission-array-resource`` -> ``CheckResourcePermissionDataDto``.

        Official python name, Node ``checkPermissionByArrayResource``; area ``access``.

        Parameters (name: wire name, location):
            resources: ``resources``, json, required
            action: ``action``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "check_permission_by_array_resource",
            (
                resources,
                action,
            ),
            call_options,
        )

    def check_permission_by_string_resource(
        self,
        resources: List[str],
        action: str,
        **call_options: Unpack[CallOptions],
    ) -> CheckResourcePermissionDataDto:
        """``POST /api/v3/check-permission-string-resource`` -> ``CheckResourcePermissionDataDto``.

        Official python name, Node ``checkPermissionByStringResource``; area ``access``.

        Parameters (name: wire name, location):
            resources: ``resources``, json, required
            action: ``action``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "check_permission_by_string_resource",
            (
                resources,
                action,
            ),
            call_options,
        )

    def check_permission_by_tree_resource(
        self,
        resources: List[str],
        action: str,
        **call_options: Unpack[CallOptions],
    ) -> CheckResourcePermissionDataDto:
        """``POST /api/v3/check-permission-tree-resource`` -> ``CheckResourcePermissionDataDto``.

        Official python name, Node ``checkPermissionByTreeResource``; area ``access``.

        Parameters (name: wire name, location):
            resources: ``resources``, json, required
            action: ``action``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "check_permission_by_tree_resource",
            (
                resources,
                action,
            ),
            call_options,
        )

    def get_accessible_apps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[AccessibleAppsDto]:
        """``GET /api/v3/get-my-accessible-apps`` -> ``list[AccessibleAppsDto]``.

        Official python name, Node ``getAccessibleApps``; area ``access``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_accessible_apps",
            (),
            call_options,
        )

    def get_authorized_resources(
        self,
        namespace: str | None = None,
        resource_type: GetAuthorizedResourcesParamsResourceType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AuthorizedResourcePagingDto:
        """``GET /api/v3/get-my-authorized-resources`` -> ``AuthorizedResourcePagingDto``.

        Official python name, Node ``getAuthorizedResources``; area ``access``.

        Parameters (name: wire name, location):
            namespace: ``namespace``, query
            resource_type: ``resourceType``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_authorized_resources",
            (
                namespace,
                resource_type,
            ),
            call_options,
        )

    def get_department_list(
        self,
        page: int | None = None,
        limit: int | None = None,
        with_custom_data: bool | None = None,
        sort_by: GetDepartmentListParamsSortBy | str | None = None,
        order_by: GetDepartmentListParamsOrderBy | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UserDepartmentPagingDto:
        """``GET /api/v3/get-my-department-list`` -> ``UserDepartmentPagingDto``.

        Node-only endpoint, Node ``getDepartmentList``; area ``access``.

        Parameters (name: wire name, location):
            page: ``page``, query
            limit: ``limit``, query
            with_custom_data: ``withCustomData``, query
            sort_by: ``sortBy``, query
            order_by: ``orderBy``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_department_list",
            (
                page,
                limit,
                with_custom_data,
                sort_by,
                order_by,
            ),
            call_options,
        )

    def iter_get_department_list(
        self,
        limit: int | None = None,
        with_custom_data: bool | None = None,
        sort_by: GetDepartmentListParamsSortBy | str | None = None,
        order_by: GetDepartmentListParamsOrderBy | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[UserDepartmentRespDto]:
        """Every item of ``get_department_list``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_get_department_list",
            (
                limit,
                with_custom_data,
                sort_by,
                order_by,
            ),
            call_options,
        )

    def get_enable_permission_apply_application_list(
        self,
        app_name: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> EnablePermissionApplyApplicationList:
        """``GET /api/v3/applications-permission-applicable`` -> ``EnablePermissionApplyApplicationList``.

        Node-only endpoint, Node ``getEnablePermissionApplyApplicationList``; area ``access``.

        Parameters (name: wire name, location):
            app_name: ``appName``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_enable_permission_apply_application_list",
            (app_name,),
            call_options,
        )

    def get_enable_permission_apply_role_list(
        self,
        app_id: str,
        page: int | None = None,
        limit: int | None = None,
        keyword: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> EnablePermissionApplyRolePageList:
        """``GET /api/v3/roles-permission-applicable`` -> ``EnablePermissionApplyRolePageList``.

        Node-only endpoint, Node ``getEnablePermissionApplyRoleList``; area ``access``.

        Parameters (name: wire name, location):
            app_id: ``appId``, query, required
            page: ``page``, query
            limit: ``limit``, query
            keyword: ``keyword``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_enable_permission_apply_role_list",
            (
                app_id,
                page,
                limit,
                keyword,
            ),
            call_options,
        )

    def iter_get_enable_permission_apply_role_list(
        self,
        app_id: str,
        limit: int | None = None,
        keyword: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[EnablePermissionApplyRole]:
        """Every item of ``get_enable_permission_apply_role_list``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_get_enable_permission_apply_role_list",
            (
                app_id,
                limit,
                keyword,
            ),
            call_options,
        )

    def get_group_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[GroupDto]:
        """``GET /api/v3/get-my-group-list`` -> ``list[GroupDto]``.

        Official python name, Node ``getGroupList``; area ``access``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_group_list",
            (),
            call_options,
        )

    def get_logged_in_apps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[LoggedInAppsDto]:
        """``GET /api/v3/get-my-logged-in-apps`` -> ``list[LoggedInAppsDto]``.

        Official python name, Node ``getLoggedInApps``; area ``access``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_logged_in_apps",
            (),
            call_options,
        )

    def get_role_list(
        self,
        namespace: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[RoleDto]:
        """``GET /api/v3/get-my-role-list`` -> ``list[RoleDto]``.

        Official python name, Node ``getRoleList``; area ``access``.

        Parameters (name: wire name, location):
            namespace: ``namespace``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_role_list",
            (namespace,),
            call_options,
        )

    def get_tenant_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[UserTenantListDto]:
        """``GET /api/v3/get-my-tenant-list`` -> ``list[UserTenantListDto]``.

        Official python name, Node ``getTenantList``; area ``access``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_tenant_list",
            (),
            call_options,
        )

    def get_user_auth_resource_permission_list(
        self,
        resources: List[str],
        **call_options: Unpack[CallOptions],
    ) -> GetUserAuthResourcePermissionListDataDto:
        """``POST /api/v3/get-user-auth-resource-permission-list`` -> ``GetUserAuthResourcePermissionListDataDto``.

        Official python name, Node ``getUserAuthResourcePermissionList``; area ``access``.

        Parameters (name: wire name, location):
            resources: ``resources``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_auth_resource_permission_list",
            (resources,),
            call_options,
        )

    def get_user_auth_resource_struct(
        self,
        resource: str,
        **call_options: Unpack[CallOptions],
    ) -> GetUserAuthResourceStructDataDto:
        """``POST /api/v3/get-user-auth-resource-struct`` -> ``GetUserAuthResourceStructDataDto``.

        Official python name, Node ``getUserAuthResourceStruct``; area ``access``.

        Parameters (name: wire name, location):
            resource: ``resource``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_auth_resource_struct",
            (resource,),
            call_options,
        )

    def get_user_authorized_resources_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> GetUserAuthResourceListDataDto:
        """``GET /api/v3/get-user-auth-resource-list`` -> ``GetUserAuthResourceListDataDto``.

        Official python name, Node ``getUserAuthorizedResourcesList``; area ``access``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_authorized_resources_list",
            (),
            call_options,
        )

    def list_subject_auth(
        self,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v2/applications/subject/person/list`` -> ``JsonValue``.

        Node-only endpoint, Node ``listSubjectAuth``; area ``access``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_subject_auth",
            (),
            call_options,
        )
