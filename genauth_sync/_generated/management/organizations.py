# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``organizations`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        AddDepartmentMembersReqDtoDepartmentIdType, Config, CreateDepartmentReqDtoDepartmentIdType,
        CreateDnefReqValueType, CreatePostDto, DeleteDepartmentReqDtoDepartmentIdType,
        DeleteDepartmentSyncRelationReqDtoDepartmentIdType, DepartmentDto, DepartmentI18nDto,
        DepartmentPagingDto, DepartmentSortingDto, DnefPaginatedRespDto, ExtendField,
        GetAllDepartmentsParamsDepartmentIdType, GetDepartmentParamsDepartmentIdType,
        GetDepartmentSyncRelationsParamsDepartmentIdType,
        GetParentDepartmentParamsDepartmentIdType, GetUserDepartmentsParamsOrderBy,
        GetUserDepartmentsParamsSortBy, GetUserDepartmentsParamsUserIdType, IsSuccessDto,
        IsUserInDepartmentDataDto, IsUserInDepartmentParamsDepartmentIdType,
        ListChildrenDepartmentsParamsDepartmentIdType,
        ListDepartmentMemberIdsParamsDepartmentIdType, ListDepartmentMembersParamsDepartmentIdType,
        ListDepartmentMembersParamsOrderBy, ListDepartmentMembersParamsSortBy, Node,
        OrganizationDto, OrganizationNameI18nDto, OrganizationPagingDto, PostDto, PostInfoDto,
        PostItemDto, PostPagingDto, RemoveDepartmentMembersReqDtoDepartmentIdType, Result,
        SearchDepartmentMembersParamsDepartmentIdType, SearchDepartmentsFilterItemDto,
        SearchDepartmentsListReqDtoOrderBy, SearchDepartmentsListReqDtoSortBy,
        SetUserDepartmentDto, SetUserDepartmentsOptionsDto, UpdateDepartmentReqDtoDepartmentIdType,
        UserDepartmentPagingDto, UserDepartmentRespDto, UserDto, UserInfoDto, UserPagingDto,
        UserSyncRelationDto,
    )


class OrganizationsMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``organizations``: 47 endpoints."""

    def add_department_members(
        self,
        user_ids: List[str],
        organization_code: str,
        department_id: str,
        department_id_type: AddDepartmentMembersReqDtoDepartmentIdType | str | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/add-department-members`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``addDepartmentMembers``; area ``organizations``.

        Parameters (name: wire name, location):
            user_ids: ``userIds``, json, required
            organization_code: ``organizationCode``, json, required
            department_id: ``departmentId``, json, required
            department_id_type: ``departmentIdType``, json
            tenant_id: ``tenantId``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "add_department_members",
            (
                user_ids,
                organization_code,
                department_id,
                department_id_type,
                tenant_id,
            ),
            call_options,
        )

    def batch_create_dnef(
        self,
        resource_code: str,
        namespace_code: str,
        field_list: List[ExtendField | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/batch-create-dnef`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``batchCreateDnef``; area ``organizations``.

        Parameters (name: wire name, location):
            resource_code: ``resourceCode``, json, required
            namespace_code: ``namespaceCode``, json, required
            field_list: ``fieldList``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "batch_create_dnef",
            (
                resource_code,
                namespace_code,
                field_list,
            ),
            call_options,
        )

    def create_department(
        self,
        organization_code: str,
        name: str,
        parent_department_id: str,
        metadata: Any,
        open_department_id: str | None = None,
        description: str | None = None,
        code: str | None = None,
        is_virtual_node: bool | None = None,
        i18n: DepartmentI18nDto | Mapping[str, Any] | None = None,
        custom_data: Any = None,
        department_id_type: CreateDepartmentReqDtoDepartmentIdType | str | None = None,
        post_id_list: List[str] | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> DepartmentDto:
        """``POST /api/v3/create-department`` -> ``DepartmentDto``.

        Node-only endpoint, Node ``createDepartment``; area ``organizations``.

        Parameters (name: wire name, location):
            organization_code: ``organizationCode``, json, required
            name: ``name``, json, required
            parent_department_id: ``parentDepartmentId``, json, required
            metadata: ``metadata``, json, required
            open_department_id: ``openDepartmentId``, json
            description: ``description``, json
            code: ``code``, json
            is_virtual_node: ``isVirtualNode``, json
            i18n: ``i18n``, json
            custom_data: ``customData``, json
            department_id_type: ``departmentIdType``, json
            post_id_list: ``postIdList``, json
            tenant_id: ``tenantId``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_department",
            (
                organization_code,
                name,
                parent_department_id,
                metadata,
                open_department_id,
                description,
                code,
                is_virtual_node,
                i18n,
                custom_data,
                department_id_type,
                post_id_list,
                tenant_id,
            ),
            call_options,
        )

    def create_department_tree(
        self,
        name: str,
        children: List[str] | None = None,
        members: UserInfoDto | Mapping[str, Any] | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Result:
        """``POST /api/v3/create-department-tree`` -> ``Result``.

        Node-only endpoint, Node ``createDepartmentTree``; area ``organizations``.

        Parameters (name: wire name, location):
            name: ``name``, json, required
            children: ``children``, json
            members: ``members``, json
            tenant_id: ``tenantId``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_department_tree",
            (
                name,
                children,
                members,
                tenant_id,
            ),
            call_options,
        )

    def create_dnef(
        self,
        resource_code: str,
        namespace_code: str,
        label: str,
        value_type: CreateDnefReqValueType | str,
        key: str,
        description: str | None = None,
        config: Config | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/create-dnef`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``createDnef``; area ``organizations``.

        Parameters (name: wire name, location):
            resource_code: ``resourceCode``, json, required
            namespace_code: ``namespaceCode``, json, required
            label: ``label``, json, required
            value_type: ``valueType``, json, required
            key: ``key``, json, required
            description: ``description``, json
            config: ``config``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_dnef",
            (
                resource_code,
                namespace_code,
                label,
                value_type,
                key,
                description,
                config,
            ),
            call_options,
        )

    def create_organization(
        self,
        metadata: Any,
        organization_name: str,
        organization_code: str,
        description: str | None = None,
        open_department_id: str | None = None,
        i18n: OrganizationNameI18nDto | Mapping[str, Any] | None = None,
        tenant_id: str | None = None,
        post_id_list: List[str] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> OrganizationDto:
        """``POST /api/v3/create-organization`` -> ``OrganizationDto``.

        Node-only endpoint, Node ``createOrganization``; area ``organizations``.

        Parameters (name: wire name, location):
            metadata: ``metadata``, json, required
            organization_name: ``organizationName``, json, required
            organization_code: ``organizationCode``, json, required
            description: ``description``, json
            open_department_id: ``openDepartmentId``, json
            i18n: ``i18n``, json
            tenant_id: ``tenantId``, json
            post_id_list: ``postIdList``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_organization",
            (
                metadata,
                organization_name,
                organization_code,
                description,
                open_department_id,
                i18n,
                tenant_id,
                post_id_list,
            ),
            call_options,
        )

    def create_post(
        self,
        code: str,
        name: str,
        id: str | None = None,
        description: str | None = None,
        department_id_list: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> PostInfoDto:
        """``POST /api/v3/create-post`` -> ``PostInfoDto``.

        Node-only endpoint, Node ``createPost``; area ``organizations``.

        Parameters (name: wire name, location):
            code: ``code``, json, required
            name: ``name``, json, required
            id: ``id``, json
            description: ``description``, json
            department_id_list: ``departmentIdList``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_post",
            (
                code,
                name,
                id,
                description,
                department_id_list,
            ),
            call_options,
        )

    def delete_department(
        self,
        organization_code: str,
        department_id: str,
        department_id_type: DeleteDepartmentReqDtoDepartmentIdType | str | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-department`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``deleteDepartment``; area ``organizations``.

        Parameters (name: wire name, location):
            organization_code: ``organizationCode``, json, required
            department_id: ``departmentId``, json, required
            department_id_type: ``departmentIdType``, json
            tenant_id: ``tenantId``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_department",
            (
                organization_code,
                department_id,
                department_id_type,
                tenant_id,
            ),
            call_options,
        )

    def delete_department_sync_relations(
        self,
        provider: str,
        department_id: str,
        organization_code: str,
        department_id_type: DeleteDepartmentSyncRelationReqDtoDepartmentIdType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-department-sync-relations`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``deleteDepartmentSyncRelations``; area ``organizations``.

        Parameters (name: wire name, location):
            provider: ``provider``, json, required
            department_id: ``departmentId``, json, required
            organization_code: ``organizationCode``, json, required
            department_id_type: ``departmentIdType``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_department_sync_relations",
            (
                provider,
                department_id,
                organization_code,
                department_id_type,
            ),
            call_options,
        )

    def delete_dnef(
        self,
        key: str,
        resource_code: str,
        namespace_code: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-dnef`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``deleteDnef``; area ``organizations``.

        Parameters (name: wire name, location):
            key: ``key``, json, required
            resource_code: ``resourceCode``, json, required
            namespace_code: ``namespaceCode``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_dnef",
            (
                key,
                resource_code,
                namespace_code,
            ),
            call_options,
        )

    def delete_organization(
        self,
        organization_code: str,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-organization`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``deleteOrganization``; area ``organizations``.

        Parameters (name: wire name, location):
            organization_code: ``organizationCode``, json, required
            tenant_id: ``tenantId``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_organization",
            (
                organization_code,
                tenant_id,
            ),
            call_options,
        )

    def get_all_departments(
        self,
        organization_code: str,
        department_id: str | None = None,
        department_id_type: GetAllDepartmentsParamsDepartmentIdType | str | None = None,
        with_custom_data: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> DepartmentPagingDto:
        """``GET /api/v3/get-all-departments`` -> ``DepartmentPagingDto``.

        Node-only endpoint, Node ``getAllDepartments``; area ``organizations``.

        Parameters (name: wire name, location):
            organization_code: ``organizationCode``, query, required
            department_id: ``departmentId``, query
            department_id_type: ``departmentIdType``, query
            with_custom_data: ``withCustomData``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_all_departments",
            (
                organization_code,
                department_id,
                department_id_type,
                with_custom_data,
            ),
            call_options,
        )

    def get_department(
        self,
        organization_code: str | None = None,
        department_id: str | None = None,
        department_code: str | None = None,
        department_id_type: GetDepartmentParamsDepartmentIdType | str | None = None,
        with_custom_data: bool | None = None,
        flat_custom_data: bool | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> DepartmentDto:
        """``GET /api/v3/get-department`` -> ``DepartmentDto``.

        Node-only endpoint, Node ``getDepartment``; area ``organizations``.

        Parameters (name: wire name, location):
            organization_code: ``organizationCode``, query
            department_id: ``departmentId``, query
            department_code: ``departmentCode``, query
            department_id_type: ``departmentIdType``, query
            with_custom_data: ``withCustomData``, query
            flat_custom_data: ``flatCustomData``, query
            tenant_id: ``tenantId``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_department",
            (
                organization_code,
                department_id,
                department_code,
                department_id_type,
                with_custom_data,
                flat_custom_data,
                tenant_id,
            ),
            call_options,
        )

    def get_department_all_app(
        self,
        department_id: str,
        tenant_id: str | None = None,
        app_type_list: List[str] | None = None,
        with_custom_data: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> DepartmentDto:
        """``POST /api/v3/get-department-available-app`` -> ``DepartmentDto``.

        Node-only endpoint, Node ``getDepartmentAllApp``; area ``organizations``.

        Parameters (name: wire name, location):
            department_id: ``departmentId``, json, required
            tenant_id: ``tenantId``, json
            app_type_list: ``appTypeList``, json
            with_custom_data: ``withCustomData``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_department_all_app",
            (
                department_id,
                tenant_id,
                app_type_list,
                with_custom_data,
            ),
            call_options,
        )

    def get_department_by_id(
        self,
        department_id: str,
        tenant_id: str | None = None,
        app_type_list: Sequence[str] | str | None = None,
        with_custom_data: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> DepartmentDto:
        """``GET /api/v3/get-department-by-id`` -> ``DepartmentDto``.

        Node-only endpoint, Node ``getDepartmentById``; area ``organizations``.

        Parameters (name: wire name, location):
            department_id: ``departmentId``, query, required
            tenant_id: ``tenantId``, query
            app_type_list: ``appTypeList``, query
            with_custom_data: ``withCustomData``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_department_by_id",
            (
                department_id,
                tenant_id,
                app_type_list,
                with_custom_data,
            ),
            call_options,
        )

    def get_department_sync_relations(
        self,
        organization_code: str,
        department_id: str | None = None,
        department_id_type: GetDepartmentSyncRelationsParamsDepartmentIdType | str | None = None,
        with_custom_data: bool | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[UserSyncRelationDto]:
        """``GET /api/v3/get-department-sync-relations`` -> ``list[UserSyncRelationDto]``.

        Node-only endpoint, Node ``getDepartmentSyncRelations``; area ``organizations``.

        Parameters (name: wire name, location):
            organization_code: ``organizationCode``, query, required
            department_id: ``departmentId``, query
            department_id_type: ``departmentIdType``, query
            with_custom_data: ``withCustomData``, query
            tenant_id: ``tenantId``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_department_sync_relations",
            (
                organization_code,
                department_id,
                department_id_type,
                with_custom_data,
                tenant_id,
            ),
            call_options,
        )

    def get_organization(
        self,
        organization_code: str,
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> OrganizationDto:
        """``GET /api/v3/get-organization`` -> ``OrganizationDto``.

        Official python name, Node ``getOrganization``; area ``organizations``.

        Parameters (name: wire name, location):
            organization_code: ``organizationCode``, query, required
            with_custom_data: ``withCustomData``, query
            with_post: ``withPost``, query
            tenant_id: ``tenantId``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_organization",
            (
                organization_code,
                with_custom_data,
                with_post,
                tenant_id,
            ),
            call_options,
        )

    def get_organizations_batch(
        self,
        organization_code_list: Sequence[str] | str,
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[OrganizationDto]:
        """``GET /api/v3/get-organization-batch`` -> ``list[OrganizationDto]``.

        Official python name, Node ``getOrganizationsBatch``; area ``organizations``.

        Parameters (name: wire name, location):
            organization_code_list: ``organizationCodeList``, query, required
            with_custom_data: ``withCustomData``, query
            with_post: ``withPost``, query
            tenant_id: ``tenantId``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_organizations_batch",
            (
                organization_code_list,
                with_custom_data,
                with_post,
                tenant_id,
            ),
            call_options,
        )

    def get_parent_department(
        self,
        organization_code: str,
        department_id: str,
        department_id_type: GetParentDepartmentParamsDepartmentIdType | str | None = None,
        with_custom_data: bool | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> DepartmentDto:
        """``GET /api/v3/get-parent-department`` -> ``DepartmentDto``.

        Node-only endpoint, Node ``getParentDepartment``; area ``organizations``.

        Parameters (name: wire name, location):
            organization_code: ``organizationCode``, query, required
            department_id: ``departmentId``, query, required
            department_id_type: ``departmentIdType``, query
            with_custom_data: ``withCustomData``, query
            tenant_id: ``tenantId``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_parent_department",
            (
                organization_code,
                department_id,
                department_id_type,
                with_custom_data,
                tenant_id,
            ),
            call_options,
        )

    def get_post(
        self,
        code: str,
        with_custom_data: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CreatePostDto:
        """``GET /api/v3/get-post`` -> ``CreatePostDto``.

        Node-only endpoint, Node ``getPost``; area ``organizations``.

        Parameters (name: wire name, location):
            code: ``code``, query, required
            with_custom_data: ``withCustomData``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_post",
            (
                code,
                with_custom_data,
            ),
            call_options,
        )

    def get_post_by_id(
        self,
        id_list: str | None = None,
        with_custom_data: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> PostDto:
        """``POST /api/v3/get-post-by-id`` -> ``PostDto``.

        Node-only endpoint, Node ``getPostById``; area ``organizations``.

        Parameters (name: wire name, location):
            id_list: ``idList``, json
            with_custom_data: ``withCustomData``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_post_by_id",
            (
                id_list,
                with_custom_data,
            ),
            call_options,
        )

    def get_user_departments(
        self,
        user_id: str,
        user_id_type: GetUserDepartmentsParamsUserIdType | str | None = None,
        page: int | None = None,
        limit: int | None = None,
        with_custom_data: bool | None = None,
        with_department_paths: bool | None = None,
        sort_by: GetUserDepartmentsParamsSortBy | str | None = None,
        order_by: GetUserDepartmentsParamsOrderBy | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UserDepartmentPagingDto:
        """``GET /api/v3/get-user-departments`` -> ``UserDepartmentPagingDto``.

        Node-only endpoint, Node ``getUserDepartments``; area ``organizations``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            user_id_type: ``userIdType``, query
            page: ``page``, query
            limit: ``limit``, query
            with_custom_data: ``withCustomData``, query
            with_department_paths: ``withDepartmentPaths``, query
            sort_by: ``sortBy``, query
            order_by: ``orderBy``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_departments",
            (
                user_id,
                user_id_type,
                page,
                limit,
                with_custom_data,
                with_department_paths,
                sort_by,
                order_by,
            ),
            call_options,
        )

    def iter_get_user_departments(
        self,
        user_id: str,
        user_id_type: GetUserDepartmentsParamsUserIdType | str | None = None,
        limit: int | None = None,
        with_custom_data: bool | None = None,
        with_department_paths: bool | None = None,
        sort_by: GetUserDepartmentsParamsSortBy | str | None = None,
        order_by: GetUserDepartmentsParamsOrderBy | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[UserDepartmentRespDto]:
        """Every item of ``get_user_departments``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_get_user_departments",
            (
                user_id,
                user_id_type,
                limit,
                with_custom_data,
                with_department_paths,
                sort_by,
                order_by,
            ),
            call_options,
        )

    def get_user_post(
        self,
        user_id: str,
        with_custom_data: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CreatePostDto:
        """``GET /api/v3/get-user-post`` -> ``CreatePostDto``.

        Node-only endpoint, Node ``getUserPost``; area ``organizations``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            with_custom_data: ``withCustomData``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_post",
            (
                user_id,
                with_custom_data,
            ),
            call_options,
        )

    def get_user_posts(
        self,
        user_id: str,
        with_custom_data: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[PostDto]:
        """``GET /api/v3/get-user-posts`` -> ``list[PostDto]``.

        Node-only endpoint, Node ``getUserPosts``; area ``organizations``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            with_custom_data: ``withCustomData``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_posts",
            (
                user_id,
                with_custom_data,
            ),
            call_options,
        )

    def is_user_in_department(
        self,
        user_id: str,
        organization_code: str,
        department_id: str,
        department_id_type: IsUserInDepartmentParamsDepartmentIdType | str | None = None,
        include_children_departments: bool | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsUserInDepartmentDataDto:
        """``GET /api/v3/is-user-in-department`` -> ``IsUserInDepartmentDataDto``.

        Node-only endpoint, Node ``isUserInDepartment``; area ``organizations``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            organization_code: ``organizationCode``, query, required
            department_id: ``departmentId``, query, required
            department_id_type: ``departmentIdType``, query
            include_children_departments: ``includeChildrenDepartments``, query
            tenant_id: ``tenantId``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "is_user_in_department",
            (
                user_id,
                organization_code,
                department_id,
                department_id_type,
                include_children_departments,
                tenant_id,
            ),
            call_options,
        )

    def list_children_departments(
        self,
        organization_code: str,
        department_id: str,
        status: bool | None = None,
        department_id_type: ListChildrenDepartmentsParamsDepartmentIdType | str | None = None,
        exclude_virtual_node: bool | None = None,
        only_virtual_node: bool | None = None,
        with_custom_data: bool | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> DepartmentPagingDto:
        """``GET /api/v3/list-children-departments`` -> ``DepartmentPagingDto``.

        Node-only endpoint, Node ``listChildrenDepartments``; area ``organizations``.

        Parameters (name: wire name, location):
            organization_code: ``organizationCode``, query, required
            department_id: ``departmentId``, query, required
            status: ``status``, query
            department_id_type: ``departmentIdType``, query
            exclude_virtual_node: ``excludeVirtualNode``, query
            only_virtual_node: ``onlyVirtualNode``, query
            with_custom_data: ``withCustomData``, query
            tenant_id: ``tenantId``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_children_departments",
            (
                organization_code,
                department_id,
                status,
                department_id_type,
                exclude_virtual_node,
                only_virtual_node,
                with_custom_data,
                tenant_id,
            ),
            call_options,
        )

    def list_department_member_ids(
        self,
        organization_code: str,
        department_id: str,
        department_id_type: ListDepartmentMemberIdsParamsDepartmentIdType | str | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[str]:
        """``GET /api/v3/list-department-member-ids`` -> ``list[str]``.

        Node-only endpoint, Node ``listDepartmentMemberIds``; area ``organizations``.

        Parameters (name: wire name, location):
            organization_code: ``organizationCode``, query, required
            department_id: ``departmentId``, query, required
            department_id_type: ``departmentIdType``, query
            tenant_id: ``tenantId``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_department_member_ids",
            (
                organization_code,
                department_id,
                department_id_type,
                tenant_id,
            ),
            call_options,
        )

    def list_department_members(
        self,
        organization_code: str,
        department_id: str,
        sort_by: ListDepartmentMembersParamsSortBy | str | None = None,
        order_by: ListDepartmentMembersParamsOrderBy | str | None = None,
        department_id_type: ListDepartmentMembersParamsDepartmentIdType | str | None = None,
        include_children_departments: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
        with_custom_data: bool | None = None,
        with_identities: bool | None = None,
        with_department_ids: bool | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UserPagingDto:
        """``GET /api/v3/list-department-members`` -> ``UserPagingDto``.

        Node-only endpoint, Node ``listDepartmentMembers``; area ``organizations``.

        Parameters (name: wire name, location):
            organization_code: ``organizationCode``, query, required
            department_id: ``departmentId``, query, required
            sort_by: ``sortBy``, query
            order_by: ``orderBy``, query
            department_id_type: ``departmentIdType``, query
            include_children_departments: ``includeChildrenDepartments``, query
            page: ``page``, query
            limit: ``limit``, query
            with_custom_data: ``withCustomData``, query
            with_identities: ``withIdentities``, query
            with_department_ids: ``withDepartmentIds``, query
            tenant_id: ``tenantId``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_department_members",
            (
                organization_code,
                department_id,
                sort_by,
                order_by,
                department_id_type,
                include_children_departments,
                page,
                limit,
                with_custom_data,
                with_identities,
                with_department_ids,
                tenant_id,
            ),
            call_options,
        )

    def iter_list_department_members(
        self,
        organization_code: str,
        department_id: str,
        sort_by: ListDepartmentMembersParamsSortBy | str | None = None,
        order_by: ListDepartmentMembersParamsOrderBy | str | None = None,
        department_id_type: ListDepartmentMembersParamsDepartmentIdType | str | None = None,
        include_children_departments: bool | None = None,
        limit: int | None = None,
        with_custom_data: bool | None = None,
        with_identities: bool | None = None,
        with_department_ids: bool | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[UserDto]:
        """Every item of ``list_department_members``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_department_members",
            (
                organization_code,
                department_id,
                sort_by,
                order_by,
                department_id_type,
                include_children_departments,
                limit,
                with_custom_data,
                with_identities,
                with_department_ids,
                tenant_id,
            ),
            call_options,
        )

    def list_dnef(
        self,
        namespace_code: str,
        resource_code: str,
        start_index: int | None = None,
        max_size: int | None = None,
        query: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> DnefPaginatedRespDto:
        """``GET /api/v3/list-dnef`` -> ``DnefPaginatedRespDto``.

        Node-only endpoint, Node ``listDnef``; area ``organizations``.

        Parameters (name: wire name, location):
            namespace_code: ``namespaceCode``, query, required
            resource_code: ``resourceCode``, query, required
            start_index: ``startIndex``, query
            max_size: ``maxSize``, query
            query: ``query``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_dnef",
            (
                namespace_code,
                resource_code,
                start_index,
                max_size,
                query,
            ),
            call_options,
        )

    def list_organizations(
        self,
        page: int | None = None,
        limit: int | None = None,
        fetch_all: bool | None = None,
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        tenant_id: str | None = None,
        status: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> OrganizationPagingDto:
        """``GET /api/v3/list-organizations`` -> ``OrganizationPagingDto``.

        Official python name, Node ``listOrganizations``; area ``organizations``.

        Parameters (name: wire name, location):
            page: ``page``, query
            limit: ``limit``, query
            fetch_all: ``fetchAll``, query
            with_custom_data: ``withCustomData``, query
            with_post: ``withPost``, query
            tenant_id: ``tenantId``, query
            status: ``status``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_organizations",
            (
                page,
                limit,
                fetch_all,
                with_custom_data,
                with_post,
                tenant_id,
                status,
            ),
            call_options,
        )

    def iter_list_organizations(
        self,
        limit: int | None = None,
        fetch_all: bool | None = None,
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        tenant_id: str | None = None,
        status: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[OrganizationDto]:
        """Every item of ``list_organizations``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_organizations",
            (
                limit,
                fetch_all,
                with_custom_data,
                with_post,
                tenant_id,
                status,
            ),
            call_options,
        )

    def post_list(
        self,
        keywords: str | None = None,
        skip_count: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
        with_metadata: bool | None = None,
        with_custom_data: bool | None = None,
        flat_custom_data: bool | None = None,
        metadata_no_field_id: bool | None = None,
        created_after: int | None = None,
        created_before: int | None = None,
        updated_after: int | None = None,
        updated_before: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> PostPagingDto:
        """``GET /api/v3/list-post`` -> ``PostPagingDto``.

        Node-only endpoint, Node ``postList``; area ``organizations``.

        Parameters (name: wire name, location):
            keywords: ``keywords``, query
            skip_count: ``skipCount``, query
            page: ``page``, query
            limit: ``limit``, query
            with_metadata: ``withMetadata``, query
            with_custom_data: ``withCustomData``, query
            flat_custom_data: ``flatCustomData``, query
            metadata_no_field_id: ``metadataNoFieldId``, query
            created_after: ``createdAfter``, query
            created_before: ``createdBefore``, query
            updated_after: ``updatedAfter``, query
            updated_before: ``updatedBefore``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "post_list",
            (
                keywords,
                skip_count,
                page,
                limit,
                with_metadata,
                with_custom_data,
                flat_custom_data,
                metadata_no_field_id,
                created_after,
                created_before,
                updated_after,
                updated_before,
            ),
            call_options,
        )

    def iter_post_list(
        self,
        keywords: str | None = None,
        skip_count: bool | None = None,
        limit: int | None = None,
        with_metadata: bool | None = None,
        with_custom_data: bool | None = None,
        flat_custom_data: bool | None = None,
        metadata_no_field_id: bool | None = None,
        created_after: int | None = None,
        created_before: int | None = None,
        updated_after: int | None = None,
        updated_before: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[PostItemDto]:
        """Every item of ``post_list``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_post_list",
            (
                keywords,
                skip_count,
                limit,
                with_metadata,
                with_custom_data,
                flat_custom_data,
                metadata_no_field_id,
                created_after,
                created_before,
                updated_after,
                updated_before,
            ),
            call_options,
        )

    def post_list_batch(
        self,
        keywords: str | None = None,
        skip_count: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
        with_metadata: bool | None = None,
        with_custom_data: bool | None = None,
        flat_custom_data: bool | None = None,
        metadata_no_field_id: bool | None = None,
        created_after: int | None = None,
        created_before: int | None = None,
        updated_after: int | None = None,
        updated_before: int | None = None,
        post_codes: List[str] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> PostPagingDto:
        """``POST /api/v3/list-post`` -> ``PostPagingDto``.

        Node-only endpoint, Node ``postListBatch``; area ``organizations``.

        Parameters (name: wire name, location):
            keywords: ``keywords``, json
            skip_count: ``skipCount``, json
            page: ``page``, json
            limit: ``limit``, json
            with_metadata: ``withMetadata``, json
            with_custom_data: ``withCustomData``, json
            flat_custom_data: ``flatCustomData``, json
            metadata_no_field_id: ``metadataNoFieldId``, json
            created_after: ``createdAfter``, json
            created_before: ``createdBefore``, json
            updated_after: ``updatedAfter``, json
            updated_before: ``updatedBefore``, json
            post_codes: ``postCodes``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "post_list_batch",
            (
                keywords,
                skip_count,
                page,
                limit,
                with_metadata,
                with_custom_data,
                flat_custom_data,
                metadata_no_field_id,
                created_after,
                created_before,
                updated_after,
                updated_before,
                post_codes,
            ),
            call_options,
        )

    def iter_post_list_batch(
        self,
        keywords: str | None = None,
        skip_count: bool | None = None,
        limit: int | None = None,
        with_metadata: bool | None = None,
        with_custom_data: bool | None = None,
        flat_custom_data: bool | None = None,
        metadata_no_field_id: bool | None = None,
        created_after: int | None = None,
        created_before: int | None = None,
        updated_after: int | None = None,
        updated_before: int | None = None,
        post_codes: List[str] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[PostItemDto]:
        """Every item of ``post_list_batch``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_post_list_batch",
            (
                keywords,
                skip_count,
                limit,
                with_metadata,
                with_custom_data,
                flat_custom_data,
                metadata_no_field_id,
                created_after,
                created_before,
                updated_after,
                updated_before,
                post_codes,
            ),
            call_options,
        )

    def remove_department_members(
        self,
        user_ids: List[str],
        organization_code: str,
        department_id: str,
        department_id_type: RemoveDepartmentMembersReqDtoDepartmentIdType | str | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/remove-department-members`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``removeDepartmentMembers``; area ``organizations``.

        Parameters (name: wire name, location):
            user_ids: ``userIds``, json, required
            organization_code: ``organizationCode``, json, required
            department_id: ``departmentId``, json, required
            department_id_type: ``departmentIdType``, json
            tenant_id: ``tenantId``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "remove_department_members",
            (
                user_ids,
                organization_code,
                department_id,
                department_id_type,
                tenant_id,
            ),
            call_options,
        )

    def remove_post(
        self,
        code: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/remove-post`` -> ``None``.

        Node-only endpoint, Node ``removePost``; area ``organizations``.

        Parameters (name: wire name, location):
            code: ``code``, json, required
        """
        self._run_method(
            "remove_post",
            (code,),
            call_options,
        )

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
