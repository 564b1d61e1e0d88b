# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``data_permissions``."""

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

_EP_AUTHORIZE_DATA_POLICIES = Endpoint(
    "authorize_data_policies",
    "POST",
    "/api/v3/authorize-data-policies",
    (
        Param("target_list", "targetList", "json", True, "list", "dict"),
        Param("policy_ids", "policyIds", "json", True, "list", "str"),
    ),
    idempotent=False,
)

_EP_CHECK_DATA_POLICY_EXISTS = Endpoint(
    "check_data_policy_exists",
    "GET",
    "/api/v3/check-data-policy-exists",
    (
        Param("policy_name", "policyName", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_CHECK_DATA_RESOURCE_EXISTS = Endpoint(
    "check_data_resource_exists",
    "GET",
    "/api/v3/check-data-resource-exists",
    (
        Param("namespace_code", "namespaceCode", "query", True, "str"),
        Param("resource_name", "resourceName", "query", False, "str"),
        Param("resource_code", "resourceCode", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_CREATE_DATA_POLICY = Endpoint(
    "create_data_policy",
    "POST",
    "/api/v3/create-data-policy",
    (
        Param("statement_list", "statementList", "json", True, "list", "dict"),
        Param("policy_name", "policyName", "json", True, "str"),
        Param("description", "description", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_DATA_RESOURCE = Endpoint(
    "create_data_resource",
    "POST",
    "/api/v3/create-data-resource",
    (
        Param("actions", "actions", "json", True, "list", "str"),
        Param("struct", "struct", "json", True, "any"),
        Param("type", "type", "json", True, "str", "any", ("TREE", "STRING", "ARRAY")),
        Param("resource_code", "resourceCode", "json", True, "str"),
        Param("resource_name", "resourceName", "json", True, "str"),
        Param("namespace_code", "namespaceCode", "json", True, "str"),
        Param("description", "description", "json", False, "str"),
        Param("extend_field_list", "extendFieldList", "json", False, "list", "dict"),
    ),
    idempotent=False,
)

_EP_CREATE_DATA_RESOURCE_BY_ARRAY = Endpoint(
    "create_data_resource_by_array",
    "POST",
    "/api/v3/create-array-data-resource",
    (
        Param("actions", "actions", "json", True, "list", "str"),
        Param("struct", "struct", "json", True, "list", "str"),
        Param("resource_code", "resourceCode", "json", True, "str"),
        Param("resource_name", "resourceName", "json", True, "str"),
        Param("namespace_code", "namespaceCode", "json", True, "str"),
        Param("description", "description", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_DATA_RESOURCE_BY_STRING = Endpoint(
    "create_data_resource_by_string",
    "POST",
    "/api/v3/create-string-data-resource",
    (
        Param("actions", "actions", "json", True, "list", "str"),
        Param("struct", "struct", "json", True, "str"),
        Param("resource_code", "resourceCode", "json", True, "str"),
        Param("resource_name", "resourceName", "json", True, "str"),
        Param("namespace_code", "namespaceCode", "json", True, "str"),
        Param("description", "description", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_DATA_RESOURCE_BY_TREE = Endpoint(
    "create_data_resource_by_tree",
    "POST",
    "/api/v3/create-tree-data-resource",
    (
        Param("actions", "actions", "json", True, "list", "str"),
        Param("struct", "struct", "json", True, "list", "dict"),
        Param("resource_code", "resourceCode", "json", True, "str"),
        Param("resource_name", "resourceName", "json", True, "str"),
        Param("namespace_code", "namespaceCode", "json", True, "str"),
        Param("description", "description", "json", False, "str"),
        Param("extend_field_list", "extendFieldList", "json", False, "list", "dict"),
    ),
    idempotent=False,
)

_EP_DELETE_DATA_POLICY = Endpoint(
    "delete_data_policy",
    "POST",
    "/api/v3/delete-data-policy",
    (
        Param("policy_id", "policyId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_DELETE_DATA_RESOURCE = Endpoint(
    "delete_data_resource",
    "POST",
    "/api/v3/delete-data-resource",
    (
        Param("resource_code", "resourceCode", "json", True, "str"),
        Param("namespace_code", "namespaceCode", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_DETAIL_AUTH_SUBJECT = Endpoint(
    "detail_auth_subject",
    "GET",
    "/api/v3/get-subject-auth-detail",
    (
        Param("target_id", "targetId", "query", True, "str"),
        Param("target_type", "targetType", "query", True, "str", "any", ("USER", "ROLE", "GROUP", "ORG", "AK_SK")),
        Param("app_id", "appId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_DATA_POLICY = Endpoint(
    "get_data_policy",
    "GET",
    "/api/v3/get-data-policy",
    (
        Param("policy_id", "policyId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_DATA_RESOURCE = Endpoint(
    "get_data_resource",
    "GET",
    "/api/v3/get-data-resource",
    (
        Param("namespace_code", "namespaceCode", "query", True, "str"),
        Param("resource_code", "resourceCode", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_LIST_AUTH_SUBJECT = Endpoint(
    "list_auth_subject",
    "POST",
    "/api/v3/list-subject-auth",
    (
        Param("target_type", "targetType", "json", True, "str", "any", ("USER", "ROLE", "GROUP", "ORG", "AK_SK")),
        Param("target_id", "targetId", "json", True, "str"),
        Param("app_name", "appName", "json", False, "str"),
        Param("app_type_list", "appTypeList", "json", False, "list", "str"),
        Param("effect", "effect", "json", False, "list", "str"),
        Param("enabled", "enabled", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_LIST_DATA_POLICES = Endpoint(
    "list_data_polices",
    "GET",
    "/api/v3/list-data-policies",
    (
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("query", "query", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_LIST_DATA_POLICY_TARGETS = Endpoint(
    "list_data_policy_targets",
    "GET",
    "/api/v3/list-data-policy-targets",
    (
        Param("policy_id", "policyId", "query", True, "str"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("query", "query", "query", False, "str"),
        Param("target_type", "targetType", "query", False, "list", "str"),
    ),
    idempotent=True,
)

_EP_LIST_DATA_RESOURCES = Endpoint(
    "list_data_resources",
    "GET",
    "/api/v3/list-data-resources",
    (
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("query", "query", "query", False, "str"),
        Param("namespace_codes", "namespaceCodes", "query", False, "list", "str"),
    ),
    idempotent=True,
)

_EP_LIST_PERMISSION_VIEW = Endpoint(
    "list_permission_view",
    "POST",
    "/api/v3/list-permission-view/data",
    (
        Param("page", "page", "json", False, "int"),
        Param("limit", "limit", "json", False, "int"),
        Param("keyword", "keyword", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_LIST_SIMPLE_DATA_POLICES = Endpoint(
    "list_simple_data_polices",
    "GET",
    "/api/v3/list-simple-data-policies",
    (
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("query", "query", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_REVOKE_DATA_POLICY = Endpoint(
    "revoke_data_policy",
    "POST",
    "/api/v3/revoke-data-policy",
    (
        Param("target_type", "targetType", "json", True, "str", "any", ("USER", "ORG", "GROUP", "ROLE")),
        Param("target_identifier", "targetIdentifier", "json", True, "str"),
        Param("policy_id", "policyId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_DATA_POLICY = Endpoint(
    "update_data_policy",
    "POST",
    "/api/v3/update-data-policy",
    (
        Param("policy_id", "policyId", "json", True, "str"),
        Param("policy_name", "policyName", "json", False, "str"),
        Param("description", "description", "json", False, "str"),
        Param("statement_list", "statementList", "json", False, "list", "dict"),
    ),
    idempotent=False,
)

_EP_UPDATE_DATA_RESOURCE = Endpoint(
    "update_data_resource",
    "POST",
    "/api/v3/update-data-resource",
    (
        Param("resource_code", "resourceCode", "json", True, "str"),
        Param("namespace_code", "namespaceCode", "json", True, "str"),
        Param("resource_name", "resourceName", "json", False, "str"),
        Param("description", "description", "json", False, "str"),
        Param("struct", "struct", "json", False, "any"),
        Param("actions", "actions", "json", False, "list", "str"),
    ),
    idempotent=False,
)


class DataPermissionsMixin(_Caller):
    """Management API, area ``data_permissions``: 22 endpoints."""

    __slots__ = ()

    async def authorize_data_policies(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_AUTHORIZE_DATA_POLICIES,
            (
                target_list,
                policy_ids,
            ),
            None,
            _request_options(call_options),
        )

    async def check_data_policy_exists(
        self,
        policy_name: str,
        **call_options: Unpack[CallOptions],
    ) -> CheckParamsDataPolicyRespDto:
        """``GET /api/v3/check-data-policy-exists`` -> ``CheckParamsDataPolicyRespDto``.

        Official python name, Node ``checkDataPolicyExists``; area ``data_permissions``.

        Parameters (name: wire name, location):
            policy_name: ``policyName``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CHECK_DATA_POLICY_EXISTS,
            (policy_name,),
            "CheckParamsDataPolicyRespDto",
            _request_options(call_options),
        )

    async def check_data_resource_exists(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CHECK_DATA_RESOURCE_EXISTS,
            (
                namespace_code,
                resource_name,
                resource_code,
            ),
            "CheckParamsDataResourceRespDto",
            _request_options(call_options),
        )

    async def create_data_policy(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_DATA_POLICY,
            (
                statement_list,
                policy_name,
                description,
            ),
            "CreateDataPolicyRespDto",
            _request_options(call_options),
        )

    async def create_data_resource(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_DATA_RESOURCE,
            (
                actions,
                struct,
                type,
                resource_code,
                resource_name,
                namespace_code,
                description,
                extend_field_list,
            ),
            "CreateDataResourceRespDto",
            _request_options(call_options),
        )

    async def create_data_resource_by_array(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_DATA_RESOURCE_BY_ARRAY,
            (
                actions,
                struct,
                resource_code,
                resource_name,
                namespace_code,
                description,
            ),
            "CreateArrayDataResourceRespDto",
            _request_options(call_options),
        )

    async def create_data_resource_by_string(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_DATA_RESOURCE_BY_STRING,
            (
                actions,
                struct,
                resource_code,
                resource_name,
                namespace_code,
                description,
            ),
            "CreateStringDataResourceRespDto",
            _request_options(call_options),
        )

    async def create_data_resource_by_tree(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_DATA_RESOURCE_BY_TREE,
            (
                actions,
                struct,
                resource_code,
                resource_name,
                namespace_code,
                description,
                extend_field_list,
            ),
            "CreateTreeDataResourceRespDto",
            _request_options(call_options),
        )

    async def delete_data_policy(
        self,
        policy_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/delete-data-policy`` -> ``None``.

        Official python name, Node ``deleteDataPolicy``; area ``data_permissions``.

        Parameters (name: wire name, location):
            policy_id: ``policyId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_DATA_POLICY,
            (policy_id,),
            None,
            _request_options(call_options),
        )

    async def delete_data_resource(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_DATA_RESOURCE,
            (
                resource_code,
                namespace_code,
            ),
            None,
            _request_options(call_options),
        )

    async def detail_auth_subject(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_DETAIL_AUTH_SUBJECT,
            (
                target_id,
                target_type,
                app_id,
            ),
            "GetSubjectAuthDataDto",
            _request_options(call_options),
        )

    async def get_data_policy(
        self,
        policy_id: str,
        **call_options: Unpack[CallOptions],
    ) -> GetDataPolicyRespDto:
        """``GET /api/v3/get-data-policy`` -> ``GetDataPolicyRespDto``.

        Official python name, Node ``getDataPolicy``; area ``data_permissions``.

        Parameters (name: wire name, location):
            policy_id: ``policyId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_DATA_POLICY,
            (policy_id,),
            "GetDataPolicyRespDto",
            _request_options(call_options),
        )

    async def get_data_resource(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_DATA_RESOURCE,
            (
                namespace_code,
                resource_code,
            ),
            "GetDataResourceRespDto",
            _request_options(call_options),
        )

    async def list_auth_subject(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_AUTH_SUBJECT,
            (
                target_type,
                target_id,
                app_name,
                app_type_list,
                effect,
                enabled,
            ),
            "ListApplicationSubjectDataListDto",
            _request_options(call_options),
        )

    async def list_data_polices(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_DATA_POLICES,
            (
                page,
                limit,
                query,
            ),
            "DataPoliciesPaginatedRespDto",
            _request_options(call_options),
        )

    async def list_data_policies(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_DATA_POLICES,
            (
                page,
                limit,
                query,
            ),
            "DataPoliciesPaginatedRespDto",
            _request_options(call_options),
        )

    def iter_list_data_polices(
        self,
        limit: int | None = None,
        query: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[ListDataPoliciesRespDto]:
        """Every item of ``list_data_polices``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_data_polices(
                page=page,
                limit=limit,
                query=query,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_data_policy_targets(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_DATA_POLICY_TARGETS,
            (
                policy_id,
                page,
                limit,
                query,
                target_type,
            ),
            "ListDataPolicySubjectPageDto",
            _request_options(call_options),
        )

    def iter_list_data_policy_targets(
        self,
        policy_id: str,
        limit: int | None = None,
        query: str | None = None,
        target_type: Sequence[ListDataPolicyTargetsParamsTargetType | str] | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[DataSubjectRespDto]:
        """Every item of ``list_data_policy_targets``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_data_policy_targets(
                page=page,
                policy_id=policy_id,
                limit=limit,
                query=query,
                target_type=target_type,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_data_resources(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_DATA_RESOURCES,
            (
                page,
                limit,
                query,
                namespace_codes,
            ),
            "DataResourcesPaginatedRespDto",
            _request_options(call_options),
        )

    def iter_list_data_resources(
        self,
        limit: int | None = None,
        query: str | None = None,
        namespace_codes: Sequence[str] | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[ListDataResourcesRespDto]:
        """Every item of ``list_data_resources``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_data_resources(
                page=page,
                limit=limit,
                query=query,
                namespace_codes=namespace_codes,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_permission_view(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_PERMISSION_VIEW,
            (
                page,
                limit,
                keyword,
            ),
            "ListPermissionViewPaginatedRespDto",
            _request_options(call_options),
        )

    def iter_list_permission_view(
        self,
        limit: int | None = None,
        keyword: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[ListPermissionViewRespDto]:
        """Every item of ``list_permission_view``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_permission_view(
                page=page,
                limit=limit,
                keyword=keyword,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_simple_data_polices(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_SIMPLE_DATA_POLICES,
            (
                page,
                limit,
                query,
            ),
            "DataPoliciesSimplePaginatedRespDto",
            _request_options(call_options),
        )

    async def list_simple_data_policies(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_SIMPLE_DATA_POLICES,
            (
                page,
                limit,
                query,
            ),
            "DataPoliciesSimplePaginatedRespDto",
            _request_options(call_options),
        )

    def iter_list_simple_data_polices(
        self,
        limit: int | None = None,
        query: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[ListSimpleDataPoliciesRespDto]:
        """Every item of ``list_simple_data_polices``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_simple_data_polices(
                page=page,
                limit=limit,
                query=query,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def revoke_data_policy(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_REVOKE_DATA_POLICY,
            (
                target_type,
                target_identifier,
                policy_id,
            ),
            None,
            _request_options(call_options),
        )

    async def update_data_policy(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_DATA_POLICY,
            (
                policy_id,
                policy_name,
                description,
                statement_list,
            ),
            "UpdateDataPolicyRespDto",
            _request_options(call_options),
        )

    async def update_data_resource(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_DATA_RESOURCE,
            (
                resource_code,
                namespace_code,
                resource_name,
                description,
                struct,
                actions,
            ),
            "UpdateDataResourceRespDto",
            _request_options(call_options),
        )
