# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``data_permissions`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        CheckParamsDataPolicyRespDto, CheckParamsDataResourceRespDto,
        CreateArrayDataResourceRespDto, CreateDataPolicyRespDto, CreateDataResourceDtoType,
        CreateDataResourceRespDto, CreateStringDataResourceRespDto, CreateTreeDataResourceRespDto,
        DataPoliciesPaginatedRespDto, DataPoliciesSimplePaginatedRespDto, DataResourceTreeStructs,
        DataResourcesPaginatedRespDto, DataStatementPermissionDto, DataSubjectRespDto,
        DeleteAuthorizeDataPolicyDtoTargetType, DetailAuthSubjectParamsTargetType, ExtendField,
        GetDataPolicyRespDto, GetDataResourceRespDto, GetSubjectAuthDataDto,
        ListApplicationSubjectDataListDto, ListAuthSubjectDtoTargetType, ListDataPoliciesRespDto,
        ListDataPolicySubjectPageDto, ListDataPolicyTargetsParamsTargetType,
        ListDataResourcesRespDto, ListPermissionViewPaginatedRespDto, ListPermissionViewRespDto,
        ListSimpleDataPoliciesRespDto, SubjectDto, UpdateDataPolicyRespDto,
        UpdateDataResourceRespDto,
    )


class DataPermissionsMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``data_permissions``: 22 endpoints."""

    def authorize_data_policies(
        self,
        target_list: List[SubjectDto | Mapping[str, Any]],
        policy_ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/authorize-data-policies`` -> ``None``.

        Official python name, Node ``authorizeDataPolicies``; area ``data_permissions``.

        Parameters (name: wire name, location):
            target_list: ``targetList``, json, required
            policy_ids: ``policyIds``, json, required
        """
        self._run_method(
            "authorize_data_policies",
            (
                target_list,
                policy_ids,
            ),
            call_options,
        )

    def check_data_policy_exists(
        self,
        policy_name: str,
        **call_options: Unpack[CallOptions],
    ) -> CheckParamsDataPolicyRespDto:
        """``GET /api/v3/check-data-policy-exists`` -> ``CheckParamsDataPolicyRespDto``.

        Official python name, Node ``checkDataPolicyExists``; area ``data_permissions``.

        Parameters (name: wire name, location):
            policy_name: ``policyName``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "check_data_policy_exists",
            (policy_name,),
            call_options,
        )

    def check_data_resource_exists(
        self,
        namespace_code: str,
        resource_name: str | None = None,
        resource_code: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CheckParamsDataResourceRespDto:
        """``GET /api/v3/check-data-resource-exists`` -> ``CheckParamsDataResourceRespDto``.

        Official python name, Node ``checkDataResourceExists``; area ``data_permissions``.

        Parameters (name: wire name, location):
            namespace_code: ``namespaceCode``, query, required
            resource_name: ``resourceName``, query
            resource_code: ``resourceCode``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "check_data_resource_exists",
            (
                namespace_code,
                resource_name,
                resource_code,
            ),
            call_options,
        )

    def create_data_policy(
        self,
        statement_list: List[DataStatementPermissionDto | Mapping[str, Any]],
        policy_name: str,
        description: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CreateDataPolicyRespDto:
        """``POST /api/v3/create-data-policy`` -> ``CreateDataPolicyRespDto``.

        Official python name, Node ``createDataPolicy``; area ``data_permissions``.

        Parameters (name: wire name, location):
            statement_list: ``statementList``, json, required
            policy_name: ``policyName``, json, required
            description: ``description``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_data_policy",
            (
                statement_list,
                policy_name,
                description,
            ),
            call_options,
        )

    def create_data_resource(
        self,
        actions: List[str],
        struct: DataResourceTreeStructs | Mapping[str, Any] | str | List[str],
        type: CreateDataResourceDtoType | str,
        resource_code: str,
        resource_name: str,
        namespace_code: str,
        description: str | None = None,
        *,
        extend_field_list: List[ExtendField | Mapping[str, Any]] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CreateDataResourceRespDto:
        """``POST /api/v3/create-data-resource`` -> ``CreateDataResourceRespDto``.

        Official python name, Node ``createDataResource``; area ``data_permissions``.

        Parameters (name: wire name, location):
            actions: ``actions``, json, required
            struct: ``struct``, json, required
            type: ``type``, json, required
            resource_code: ``resourceCode``, json, required
            resource_name: ``resourceName``, json, required
            namespace_code: ``namespaceCode``, json, required
            description: ``description``, json
            extend_field_list: ``extendFieldList``, json, keyword-only (Node SDK field)
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_data_resource",
            (
                actions,
                struct,
                type,
                resource_code,
                resource_name,
                namespace_code,
                description,
            ),
            {
                "extend_field_list": extend_field_list,
                **call_options,
            },
        )

    def create_data_resource_by_array(
        self,
        actions: List[str],
        struct: List[str],
        resource_code: str,
        resource_name: str,
        namespace_code: str,
        description: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CreateArrayDataResourceRespDto:
        """``POST /api/v3/create-array-data-resource`` -> ``CreateArrayDataResourceRespDto``.

        Official python name, Node ``createDataResourceByArray``; area ``data_permissions``.

        Parameters (name: wire name, location):
            actions: ``actions``, json, required
            struct: ``struct``, json, required
            resource_code: ``resourceCode``, json, required
            resource_name: ``resourceName``, json, required
            namespace_code: ``namespaceCode``, json, required
            description: ``description``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_data_resource_by_array",
            (
                actions,
                struct,
                resource_code,
                resource_name,
                namespace_code,
                description,
            ),
            call_options,
        )

    def create_data_resource_by_string(
        self,
        actions: List[str],
        struct: str,
        resource_code: str,
        resource_name: str,
        namespace_code: str,
        description: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CreateStringDataResourceRespDto:
        """``POST /api/v3/create-string-data-resource`` -> ``CreateStringDataResourceRespDto``.

        Official python name, Node ``createDataResourceByString``; area ``data_permissions``.

        Parameters (name: wire name, location):
            actions: ``actions``, json, required
            struct: ``struct``, json, required
            resource_code: ``resourceCode``, json, required
            resource_name: ``resourceName``, json, required
            namespace_code: ``namespaceCode``, json, required
            description: ``description``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_data_resource_by_string",
            (
                actions,
                struct,
                resource_code,
                resource_name,
                namespace_code,
                description,
            ),
            call_options,
        )

    def create_data_resource_by_tree(
        self,
        actions: List[str],
        struct: List[DataResourceTreeStructs | Mapping[str, Any]],
        resource_code: str,
        resource_name: str,
        namespace_code: str,
        description: str | None = None,
        *,
        extend_field_list: List[ExtendField | Mapping[str, Any]] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CreateTreeDataResourceRespDto:
        """``POST /api/v3/create-tree-data-resource`` -> ``CreateTreeDataResourceRespDto``.

        Official python name, Node ``createDataResourceByTree``; area ``data_permissions``.

        Parameters (name: wire name, location):
            actions: ``actions``, json, required
            struct: ``struct``, json, required
            resource_code: ``resourceCode``, json, required
            resource_name: ``resourceName``, json, required
            namespace_code: ``namespaceCode``, json, required
            description: ``description``, json
            extend_field_list: ``extendFieldList``, json, keyword-only (Node SDK field)
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_data_resource_by_tree",
            (
                actions,
                struct,
                resource_code,
                resource_name,
                namespace_code,
                description,
            ),
            {
                "extend_field_list": extend_field_list,
                **call_options,
            },
        )

    def delete_data_policy(
        self,
        policy_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/delete-data-policy`` -> ``None``.

        Official python name, Node ``deleteDataPolicy``; area ``data_permissions``.

        Parameters (name: wire name, location):
            policy_id: ``policyId``, json, required
        """
        self._run_method(
            "delete_data_policy",
            (policy_id,),
            call_options,
        )

    def delete_data_resource(
        self,
        resource_code: str,
        namespace_code: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/delete-data-resource`` -> ``None``.

        Official python name, Node ``deleteDataResource``; area ``data_permissions``.

        Parameters (name: wire name, location):
            resource_code: ``resourceCode``, json, required
            namespace_code: ``namespaceCode``, json, required
        """
        self._run_method(
            "delete_data_resource",
            (
                resource_code,
                namespace_code,
            ),
            call_options,
        )

    def detail_auth_subject(
        self,
        target_id: str,
        target_type: DetailAuthSubjectParamsTargetType | str,
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> GetSubjectAuthDataDto:
        """``GET /api/v3/get-subject-auth-detail`` -> ``GetSubjectAuthDataDto``.

        Official python name, Node ``detailAuthSubject``; area ``data_permissions``.

        Parameters (name: wire name, location):
            target_id: ``targetId``, query, required
            target_type: ``targetType``, query, required
            app_id: ``appId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "detail_auth_subject",
            (
                target_id,
                target_type,
                app_id,
            ),
            call_options,
        )

    def get_data_policy(
        self,
        policy_id: str,
        **call_options: Unpack[CallOptions],
    ) -> GetDataPolicyRespDto:
        """``GET /api/v3/get-data-policy`` -> ``GetDataPolicyRespDto``.

        Official python name, Node ``getDataPolicy``; area ``data_permissions``.

        Parameters (name: wire name, location):
            policy_id: ``policyId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_data_policy",
            (policy_id,),
            call_options,
        )

    def get_data_resource(
        self,
        namespace_code: str,
        resource_code: str,
        **call_options: Unpack[CallOptions],
    ) -> GetDataResourceRespDto:
        """``GET /api/v3/get-data-resource`` -> ``GetDataResourceRespDto``.

        Official python name, Node ``getDataResource``; area ``data_permissions``.

        Parameters (name: wire name, location):
            namespace_code: ``namespaceCode``, query, required
            resource_code: ``resourceCode``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_data_resource",
            (
                namespace_code,
                resource_code,
            ),
            call_options,
        )

    def list_auth_subject(
        self,
        target_type: ListAuthSubjectDtoTargetType | str,
        target_id: str,
        app_name: str | None = None,
        app_type_list: List[str] | None = None,
        effect: List[str] | None = None,
        enabled: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ListApplicationSubjectDataListDto:
        """``POST /api/v3/list-subject-auth`` -> ``ListApplicationSubjectDataListDto``.

        Official python name, Node ``listAuthSubject``; area ``data_permissions``.

        Parameters (name: wire name, location):
            target_type: ``targetType``, json, required
            target_id: ``targetId``, json, required
            app_name: ``appName``, json
            app_type_list: ``appTypeList``, json
            effect: ``effect``, json
            enabled: ``enabled``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_auth_subject",
            (
                target_type,
                target_id,
                app_name,
                app_type_list,
                effect,
                enabled,
            ),
            call_options,
        )

    def list_data_polices(
        self,
        page: int | None = None,
        limit: int | None = None,
        query: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> DataPoliciesPaginatedRespDto:
        """``GET /api/v3/list-data-policies`` -> ``DataPoliciesPaginatedRespDto``.

        Official python name, Node ``listDataPolices``; area ``data_permissions``.

        Parameters (name: wire name, location):
            page: ``page``, query
            limit: ``limit``, query
            query: ``query``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_data_polices",
            (
                page,
                limit,
                query,
            ),
            call_options,
        )

    def list_data_policies(
        self,
        page: int | None = None,
        limit: int | None = None,
        query: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> DataPoliciesPaginatedRespDto:
        """``GET /api/v3/list-data-policies`` -> ``DataPoliciesPaginatedRespDto``.

        Correctly spelled alias of ``list_data_polices`` (same endpoint).

        Parameters (name: wire name, location):
            page: ``page``, query
            limit: ``limit``, query
            query: ``query``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_data_policies",
            (
                page,
                limit,
                query,
            ),
            call_options,
        )

    def iter_list_data_polices(
        self,
        limit: int | None = None,
        query: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[ListDataPoliciesRespDto]:
        """Every item of ``list_data_polices``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_data_polices",
            (
                limit,
                query,
            ),
            call_options,
        )

    def list_data_policy_targets(
        self,
        policy_id: str,
        page: int | None = None,
        limit: int | None = None,
        query: str | None = None,
        target_type: Sequence[ListDataPolicyTargetsParamsTargetType | str] | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ListDataPolicySubjectPageDto:
        """``GET /api/v3/list-data-policy-targets`` -> ``ListDataPolicySubjectPageDto``.

        Official python name, Node ``listDataPolicyTargets``; area ``data_permissions``.

        Parameters (name: wire name, location):
            policy_id: ``policyId``, query, required
            page: ``page``, query
            limit: ``limit``, query
            query: ``query``, query
            target_type: ``targetType``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_data_policy_targets",
            (
                policy_id,
                page,
                limit,
                query,
                target_type,
            ),
            call_options,
        )

    def iter_list_data_policy_targets(
        self,
        policy_id: str,
        limit: int | None = None,
        query: str | None = None,
        target_type: Sequence[ListDataPolicyTargetsParamsTargetType | str] | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[DataSubjectRespDto]:
        """Every item of ``list_data_policy_targets``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_data_policy_targets",
            (
                policy_id,
                limit,
                query,
                target_type,
            ),
            call_options,
        )

    def list_data_resources(
        self,
        page: int | None = None,
        limit: int | None = None,
        query: str | None = None,
        namespace_codes: Sequence[str] | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> DataResourcesPaginatedRespDto:
        """``GET /api/v3/list-data-resources`` -> ``DataResourcesPaginatedRespDto``.

        Official python name, Node ``listDataResources``; area ``data_permissions``.

        Parameters (name: wire name, location):
            page: ``page``, query
            limit: ``limit``, query
            query: ``query``, query
            namespace_codes: ``namespaceCodes``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_data_resources",
            (
                page,
                limit,
                query,
                namespace_codes,
            ),
            call_options,
        )

    def iter_list_data_resources(
        self,
        limit: int | None = None,
        query: str | None = None,
        namespace_codes: Sequence[str] | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[ListDataResourcesRespDto]:
        """Every item of ``list_data_resources``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_data_resources",
            (
                limit,
                query,
                namespace_codes,
            ),
            call_options,
        )

    def list_permission_view(
        self,
        page: int | None = None,
        limit: int | None = None,
        keyword: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ListPermissionViewPaginatedRespDto:
        """``POST /api/v3/list-permission-view/data`` -> ``ListPermissionViewPaginatedRespDto``.

        Official python name, Node ``listPermissionView``; area ``data_permissions``.

        Parameters (name: wire name, location):
            page: ``page``, json
            limit: ``limit``, json
            keyword: ``keyword``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_permission_view",
            (
                page,
                limit,
                keyword,
            ),
            call_options,
        )

    def iter_list_permission_view(
        self,
        limit: int | None = None,
        keyword: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[ListPermissionViewRespDto]:
        """Every item of ``list_permission_view``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_permission_view",
            (
                limit,
                keyword,
            ),
            call_options,
        )

    def list_simple_data_polices(
        self,
        page: int | None = None,
        limit: int | None = None,
        query: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> DataPoliciesSimplePaginatedRespDto:
        """``GET /api/v3/list-simple-data-policies`` -> ``DataPoliciesSimplePaginatedRespDto``.

        Official python name, Node ``listSimpleDataPolices``; area ``data_permissions``.

        Parameters (name: wire name, location):
            page: ``page``, query
            limit: ``limit``, query
            query: ``query``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_simple_data_polices",
            (
                page,
                limit,
                query,
            ),
            call_options,
        )

    def list_simple_data_policies(
        self,
        page: int | None = None,
        limit: int | None = None,
        query: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> DataPoliciesSimplePaginatedRespDto:
        """``GET /api/v3/list-simple-data-policies`` -> ``DataPoliciesSimplePaginatedRespDto``.

        Correctly spelled alias of ``list_simple_data_polices`` (same endpoint).

        Parameters (name: wire name, location):
            page: ``page``, query
            limit: ``limit``, query
            query: ``query``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_simple_data_policies",
            (
                page,
                limit,
                query,
            ),
            call_options,
        )

    def iter_list_simple_data_polices(
        self,
        limit: int | None = None,
        query: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[ListSimpleDataPoliciesRespDto]:
        """Every item of ``list_simple_data_polices``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_simple_data_polices",
            (
                limit,
                query,
            ),
            call_options,
        )

    def revoke_data_policy(
        self,
        target_type: DeleteAuthorizeDataPolicyDtoTargetType | str,
        target_identifier: str,
        policy_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/revoke-data-policy`` -> ``None``.

        Official python name, Node ``revokeDataPolicy``; area ``data_permissions``.

        Parameters (name: wire name, location):
            target_type: ``targetType``, json, required
            target_identifier: ``targetIdentifier``, json, required
            policy_id: ``policyId``, json, required
        """
        self._run_method(
            "revoke_data_policy",
            (
                target_type,
                target_identifier,
                policy_id,
            ),
            call_options,
        )

    def update_data_policy(
        self,
        policy_id: str,
        policy_name: str | None = None,
        description: str | None = None,
        statement_list: List[DataStatementPermissionDto | Mapping[str, Any]] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UpdateDataPolicyRespDto:
        """``POST /api/v3/update-data-policy`` -> ``UpdateDataPolicyRespDto``.

        Official python name, Node ``updateDataPolicy``; area ``data_permissions``.

        Parameters (name: wire name, location):
            policy_id: ``policyId``, json, required
            policy_name: ``policyName``, json
            description: ``description``, json
            statement_list: ``statementList``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_data_policy",
            (
                policy_id,
                policy_name,
                description,
                statement_list,
            ),
            call_options,
        )

    def update_data_resource(
        self,
        resource_code: str,
        namespace_code: str,
        resource_name: str | None = None,
        description: str | None = None,
        struct: DataResourceTreeStructs | Mapping[str, Any] | str | List[str] | None = None,
        actions: List[str] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UpdateDataResourceRespDto:
        """``POST /api/v3/update-data-resource`` -> ``UpdateDataResourceRespDto``.

        Official python name, Node ``updateDataResource``; area ``data_permissions``.

        Parameters (name: wire name, location):
            resource_code: ``resourceCode``, json, required
            namespace_code: ``namespaceCode``, json, required
            resource_name: ``resourceName``, json
            description: ``description``, json
            struct: ``struct``, json
            actions: ``actions``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_data_resource",
            (
                resource_code,
                namespace_code,
                resource_name,
                description,
                struct,
                actions,
            ),
            call_options,
        )
