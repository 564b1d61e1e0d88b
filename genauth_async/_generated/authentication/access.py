# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Authentication API endpoints, area ``access``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import check_call_options as _check_call_options, request_options as _request_options
from genauth_async._pagination import paginate as _paginate

if TYPE_CHECKING:
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

_EP_CHECK_PERMISSION_BY_ARRAY_RESOURCE = Endpoint(
    "check_permission_by_array_resource",
    "POST",
    "/api/v3/check-permission-array-resource",
    (
        Param("resources", "resources", "json", True, "list", "str"),
        Param("action", "action", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_CHECK_PERMISSION_BY_STRING_RESOURCE = Endpoint(
    "check_permission_by_string_resource",
    "POST",
    "/api/v3/check-permission-string-resource",
    (
        Param("resources", "resources", "json", True, "list", "str"),
        Param("action", "action", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_CHECK_PERMISSION_BY_TREE_RESOURCE = Endpoint(
    "check_permission_by_tree_resource",
    "POST",
    "/api/v3/check-permission-tree-resource",
    (
        Param("resources", "resources", "json", True, "list", "str"),
        Param("action", "action", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_GET_ACCESSIBLE_APPS = Endpoint(
    "get_accessible_apps",
    "GET",
    "/api/v3/get-my-accessible-apps",
    (),
    idempotent=True,
)

_EP_GET_AUTHORIZED_RESOURCES = Endpoint(
    "get_authorized_resources",
    "GET",
    "/api/v3/get-my-authorized-resources",
    (
        Param("namespace", "namespace", "query", False, "str"),
        Param("resource_type", "resourceType", "query", False, "str", "any", ("DATA", "API", "MENU", "BUTTON", "UI")),
    ),
    idempotent=True,
)

_EP_GET_DEPARTMENT_LIST = Endpoint(
    "get_department_list",
    "GET",
    "/api/v3/get-my-department-list",
    (
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
        Param("sort_by", "sortBy", "query", False, "str", "any", ("DepartmentCreatedAt", "JoinDepartmentAt", "DepartmentName", "DepartmemtCode")),
        Param("order_by", "orderBy", "query", False, "str", "any", ("Asc", "Desc")),
    ),
    idempotent=True,
)

_EP_GET_ENABLE_PERMISSION_APPLY_APPLICATION_LIST = Endpoint(
    "get_enable_permission_apply_application_list",
    "GET",
    "/api/v3/applications-permission-applicable",
    (
        Param("app_name", "appName", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_GET_ENABLE_PERMISSION_APPLY_ROLE_LIST = Endpoint(
    "get_enable_permission_apply_role_list",
    "GET",
    "/api/v3/roles-permission-applicable",
    (
        Param("app_id", "appId", "query", True, "str"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("keyword", "keyword", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_GET_GROUP_LIST = Endpoint(
    "get_group_list",
    "GET",
    "/api/v3/get-my-group-list",
    (),
    idempotent=True,
)

_EP_GET_LOGGED_IN_APPS = Endpoint(
    "get_logged_in_apps",
    "GET",
    "/api/v3/get-my-logged-in-apps",
    (),
    idempotent=True,
)

_EP_GET_ROLE_LIST = Endpoint(
    "get_role_list",
    "GET",
    "/api/v3/get-my-role-list",
    (
        Param("namespace", "namespace", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_GET_TENANT_LIST = Endpoint(
    "get_tenant_list",
    "GET",
    "/api/v3/get-my-tenant-list",
    (),
    idempotent=True,
)

_EP_GET_USER_AUTH_RESOURCE_PERMISSION_LIST = Endpoint(
    "get_user_auth_resource_permission_list",
    "POST",
    "/api/v3/get-user-auth-resource-permission-list",
    (
        Param("resources", "resources", "json", True, "list", "str"),
    ),
    idempotent=False,
)

_EP_GET_USER_AUTH_RESOURCE_STRUCT = Endpoint(
    "get_user_auth_resource_struct",
    "POST",
    "/api/v3/get-user-auth-resource-struct",
    (
        Param("resource", "resource", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_GET_USER_AUTHORIZED_RESOURCES_LIST = Endpoint(
    "get_user_authorized_resources_list",
    "GET",
    "/api/v3/get-user-auth-resource-list",
    (),
    idempotent=True,
)

_EP_LIST_SUBJECT_AUTH = Endpoint(
    "list_subject_auth",
    "POST",
    "/api/v2/applications/subject/person/list",
    (),
    idempotent=False,
)


class AccessMixin(_Caller):
    """Authentication API, area ``access``: 16 endpoints."""

    __slots__ = ()

    async def check_permission_by_array_resource(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CHECK_PERMISSION_BY_ARRAY_RESOURCE,
            (
                resources,
                action,
            ),
            "CheckResourcePermissionDataDto",
            _request_options(call_options),
        )

    async def check_permission_by_string_resource(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CHECK_PERMISSION_BY_STRING_RESOURCE,
            (
                resources,
                action,
            ),
            "CheckResourcePermissionDataDto",
            _request_options(call_options),
        )

    async def check_permission_by_tree_resource(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CHECK_PERMISSION_BY_TREE_RESOURCE,
            (
                resources,
                action,
            ),
            "CheckResourcePermissionDataDto",
            _request_options(call_options),
        )

    async def get_accessible_apps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[AccessibleAppsDto]:
        """``GET /api/v3/get-my-accessible-apps`` -> ``list[AccessibleAppsDto]``.

        Official python name, Node ``getAccessibleApps``; area ``access``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ACCESSIBLE_APPS,
            (),
            "list[AccessibleAppsDto]",
            _request_options(call_options),
        )

    async def get_authorized_resources(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_AUTHORIZED_RESOURCES,
            (
                namespace,
                resource_type,
            ),
            "AuthorizedResourcePagingDto",
            _request_options(call_options),
        )

    async def get_department_list(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_DEPARTMENT_LIST,
            (
                page,
                limit,
                with_custom_data,
                sort_by,
                order_by,
            ),
            "UserDepartmentPagingDto",
            _request_options(call_options),
        )

    def iter_get_department_list(
        self,
        limit: int | None = None,
        with_custom_data: bool | None = None,
        sort_by: GetDepartmentListParamsSortBy | str | None = None,
        order_by: GetDepartmentListParamsOrderBy | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[UserDepartmentRespDto]:
        """Every item of ``get_department_list``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.get_department_list(
                page=page,
                limit=limit,
                with_custom_data=with_custom_data,
                sort_by=sort_by,
                order_by=order_by,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def get_enable_permission_apply_application_list(
        self,
        app_name: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> EnablePermissionApplyApplicationList:
        """``GET /api/v3/applications-permission-applicable`` -> ``EnablePermissionApplyApplicationList``.

        Node-only endpoint, Node ``getEnablePermissionApplyApplicationList``; area ``access``.

        Parameters (name: wire name, location):
            app_name: ``appName``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ENABLE_PERMISSION_APPLY_APPLICATION_LIST,
            (app_name,),
            "EnablePermissionApplyApplicationList",
            _request_options(call_options),
        )

    async def get_enable_permission_apply_role_list(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ENABLE_PERMISSION_APPLY_ROLE_LIST,
            (
                app_id,
                page,
                limit,
                keyword,
            ),
            "EnablePermissionApplyRolePageList",
            _request_options(call_options),
        )

    def iter_get_enable_permission_apply_role_list(
        self,
        app_id: str,
        limit: int | None = None,
        keyword: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[EnablePermissionApplyRole]:
        """Every item of ``get_enable_permission_apply_role_list``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.get_enable_permission_apply_role_list(
                page=page,
                app_id=app_id,
                limit=limit,
                keyword=keyword,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def get_group_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[GroupDto]:
        """``GET /api/v3/get-my-group-list`` -> ``list[GroupDto]``.

        Official python name, Node ``getGroupList``; area ``access``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_GROUP_LIST,
            (),
            "list[GroupDto]",
            _request_options(call_options),
        )

    async def get_logged_in_apps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[LoggedInAppsDto]:
        """``GET /api/v3/get-my-logged-in-apps`` -> ``list[LoggedInAppsDto]``.

        Official python name, Node ``getLoggedInApps``; area ``access``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_LOGGED_IN_APPS,
            (),
            "list[LoggedInAppsDto]",
            _request_options(call_options),
        )

    async def get_role_list(
        self,
        namespace: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[RoleDto]:
        """``GET /api/v3/get-my-role-list`` -> ``list[RoleDto]``.

        Official python name, Node ``getRoleList``; area ``access``.

        Parameters (name: wire name, location):
            namespace: ``namespace``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ROLE_LIST,
            (namespace,),
            "list[RoleDto]",
            _request_options(call_options),
        )

    async def get_tenant_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[UserTenantListDto]:
        """``GET /api/v3/get-my-tenant-list`` -> ``list[UserTenantListDto]``.

        Official python name, Node ``getTenantList``; area ``access``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_TENANT_LIST,
            (),
            "list[UserTenantListDto]",
            _request_options(call_options),
        )

    async def get_user_auth_resource_permission_list(
        self,
        resources: List[str],
        **call_options: Unpack[CallOptions],
    ) -> GetUserAuthResourcePermissionListDataDto:
        """``POST /api/v3/get-user-auth-resource-permission-list`` -> ``GetUserAuthResourcePermissionListDataDto``.

        Official python name, Node ``getUserAuthResourcePermissionList``; area ``access``.

        Parameters (name: wire name, location):
            resources: ``resources``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_AUTH_RESOURCE_PERMISSION_LIST,
            (resources,),
            "GetUserAuthResourcePermissionListDataDto",
            _request_options(call_options),
        )

    async def get_user_auth_resource_struct(
        self,
        resource: str,
        **call_options: Unpack[CallOptions],
    ) -> GetUserAuthResourceStructDataDto:
        """``POST /api/v3/get-user-auth-resource-struct`` -> ``GetUserAuthResourceStructDataDto``.

        Official python name, Node ``getUserAuthResourceStruct``; area ``access``.

        Parameters (name: wire name, location):
            resource: ``resource``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_AUTH_RESOURCE_STRUCT,
            (resource,),
            "GetUserAuthResourceStructDataDto",
            _request_options(call_options),
        )

    async def get_user_authorized_resources_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> GetUserAuthResourceListDataDto:
        """``GET /api/v3/get-user-auth-resource-list`` -> ``GetUserAuthResourceListDataDto``.

        Official python name, Node ``getUserAuthorizedResourcesList``; area ``access``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_AUTHORIZED_RESOURCES_LIST,
            (),
            "GetUserAuthResourceListDataDto",
            _request_options(call_options),
        )

    async def list_subject_auth(
        self,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v2/applications/subject/person/list`` -> ``JsonValue``.

        Node-only endpoint, Node ``listSubjectAuth``; area ``access``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_SUBJECT_AUTH,
            (),
            "Any",
            _request_options(call_options),
        )
