# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``organizations`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        Config, DepartmentDto, DepartmentI18nDto, DepartmentSortingDto, IsSuccessDto, Node,
        OrganizationDto, OrganizationNameI18nDto, OrganizationPagingDto, PostInfoDto,
        SearchDepartmentMembersParamsDepartmentIdType, SearchDepartmentsFilterItemDto,
        SearchDepartmentsListReqDtoOrderBy, SearchDepartmentsListReqDtoSortBy,
        SetUserDepartmentDto, SetUserDepartmentsOptionsDto, UpdateDepartmentReqDtoDepartmentIdType,
        UserDto, UserPagingDto,
    )


class Organizations2Mixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``organizations``: 13 endpoints."""

    def search_department_members(
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
        return self._run_method(  # type: ignore[no-any-return]
            "search_department_members",
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
            call_options,
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
    ) -> Iterator[UserDto]:
        """Every item of ``search_department_members``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_search_department_members",
            (
                organization_code,
                department_id,
                keywords,
                limit,
                department_id_type,
                include_children_departments,
                with_custom_data,
                with_identities,
                with_department_ids,
                tenant_id,
            ),
            call_options,
        )

    def search_departments(
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
        return self._run_method(  # type: ignore[no-any-return]
            "search_departments",
            (
                keywords,
                organization_code,
                with_custom_data,
                tenant_id,
            ),
            call_options,
        )

    def search_departments_list(
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
        return self._run_method(  # type: ignore[no-any-return]
            "search_departments_list",
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
            call_options,
        )

    def search_organizations(
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
        return self._run_method(  # type: ignore[no-any-return]
            "search_organizations",
            (
                keywords,
                page,
                limit,
                with_custom_data,
                tenant_id,
            ),
            call_options,
        )

    def iter_search_organizations(
        self,
        keywords: str,
        limit: int | None = None,
        with_custom_data: bool | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[OrganizationDto]:
        """Every item of ``search_organizations``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_search_organizations",
            (
                keywords,
                limit,
                with_custom_data,
                tenant_id,
            ),
            call_options,
        )

    def set_user_departments(
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
        return self._run_method(  # type: ignore[no-any-return]
            "set_user_departments",
            (
                user_id,
                departments,
                options,
            ),
            call_options,
        )

    def set_user_posts(
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
        self._run_method(
            "set_user_posts",
            (
                post_ids,
                user_id,
            ),
            call_options,
        )

    def update_department(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_department",
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
            call_options,
        )

    def update_dnef(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_dnef",
            (
                key,
                resource_code,
                namespace_code,
                description,
                label,
                config,
            ),
            call_options,
        )

    def update_node_status(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_node_status",
            (
                status,
                department_id,
            ),
            call_options,
        )

    def update_organization(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_organization",
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
            call_options,
        )

    def update_organization_status(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_organization_status",
            (
                root_node_id,
                status,
            ),
            call_options,
        )

    def update_post(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_post",
            (
                code,
                name,
                id,
                description,
                department_id_list,
            ),
            call_options,
        )

    def user_connection_post(
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
        self._run_method(
            "user_connection_post",
            (
                user_id,
                post_id,
            ),
            call_options,
        )
