# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``organizations``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import check_call_options as _check_call_options, request_options as _request_options
from genauth_async._pagination import paginate as _paginate

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        Config, DepartmentDto, DepartmentI18nDto, DepartmentSortingDto, IsSuccessDto, Node,
        OrganizationDto, OrganizationNameI18nDto, OrganizationPagingDto, PostInfoDto,
        SearchDepartmentMembersParamsDepartmentIdType, SearchDepartmentsFilterItemDto,
        SearchDepartmentsListReqDtoOrderBy, SearchDepartmentsListReqDtoSortBy,
        SetUserDepartmentDto, SetUserDepartmentsOptionsDto, UpdateDepartmentReqDtoDepartmentIdType,
        UserDto, UserPagingDto,
    )

_EP_SEARCH_DEPARTMENT_MEMBERS = Endpoint(
    "search_department_members",
    "GET",
    "/api/v3/search-department-members",
    (
        Param("organization_code", "organizationCode", "query", True, "str"),
        Param("department_id", "departmentId", "query", True, "str"),
        Param("keywords", "keywords", "query", True, "str"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("department_id_type", "departmentIdType", "query", False, "str", "any", ("department_id", "open_department_id", "sync_relation", "custom_field", "code")),
        Param("include_children_departments", "includeChildrenDepartments", "query", False, "bool"),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
        Param("with_identities", "withIdentities", "query", False, "bool"),
        Param("with_department_ids", "withDepartmentIds", "query", False, "bool"),
        Param("tenant_id", "tenantId", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_SEARCH_DEPARTMENTS = Endpoint(
    "search_departments",
    "POST",
    "/api/v3/search-departments",
    (
        Param("keywords", "keywords", "json", True, "str"),
        Param("organization_code", "organizationCode", "json", True, "str"),
        Param("with_custom_data", "withCustomData", "json", False, "bool"),
        Param("tenant_id", "tenantId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_SEARCH_DEPARTMENTS_LIST = Endpoint(
    "search_departments_list",
    "POST",
    "/api/v3/search-departments-list",
    (
        Param("organization_code", "organizationCode", "json", True, "str"),
        Param("with_custom_data", "withCustomData", "json", False, "bool"),
        Param("with_post", "withPost", "json", False, "bool"),
        Param("page", "page", "json", False, "int"),
        Param("limit", "limit", "json", False, "int"),
        Param("advanced_filter", "advancedFilter", "json", False, "list", "dict"),
        Param("sort_by", "sortBy", "json", False, "str", "any", ("updatedAt", "createdAt")),
        Param("order_by", "orderBy", "json", False, "str", "any", ("ASC", "DESC")),
        Param("sort", "sort", "json", False, "list", "dict"),
        Param("tenant_id", "tenantId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_SEARCH_ORGANIZATIONS = Endpoint(
    "search_organizations",
    "GET",
    "/api/v3/search-organizations",
    (
        Param("keywords", "keywords", "query", True, "str"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
        Param("tenant_id", "tenantId", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_SET_USER_DEPARTMENTS = Endpoint(
    "set_user_departments",
    "POST",
    "/api/v3/set-user-departments",
    (
        Param("user_id", "userId", "json", True, "str"),
        Param("departments", "departments", "json", True, "list", "dict"),
        Param("options", "options", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_SET_USER_POSTS = Endpoint(
    "set_user_posts",
    "POST",
    "/api/v3/set-user-posts",
    (
        Param("post_ids", "postIds", "json", True, "list", "str"),
        Param("user_id", "userId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_DEPARTMENT = Endpoint(
    "update_department",
    "POST",
    "/api/v3/update-department",
    (
        Param("organization_code", "organizationCode", "json", True, "str"),
        Param("department_id", "departmentId", "json", True, "str"),
        Param("metadata", "metadata", "json", True, "any"),
        Param("leader_user_ids", "leaderUserIds", "json", False, "list", "str"),
        Param("description", "description", "json", False, "str"),
        Param("code", "code", "json", False, "str"),
        Param("i18n", "i18n", "json", False, "dict"),
        Param("status", "status", "json", False, "bool"),
        Param("name", "name", "json", False, "str"),
        Param("department_id_type", "departmentIdType", "json", False, "str", "any", ("department_id", "open_department_id", "sync_relation", "custom_field", "code")),
        Param("parent_department_id", "parentDepartmentId", "json", False, "str"),
        Param("custom_data", "customData", "json", False, "any"),
        Param("post_id_list", "postIdList", "json", False, "list", "str"),
        Param("tenant_id", "tenantId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_DNEF = Endpoint(
    "update_dnef",
    "POST",
    "/api/v3/update-dnef",
    (
        Param("key", "key", "json", True, "str"),
        Param("resource_code", "resourceCode", "json", True, "str"),
        Param("namespace_code", "namespaceCode", "json", True, "str"),
        Param("description", "description", "json", False, "str"),
        Param("label", "label", "json", False, "str"),
        Param("config", "config", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_UPDATE_NODE_STATUS = Endpoint(
    "update_node_status",
    "POST",
    "/api/v3/update-department-status",
    (
        Param("status", "status", "json", True, "bool"),
        Param("department_id", "departmentId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_ORGANIZATION = Endpoint(
    "update_organization",
    "POST",
    "/api/v3/update-organization",
    (
        Param("organization_code", "organizationCode", "json", True, "str"),
        Param("description", "description", "json", False, "str"),
        Param("open_department_id", "openDepartmentId", "json", False, "str"),
        Param("leader_user_ids", "leaderUserIds", "json", False, "list", "str"),
        Param("i18n", "i18n", "json", False, "dict"),
        Param("tenant_id", "tenantId", "json", False, "str"),
        Param("organization_new_code", "organizationNewCode", "json", False, "str"),
        Param("organization_name", "organizationName", "json", False, "str"),
        Param("post_id_list", "postIdList", "json", False, "list", "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_ORGANIZATION_STATUS = Endpoint(
    "update_organization_status",
    "POST",
    "/api/v3/update-organization-status",
    (
        Param("root_node_id", "rootNodeId", "json", True, "str"),
        Param("status", "status", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_POST = Endpoint(
    "update_post",
    "POST",
    "/api/v3/update-post",
    (
        Param("code", "code", "json", True, "str"),
        Param("name", "name", "json", True, "str"),
        Param("id", "id", "json", False, "str"),
        Param("description", "description", "json", False, "str"),
        Param("department_id_list", "departmentIdList", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_USER_CONNECTION_POST = Endpoint(
    "user_connection_post",
    "POST",
    "/api/v3/user-connection-post",
    (
        Param("user_id", "userId", "json", True, "str"),
        Param("post_id", "postId", "json", True, "str"),
    ),
    idempotent=False,
)


class Organizations2Mixin(_Caller):
    """Management API, area ``organizations``: 13 endpoints."""

    __slots__ = ()

    async def search_department_members(
        self,
        organization_code: str,
        department_id: str,
        keywords: str,
        page: int | None = None,
        limit: int | None = None,
        department_id_type: SearchDepartmentMembersParamsDepartmentIdType | str | None = None,
        include_children_departments: bool | None = None,
        with_custom_data: bool | None = None,
        with_identities: bool | None = None,
        with_department_ids: bool | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UserPagingDto:
        """``GET /api/v3/search-department-members`` -> ``UserPagingDto``.

        Node-only endpoint, Node ``searchDepartmentMembers``; area ``organizations``.

        Parameters (name: wire name, location):
            organization_code: ``organizationCode``, query, required
            department_id: ``departmentId``, query, required
            keywords: ``keywords``, query, required
            page: ``page``, query
            limit: ``limit``, query
            department_id_type: ``departmentIdType``, query
            include_children_departments: ``includeChildrenDepartments``, query
            with_custom_data: ``withCustomData``, query
            with_identities: ``withIdentities``, query
            with_department_ids: ``withDepartmentIds``, query
            tenant_id: ``tenantId``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SEARCH_DEPARTMENT_MEMBERS,
            (
                organization_code,
                department_id,
                keywords,
                page,
                limit,
                department_id_type,
                include_children_departments,
                with_custom_data,
                with_identities,
                with_department_ids,
                tenant_id,
            ),
            "UserPagingDto",
            _request_options(call_options),
        )

    def iter_search_department_members(
        self,
        organization_code: str,
        department_id: str,
        keywords: str,
        limit: int | None = None,
        department_id_type: SearchDepartmentMembersParamsDepartmentIdType | str | None = None,
        include_children_departments: bool | None = None,
        with_custom_data: bool | None = None,
        with_identities: bool | None = None,
        with_department_ids: bool | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[UserDto]:
        """Every item of ``search_department_members``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.search_department_members(
                page=page,
                organization_code=organization_code,
                department_id=department_id,
                keywords=keywords,
                limit=limit,
                department_id_type=department_id_type,
                include_children_departments=include_children_departments,
                with_custom_data=with_custom_data,
                with_identities=with_identities,
                with_department_ids=with_department_ids,
                tenant_id=tenant_id,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def search_departments(
        self,
        keywords: str,
        organization_code: str,
        with_custom_data: bool | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[DepartmentDto]:
        """``POST /api/v3/search-departments`` -> ``list[DepartmentDto]``.

        Node-only endpoint, Node ``searchDepartments``; area ``organizations``.

        Parameters (name: wire name, location):
            keywords: ``keywords``, json, required
            organization_code: ``organizationCode``, json, required
            with_custom_data: ``withCustomData``, json
            tenant_id: ``tenantId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SEARCH_DEPARTMENTS,
            (
                keywords,
                organization_code,
                with_custom_data,
                tenant_id,
            ),
            "list[DepartmentDto]",
            _request_options(call_options),
        )

    async def search_departments_list(
        self,
        organization_code: str,
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
        advanced_filter: List[SearchDepartmentsFilterItemDto | Mapping[str, Any]] | None = None,
        sort_by: SearchDepartmentsListReqDtoSortBy | str | None = None,
        order_by: SearchDepartmentsListReqDtoOrderBy | str | None = None,
        sort: List[DepartmentSortingDto | Mapping[str, Any]] | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[DepartmentDto]:
        """``POST /api/v3/search-departments-list`` -> ``list[DepartmentDto]``.

        Node-only endpoint, Node ``searchDepartmentsList``; area ``organizations``.

        Parameters (name: wire name, location):
            organization_code: ``organizationCode``, json, required
            with_custom_data: ``withCustomData``, json
            with_post: ``withPost``, json
            page: ``page``, json
            limit: ``limit``, json
            advanced_filter: ``advancedFilter``, json
            sort_by: ``sortBy``, json
            order_by: ``orderBy``, json
            sort: ``sort``, json
            tenant_id: ``tenantId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SEARCH_DEPARTMENTS_LIST,
            (
                organization_code,
                with_custom_data,
                with_post,
                page,
                limit,
                advanced_filter,
                sort_by,
                order_by,
                sort,
                tenant_id,
            ),
            "list[DepartmentDto]",
            _request_options(call_options),
        )

    async def search_organizations(
        self,
        keywords: str,
        page: int | None = None,
        limit: int | None = None,
        with_custom_data: bool | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> OrganizationPagingDto:
        """``GET /api/v3/search-organizations`` -> ``OrganizationPagingDto``.

        Node-only endpoint, Node ``searchOrganizations``; area ``organizations``.

        Parameters (name: wire name, location):
            keywords: ``keywords``, query, required
            page: ``page``, query
            limit: ``limit``, query
            with_custom_data: ``withCustomData``, query
            tenant_id: ``tenantId``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SEARCH_ORGANIZATIONS,
            (
                keywords,
                page,
                limit,
                with_custom_data,
                tenant_id,
            ),
            "OrganizationPagingDto",
            _request_options(call_options),
        )

    def iter_search_organizations(
        self,
        keywords: str,
        limit: int | None = None,
        with_custom_data: bool | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[OrganizationDto]:
        """Every item of ``search_organizations``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.search_organizations(
                page=page,
                keywords=keywords,
                limit=limit,
                with_custom_data=with_custom_data,
                tenant_id=tenant_id,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def set_user_departments(
        self,
        user_id: str,
        departments: List[SetUserDepartmentDto | Mapping[str, Any]],
        options: SetUserDepartmentsOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/set-user-departments`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``setUserDepartments``; area ``organizations``.

        Parameters (name: wire name, location):
            user_id: ``userId``, json, required
            departments: ``departments``, json, required
            options: ``options``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SET_USER_DEPARTMENTS,
            (
                user_id,
                departments,
                options,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def set_user_posts(
        self,
        post_ids: List[str],
        user_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/set-user-posts`` -> ``None``.

        Node-only endpoint, Node ``setUserPosts``; area ``organizations``.

        Parameters (name: wire name, location):
            post_ids: ``postIds``, json, required
            user_id: ``userId``, json, required
        """
        await self._call(
            _EP_SET_USER_POSTS,
            (
                post_ids,
                user_id,
            ),
            None,
            _request_options(call_options),
        )

    async def update_department(
        self,
        organization_code: str,
        department_id: str,
        metadata: Any,
        leader_user_ids: List[str] | None = None,
        description: str | None = None,
        code: str | None = None,
        i18n: DepartmentI18nDto | Mapping[str, Any] | None = None,
        status: bool | None = None,
        name: str | None = None,
        department_id_type: UpdateDepartmentReqDtoDepartmentIdType | str | None = None,
        parent_department_id: str | None = None,
        custom_data: Any = None,
        post_id_list: List[str] | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> DepartmentDto:
        """``POST /api/v3/update-department`` -> ``DepartmentDto``.

        Node-only endpoint, Node ``updateDepartment``; area ``organizations``.

        Parameters (name: wire name, location):
            organization_code: ``organizationCode``, json, required
            department_id: ``departmentId``, json, required
            metadata: ``metadata``, json, required
            leader_user_ids: ``leaderUserIds``, json
            description: ``description``, json
            code: ``code``, json
            i18n: ``i18n``, json
            status: ``status``, json
            name: ``name``, json
            department_id_type: ``departmentIdType``, json
            parent_department_id: ``parentDepartmentId``, json
            custom_data: ``customData``, json
            post_id_list: ``postIdList``, json
            tenant_id: ``tenantId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_DEPARTMENT,
            (
                organization_code,
                department_id,
                metadata,
                leader_user_ids,
                description,
                code,
                i18n,
                status,
                name,
                department_id_type,
                parent_department_id,
                custom_data,
                post_id_list,
                tenant_id,
            ),
            "DepartmentDto",
            _request_options(call_options),
        )

    async def update_dnef(
        self,
        key: str,
        resource_code: str,
        namespace_code: str,
        description: str | None = None,
        label: str | None = None,
        config: Config | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-dnef`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``updateDnef``; area ``organizations``.

        Parameters (name: wire name, location):
            key: ``key``, json, required
            resource_code: ``resourceCode``, json, required
            namespace_code: ``namespaceCode``, json, required
            description: ``description``, json
            label: ``label``, json
            config: ``config``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_DNEF,
            (
                key,
                resource_code,
                namespace_code,
                description,
                label,
                config,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_node_status(
        self,
        status: bool,
        department_id: str,
        **call_options: Unpack[CallOptions],
    ) -> Node:
        """``POST /api/v3/update-department-status`` -> ``Node``.

        Node-only endpoint, Node ``updateNodeStatus``; area ``organizations``.

        Parameters (name: wire name, location):
            status: ``status``, json, required
            department_id: ``departmentId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_NODE_STATUS,
            (
                status,
                department_id,
            ),
            "Node",
            _request_options(call_options),
        )

    async def update_organization(
        self,
        organization_code: str,
        description: str | None = None,
        open_department_id: str | None = None,
        leader_user_ids: List[str] | None = None,
        i18n: OrganizationNameI18nDto | Mapping[str, Any] | None = None,
        tenant_id: str | None = None,
        organization_new_code: str | None = None,
        organization_name: str | None = None,
        post_id_list: List[str] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> OrganizationDto:
        """``POST /api/v3/update-organization`` -> ``OrganizationDto``.

        Node-only endpoint, Node ``updateOrganization``; area ``organizations``.

        Parameters (name: wire name, location):
            organization_code: ``organizationCode``, json, required
            description: ``description``, json
            open_department_id: ``openDepartmentId``, json
            leader_user_ids: ``leaderUserIds``, json
            i18n: ``i18n``, json
            tenant_id: ``tenantId``, json
            organization_new_code: ``organizationNewCode``, json
            organization_name: ``organizationName``, json
            post_id_list: ``postIdList``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_ORGANIZATION,
            (
                organization_code,
                description,
                open_department_id,
                leader_user_ids,
                i18n,
                tenant_id,
                organization_new_code,
                organization_name,
                post_id_list,
            ),
            "OrganizationDto",
            _request_options(call_options),
        )

    async def update_organization_status(
        self,
        root_node_id: str,
        status: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-organization-status`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``updateOrganizationStatus``; area ``organizations``.

        Parameters (name: wire name, location):
            root_node_id: ``rootNodeId``, json, required
            status: ``status``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_ORGANIZATION_STATUS,
            (
                root_node_id,
                status,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_post(
        self,
        code: str,
        name: str,
        id: str | None = None,
        description: str | None = None,
        department_id_list: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> PostInfoDto:
        """``POST /api/v3/update-post`` -> ``PostInfoDto``.

        Node-only endpoint, Node ``updatePost``; area ``organizations``.

        Parameters (name: wire name, location):
            code: ``code``, json, required
            name: ``name``, json, required
            id: ``id``, json
            description: ``description``, json
            department_id_list: ``departmentIdList``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_POST,
            (
                code,
                name,
                id,
                description,
                department_id_list,
            ),
            "PostInfoDto",
            _request_options(call_options),
        )

    async def user_connection_post(
        self,
        user_id: str,
        post_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/user-connection-post`` -> ``None``.

        Node-only endpoint, Node ``userConnectionPost``; area ``organizations``.

        Parameters (name: wire name, location):
            user_id: ``userId``, json, required
            post_id: ``postId``, json, required
        """
        await self._call(
            _EP_USER_CONNECTION_POST,
            (
                user_id,
                post_id,
            ),
            None,
            _request_options(call_options),
        )
