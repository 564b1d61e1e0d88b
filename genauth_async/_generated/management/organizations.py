# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``organizations``."""

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

_EP_ADD_DEPARTMENT_MEMBERS = Endpoint(
    "add_department_members",
    "POST",
    "/api/v3/add-department-members",
    (
        Param("user_ids", "userIds", "json", True, "list", "str"),
        Param("organization_code", "organizationCode", "json", True, "str"),
        Param("department_id", "departmentId", "json", True, "str"),
        Param("department_id_type", "departmentIdType", "json", False, "str", "any", ("department_id", "open_department_id", "sync_relation", "custom_field", "code")),
        Param("tenant_id", "tenantId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_BATCH_CREATE_DNEF = Endpoint(
    "batch_create_dnef",
    "POST",
    "/api/v3/batch-create-dnef",
    (
        Param("resource_code", "resourceCode", "json", True, "str"),
        Param("namespace_code", "namespaceCode", "json", True, "str"),
        Param("field_list", "fieldList", "json", True, "list", "dict"),
    ),
    idempotent=False,
)

_EP_CREATE_DEPARTMENT = Endpoint(
    "create_department",
    "POST",
    "/api/v3/create-department",
    (
        Param("organization_code", "organizationCode", "json", True, "str"),
        Param("name", "name", "json", True, "str"),
        Param("parent_department_id", "parentDepartmentId", "json", True, "str"),
        Param("metadata", "metadata", "json", True, "any"),
        Param("open_department_id", "openDepartmentId", "json", False, "str"),
        Param("description", "description", "json", False, "str"),
        Param("code", "code", "json", False, "str"),
        Param("is_virtual_node", "isVirtualNode", "json", False, "bool"),
        Param("i18n", "i18n", "json", False, "dict"),
        Param("custom_data", "customData", "json", False, "any"),
        Param("department_id_type", "departmentIdType", "json", False, "str", "any", ("department_id", "open_department_id", "sync_relation", "custom_field", "code")),
        Param("post_id_list", "postIdList", "json", False, "list", "str"),
        Param("tenant_id", "tenantId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_DEPARTMENT_TREE = Endpoint(
    "create_department_tree",
    "POST",
    "/api/v3/create-department-tree",
    (
        Param("name", "name", "json", True, "str"),
        Param("children", "children", "json", False, "list", "str"),
        Param("members", "members", "json", False, "dict"),
        Param("tenant_id", "tenantId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_DNEF = Endpoint(
    "create_dnef",
    "POST",
    "/api/v3/create-dnef",
    (
        Param("resource_code", "resourceCode", "json", True, "str"),
        Param("namespace_code", "namespaceCode", "json", True, "str"),
        Param("label", "label", "json", True, "str"),
        Param("value_type", "valueType", "json", True, "str", "any", ("STRING", "SELECT")),
        Param("key", "key", "json", True, "str"),
        Param("description", "description", "json", False, "str"),
        Param("config", "config", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_CREATE_ORGANIZATION = Endpoint(
    "create_organization",
    "POST",
    "/api/v3/create-organization",
    (
        Param("metadata", "metadata", "json", True, "any"),
        Param("organization_name", "organizationName", "json", True, "str"),
        Param("organization_code", "organizationCode", "json", True, "str"),
        Param("description", "description", "json", False, "str"),
        Param("open_department_id", "openDepartmentId", "json", False, "str"),
        Param("i18n", "i18n", "json", False, "dict"),
        Param("tenant_id", "tenantId", "json", False, "str"),
        Param("post_id_list", "postIdList", "json", False, "list", "str"),
    ),
    idempotent=False,
)

_EP_CREATE_POST = Endpoint(
    "create_post",
    "POST",
    "/api/v3/create-post",
    (
        Param("code", "code", "json", True, "str"),
        Param("name", "name", "json", True, "str"),
        Param("id", "id", "json", False, "str"),
        Param("description", "description", "json", False, "str"),
        Param("department_id_list", "departmentIdList", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_DELETE_DEPARTMENT = Endpoint(
    "delete_department",
    "POST",
    "/api/v3/delete-department",
    (
        Param("organization_code", "organizationCode", "json", True, "str"),
        Param("department_id", "departmentId", "json", True, "str"),
        Param("department_id_type", "departmentIdType", "json", False, "str", "any", ("department_id", "open_department_id", "sync_relation", "custom_field", "code")),
        Param("tenant_id", "tenantId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_DELETE_DEPARTMENT_SYNC_RELATIONS = Endpoint(
    "delete_department_sync_relations",
    "POST",
    "/api/v3/delete-department-sync-relations",
    (
        Param("provider", "provider", "json", True, "str"),
        Param("department_id", "departmentId", "json", True, "str"),
        Param("organization_code", "organizationCode", "json", True, "str"),
        Param("department_id_type", "departmentIdType", "json", False, "str", "any", ("department_id", "open_department_id", "sync_relation", "custom_field", "code")),
    ),
    idempotent=False,
)

_EP_DELETE_DNEF = Endpoint(
    "delete_dnef",
    "POST",
    "/api/v3/delete-dnef",
    (
        Param("key", "key", "json", True, "str"),
        Param("resource_code", "resourceCode", "json", True, "str"),
        Param("namespace_code", "namespaceCode", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_DELETE_ORGANIZATION = Endpoint(
    "delete_organization",
    "POST",
    "/api/v3/delete-organization",
    (
        Param("organization_code", "organizationCode", "json", True, "str"),
        Param("tenant_id", "tenantId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_GET_ALL_DEPARTMENTS = Endpoint(
    "get_all_departments",
    "GET",
    "/api/v3/get-all-departments",
    (
        Param("organization_code", "organizationCode", "query", True, "str"),
        Param("department_id", "departmentId", "query", False, "str"),
        Param("department_id_type", "departmentIdType", "query", False, "str", "any", ("department_id", "open_department_id")),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_GET_DEPARTMENT = Endpoint(
    "get_department",
    "GET",
    "/api/v3/get-department",
    (
        Param("organization_code", "organizationCode", "query", False, "str"),
        Param("department_id", "departmentId", "query", False, "str"),
        Param("department_code", "departmentCode", "query", False, "str"),
        Param("department_id_type", "departmentIdType", "query", False, "str", "any", ("department_id", "open_department_id", "sync_relation", "custom_field", "code")),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
        Param("flat_custom_data", "flatCustomData", "query", False, "bool"),
        Param("tenant_id", "tenantId", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_GET_DEPARTMENT_ALL_APP = Endpoint(
    "get_department_all_app",
    "POST",
    "/api/v3/get-department-available-app",
    (
        Param("department_id", "departmentId", "json", True, "str"),
        Param("tenant_id", "tenantId", "json", False, "str"),
        Param("app_type_list", "appTypeList", "json", False, "list", "str"),
        Param("with_custom_data", "withCustomData", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_GET_DEPARTMENT_BY_ID = Endpoint(
    "get_department_by_id",
    "GET",
    "/api/v3/get-department-by-id",
    (
        Param("department_id", "departmentId", "query", True, "str"),
        Param("tenant_id", "tenantId", "query", False, "str"),
        Param("app_type_list", "appTypeList", "query", False, "list", "str"),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_GET_DEPARTMENT_SYNC_RELATIONS = Endpoint(
    "get_department_sync_relations",
    "GET",
    "/api/v3/get-department-sync-relations",
    (
        Param("organization_code", "organizationCode", "query", True, "str"),
        Param("department_id", "departmentId", "query", False, "str"),
        Param("department_id_type", "departmentIdType", "query", False, "str", "any", ("department_id", "open_department_id", "sync_relation", "custom_field", "code")),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
        Param("tenant_id", "tenantId", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_GET_ORGANIZATION = Endpoint(
    "get_organization",
    "GET",
    "/api/v3/get-organization",
    (
        Param("organization_code", "organizationCode", "query", True, "str"),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
        Param("with_post", "withPost", "query", False, "bool"),
        Param("tenant_id", "tenantId", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_GET_ORGANIZATIONS_BATCH = Endpoint(
    "get_organizations_batch",
    "GET",
    "/api/v3/get-organization-batch",
    (
        Param("organization_code_list", "organizationCodeList", "query", True, "list", "str"),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
        Param("with_post", "withPost", "query", False, "bool"),
        Param("tenant_id", "tenantId", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_GET_PARENT_DEPARTMENT = Endpoint(
    "get_parent_department",
    "GET",
    "/api/v3/get-parent-department",
    (
        Param("organization_code", "organizationCode", "query", True, "str"),
        Param("department_id", "departmentId", "query", True, "str"),
        Param("department_id_type", "departmentIdType", "query", False, "str", "any", ("department_id", "open_department_id", "sync_relation", "custom_field", "code")),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
        Param("tenant_id", "tenantId", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_GET_POST = Endpoint(
    "get_post",
    "GET",
    "/api/v3/get-post",
    (
        Param("code", "code", "query", True, "str"),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_GET_POST_BY_ID = Endpoint(
    "get_post_by_id",
    "POST",
    "/api/v3/get-post-by-id",
    (
        Param("id_list", "idList", "json", False, "str"),
        Param("with_custom_data", "withCustomData", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_GET_USER_DEPARTMENTS = Endpoint(
    "get_user_departments",
    "GET",
    "/api/v3/get-user-departments",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("user_id_type", "userIdType", "query", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
        Param("with_department_paths", "withDepartmentPaths", "query", False, "bool"),
        Param("sort_by", "sortBy", "query", False, "str", "any", ("DepartmentCreatedAt", "JoinDepartmentAt", "DepartmentName", "DepartmemtCode")),
        Param("order_by", "orderBy", "query", False, "str", "any", ("Asc", "Desc")),
    ),
    idempotent=True,
)

_EP_GET_USER_POST = Endpoint(
    "get_user_post",
    "GET",
    "/api/v3/get-user-post",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_GET_USER_POSTS = Endpoint(
    "get_user_posts",
    "GET",
    "/api/v3/get-user-posts",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_IS_USER_IN_DEPARTMENT = Endpoint(
    "is_user_in_department",
    "GET",
    "/api/v3/is-user-in-department",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("organization_code", "organizationCode", "query", True, "str"),
        Param("department_id", "departmentId", "query", True, "str"),
        Param("department_id_type", "departmentIdType", "query", False, "str", "any", ("department_id", "open_department_id", "sync_relation", "custom_field", "code")),
        Param("include_children_departments", "includeChildrenDepartments", "query", False, "bool"),
        Param("tenant_id", "tenantId", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_LIST_CHILDREN_DEPARTMENTS = Endpoint(
    "list_children_departments",
    "GET",
    "/api/v3/list-children-departments",
    (
        Param("organization_code", "organizationCode", "query", True, "str"),
        Param("department_id", "departmentId", "query", True, "str"),
        Param("status", "status", "query", False, "bool"),
        Param("department_id_type", "departmentIdType", "query", False, "str", "any", ("department_id", "open_department_id", "sync_relation", "custom_field", "code")),
        Param("exclude_virtual_node", "excludeVirtualNode", "query", False, "bool"),
        Param("only_virtual_node", "onlyVirtualNode", "query", False, "bool"),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
        Param("tenant_id", "tenantId", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_LIST_DEPARTMENT_MEMBER_IDS = Endpoint(
    "list_department_member_ids",
    "GET",
    "/api/v3/list-department-member-ids",
    (
        Param("organization_code", "organizationCode", "query", True, "str"),
        Param("department_id", "departmentId", "query", True, "str"),
        Param("department_id_type", "departmentIdType", "query", False, "str", "any", ("department_id", "open_department_id", "sync_relation", "custom_field", "code")),
        Param("tenant_id", "tenantId", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_LIST_DEPARTMENT_MEMBERS = Endpoint(
    "list_department_members",
    "GET",
    "/api/v3/list-department-members",
    (
        Param("organization_code", "organizationCode", "query", True, "str"),
        Param("department_id", "departmentId", "query", True, "str"),
        Param("sort_by", "sortBy", "query", False, "str", "any", ("Default", "JoinDepartmentAt", "userId", "createAt", "updatedAt")),
        Param("order_by", "orderBy", "query", False, "str", "any", ("Asc", "Desc")),
        Param("department_id_type", "departmentIdType", "query", False, "str", "any", ("department_id", "open_department_id", "sync_relation", "custom_field", "code")),
        Param("include_children_departments", "includeChildrenDepartments", "query", False, "bool"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
        Param("with_identities", "withIdentities", "query", False, "bool"),
        Param("with_department_ids", "withDepartmentIds", "query", False, "bool"),
        Param("tenant_id", "tenantId", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_LIST_DNEF = Endpoint(
    "list_dnef",
    "GET",
    "/api/v3/list-dnef",
    (
        Param("namespace_code", "namespaceCode", "query", True, "str"),
        Param("resource_code", "resourceCode", "query", True, "str"),
        Param("start_index", "startIndex", "query", False, "int"),
        Param("max_size", "maxSize", "query", False, "int"),
        Param("query", "query", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_LIST_ORGANIZATIONS = Endpoint(
    "list_organizations",
    "GET",
    "/api/v3/list-organizations",
    (
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("fetch_all", "fetchAll", "query", False, "bool"),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
        Param("with_post", "withPost", "query", False, "bool"),
        Param("tenant_id", "tenantId", "query", False, "str"),
        Param("status", "status", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_POST_LIST = Endpoint(
    "post_list",
    "GET",
    "/api/v3/list-post",
    (
        Param("keywords", "keywords", "query", False, "str"),
        Param("skip_count", "skipCount", "query", False, "bool"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("with_metadata", "withMetadata", "query", False, "bool"),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
        Param("flat_custom_data", "flatCustomData", "query", False, "bool"),
        Param("metadata_no_field_id", "metadataNoFieldId", "query", False, "bool"),
        Param("created_after", "createdAfter", "query", False, "int"),
        Param("created_before", "createdBefore", "query", False, "int"),
        Param("updated_after", "updatedAfter", "query", False, "int"),
        Param("updated_before", "updatedBefore", "query", False, "int"),
    ),
    idempotent=True,
)

_EP_POST_LIST_BATCH = Endpoint(
    "post_list_batch",
    "POST",
    "/api/v3/list-post",
    (
        Param("keywords", "keywords", "json", False, "str"),
        Param("skip_count", "skipCount", "json", False, "bool"),
        Param("page", "page", "json", False, "int"),
        Param("limit", "limit", "json", False, "int"),
        Param("with_metadata", "withMetadata", "json", False, "bool"),
        Param("with_custom_data", "withCustomData", "json", False, "bool"),
        Param("flat_custom_data", "flatCustomData", "json", False, "bool"),
        Param("metadata_no_field_id", "metadataNoFieldId", "json", False, "bool"),
        Param("created_after", "createdAfter", "json", False, "int"),
        Param("created_before", "createdBefore", "json", False, "int"),
        Param("updated_after", "updatedAfter", "json", False, "int"),
        Param("updated_before", "updatedBefore", "json", False, "int"),
        Param("post_codes", "postCodes", "json", False, "list", "str"),
    ),
    idempotent=False,
)

_EP_REMOVE_DEPARTMENT_MEMBERS = Endpoint(
    "remove_department_members",
    "POST",
    "/api/v3/remove-department-members",
    (
        Param("user_ids", "userIds", "json", True, "list", "str"),
        Param("organization_code", "organizationCode", "json", True, "str"),
        Param("department_id", "departmentId", "json", True, "str"),
        Param("department_id_type", "departmentIdType", "json", False, "str", "any", ("department_id", "open_department_id", "sync_relation", "custom_field", "code")),
        Param("tenant_id", "tenantId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_REMOVE_POST = Endpoint(
    "remove_post",
    "POST",
    "/api/v3/remove-post",
    (
        Param("code", "code", "json", True, "str"),
    ),
    idempotent=False,
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


class OrganizationsMixin(_Caller):
    """Management API, area ``organizations``: 47 endpoints."""

    __slots__ = ()

    async def add_department_members(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_ADD_DEPARTMENT_MEMBERS,
            (
                user_ids,
                organization_code,
                department_id,
                department_id_type,
                tenant_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def batch_create_dnef(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_BATCH_CREATE_DNEF,
            (
                resource_code,
                namespace_code,
                field_list,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def create_department(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_DEPARTMENT,
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
            "DepartmentDto",
            _request_options(call_options),
        )

    async def create_department_tree(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_DEPARTMENT_TREE,
            (
                name,
                children,
                members,
                tenant_id,
            ),
            "Result",
            _request_options(call_options),
        )

    async def create_dnef(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_DNEF,
            (
                resource_code,
                namespace_code,
                label,
                value_type,
                key,
                description,
                config,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def create_organization(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_ORGANIZATION,
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
            "OrganizationDto",
            _request_options(call_options),
        )

    async def create_post(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_POST,
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

    async def delete_department(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_DEPARTMENT,
            (
                organization_code,
                department_id,
                department_id_type,
                tenant_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def delete_department_sync_relations(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_DEPARTMENT_SYNC_RELATIONS,
            (
                provider,
                department_id,
                organization_code,
                department_id_type,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def delete_dnef(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_DNEF,
            (
                key,
                resource_code,
                namespace_code,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def delete_organization(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_ORGANIZATION,
            (
                organization_code,
                tenant_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def get_all_departments(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ALL_DEPARTMENTS,
            (
                organization_code,
                department_id,
                department_id_type,
                with_custom_data,
            ),
            "DepartmentPagingDto",
            _request_options(call_options),
        )

    async def get_department(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_DEPARTMENT,
            (
                organization_code,
                department_id,
                department_code,
                department_id_type,
                with_custom_data,
                flat_custom_data,
                tenant_id,
            ),
            "DepartmentDto",
            _request_options(call_options),
        )

    async def get_department_all_app(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_DEPARTMENT_ALL_APP,
            (
                department_id,
                tenant_id,
                app_type_list,
                with_custom_data,
            ),
            "DepartmentDto",
            _request_options(call_options),
        )

    async def get_department_by_id(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_DEPARTMENT_BY_ID,
            (
                department_id,
                tenant_id,
                app_type_list,
                with_custom_data,
            ),
            "DepartmentDto",
            _request_options(call_options),
        )

    async def get_department_sync_relations(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_DEPARTMENT_SYNC_RELATIONS,
            (
                organization_code,
                department_id,
                department_id_type,
                with_custom_data,
                tenant_id,
            ),
            "list[UserSyncRelationDto]",
            _request_options(call_options),
        )

    async def get_organization(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ORGANIZATION,
            (
                organization_code,
                with_custom_data,
                with_post,
                tenant_id,
            ),
            "OrganizationDto",
            _request_options(call_options),
        )

    async def get_organizations_batch(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ORGANIZATIONS_BATCH,
            (
                organization_code_list,
                with_custom_data,
                with_post,
                tenant_id,
            ),
            "list[OrganizationDto]",
            _request_options(call_options),
        )

    async def get_parent_department(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_PARENT_DEPARTMENT,
            (
                organization_code,
                department_id,
                department_id_type,
                with_custom_data,
                tenant_id,
            ),
            "DepartmentDto",
            _request_options(call_options),
        )

    async def get_post(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_POST,
            (
                code,
                with_custom_data,
            ),
            "CreatePostDto",
            _request_options(call_options),
        )

    async def get_post_by_id(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_POST_BY_ID,
            (
                id_list,
                with_custom_data,
            ),
            "PostDto",
            _request_options(call_options),
        )

    async def get_user_departments(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_DEPARTMENTS,
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
            "UserDepartmentPagingDto",
            _request_options(call_options),
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
    ) -> AsyncIterator[UserDepartmentRespDto]:
        """Every item of ``get_user_departments``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.get_user_departments(
                page=page,
                user_id=user_id,
                user_id_type=user_id_type,
                limit=limit,
                with_custom_data=with_custom_data,
                with_department_paths=with_department_paths,
                sort_by=sort_by,
                order_by=order_by,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def get_user_post(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_POST,
            (
                user_id,
                with_custom_data,
            ),
            "CreatePostDto",
            _request_options(call_options),
        )

    async def get_user_posts(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_POSTS,
            (
                user_id,
                with_custom_data,
            ),
            "list[PostDto]",
            _request_options(call_options),
        )

    async def is_user_in_department(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_IS_USER_IN_DEPARTMENT,
            (
                user_id,
                organization_code,
                department_id,
                department_id_type,
                include_children_departments,
                tenant_id,
            ),
            "IsUserInDepartmentDataDto",
            _request_options(call_options),
        )

    async def list_children_departments(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_CHILDREN_DEPARTMENTS,
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
            "DepartmentPagingDto",
            _request_options(call_options),
        )

    async def list_department_member_ids(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_DEPARTMENT_MEMBER_IDS,
            (
                organization_code,
                department_id,
                department_id_type,
                tenant_id,
            ),
            "list[str]",
            _request_options(call_options),
        )

    async def list_department_members(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_DEPARTMENT_MEMBERS,
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
            "UserPagingDto",
            _request_options(call_options),
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
    ) -> AsyncIterator[UserDto]:
        """Every item of ``list_department_members``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_department_members(
                page=page,
                organization_code=organization_code,
                department_id=department_id,
                sort_by=sort_by,
                order_by=order_by,
                department_id_type=department_id_type,
                include_children_departments=include_children_departments,
                limit=limit,
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

    async def list_dnef(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_DNEF,
            (
                namespace_code,
                resource_code,
                start_index,
                max_size,
                query,
            ),
            "DnefPaginatedRespDto",
            _request_options(call_options),
        )

    async def list_organizations(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_ORGANIZATIONS,
            (
                page,
                limit,
                fetch_all,
                with_custom_data,
                with_post,
                tenant_id,
                status,
            ),
            "OrganizationPagingDto",
            _request_options(call_options),
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
    ) -> AsyncIterator[OrganizationDto]:
        """Every item of ``list_organizations``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_organizations(
                page=page,
                limit=limit,
                fetch_all=fetch_all,
                with_custom_data=with_custom_data,
                with_post=with_post,
                tenant_id=tenant_id,
                status=status,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def post_list(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_POST_LIST,
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
            "PostPagingDto",
            _request_options(call_options),
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
    ) -> AsyncIterator[PostItemDto]:
        """Every item of ``post_list``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.post_list(
                page=page,
                keywords=keywords,
                skip_count=skip_count,
                limit=limit,
                with_metadata=with_metadata,
                with_custom_data=with_custom_data,
                flat_custom_data=flat_custom_data,
                metadata_no_field_id=metadata_no_field_id,
                created_after=created_after,
                created_before=created_before,
                updated_after=updated_after,
                updated_before=updated_before,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def post_list_batch(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_POST_LIST_BATCH,
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
            "PostPagingDto",
            _request_options(call_options),
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
    ) -> AsyncIterator[PostItemDto]:
        """Every item of ``post_list_batch``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.post_list_batch(
                page=page,
                keywords=keywords,
                skip_count=skip_count,
                limit=limit,
                with_metadata=with_metadata,
                with_custom_data=with_custom_data,
                flat_custom_data=flat_custom_data,
                metadata_no_field_id=metadata_no_field_id,
                created_after=created_after,
                created_before=created_before,
                updated_after=updated_after,
                updated_before=updated_before,
                post_codes=post_codes,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def remove_department_members(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_REMOVE_DEPARTMENT_MEMBERS,
            (
                user_ids,
                organization_code,
                department_id,
                department_id_type,
                tenant_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def remove_post(
        self,
        code: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/remove-post`` -> ``None``.

        Node-only endpoint, Node ``removePost``; area ``organizations``.

        Parameters (name: wire name, location):
            code: ``code``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REMOVE_POST,
            (code,),
            None,
            _request_options(call_options),
        )

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
        return await self._call(  # type: ignore[no-any-return]
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_USER_CONNECTION_POST,
            (
                user_id,
                post_id,
            ),
            None,
            _request_options(call_options),
        )
