# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ListDataPolicySubjectPaginatedRespDto, ..., ListDepartmentMembersParamsOrderBy)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._d1 import (
        DataResourcesPaginatedRespDto,
    )
    from ._l5 import (
        ListDataPolicySubjectPageDto,
    )

__all__ = [
    "ListDataPolicySubjectPaginatedRespDto", "ListDataPolicyTargetsDto",
    "ListDataPolicyTargetsParamsTargetType", "ListDataResourcesDto",
    "ListDataResourcesPaginatedRespDto", "ListDataResourcesRespDto",
    "ListDataResourcesRespDtoType", "ListDepartmentMemberIdsDto",
    "ListDepartmentMemberIdsParamsDepartmentIdType", "ListDepartmentMembersDto",
    "ListDepartmentMembersParamsDepartmentIdType", "ListDepartmentMembersParamsOrderBy",
]


@_attrs.define(kw_only=True, slots=True)
class ListDataPolicySubjectPaginatedRespDto(WireBacked):
    """Wire model ``ListDataPolicySubjectPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ListDataPolicySubjectPageDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ListDataPolicySubjectPageDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListDataPolicyTargetsDto:
    """Wire model ``ListDataPolicyTargetsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        query: ``query``, Any, optional
        target_type: ``targetType``, Any, optional
    """

    policy_id: Any = _attrs.field(default=None, metadata={"wire": "policyId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    query: Any = _attrs.field(default=None, metadata={"wire": "query"})
    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})


class ListDataPolicyTargetsParamsTargetType(WireEnum):
    """Enum of ``ListDataPolicyTargetsParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ORG = "ORG"
    GROUP = "GROUP"
    ROLE = "ROLE"


@_attrs.define(kw_only=True, slots=True)
class ListDataResourcesDto:
    """Wire model ``ListDataResourcesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        query: ``query``, Any, optional
        namespace_codes: ``namespaceCodes``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    query: Any = _attrs.field(default=None, metadata={"wire": "query"})
    namespace_codes: Any = _attrs.field(default=None, metadata={"wire": "namespaceCodes"})


@_attrs.define(kw_only=True, slots=True)
class ListDataResourcesPaginatedRespDto(WireBacked):
    """Wire model ``ListDataResourcesPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, DataResourcesPaginatedRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: DataResourcesPaginatedRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListDataResourcesRespDto:
    """Wire model ``ListDataResourcesRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_name: ``resourceName``, str, required
        resource_code: ``resourceCode``, str, required
        type: ``type``, ListDataResourcesRespDtoType, required
        description: ``description``, str, optional
        namespace_code: ``namespaceCode``, str, required
        namespace_name: ``namespaceName``, str, required
        authorization_num: ``authorizationNum``, int, required
        updated_at: ``updatedAt``, str, required
    """

    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    type: ListDataResourcesRespDtoType = _attrs.field(metadata={"wire": "type"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    namespace_name: str = _attrs.field(metadata={"wire": "namespaceName"})
    authorization_num: int = _attrs.field(metadata={"wire": "authorizationNum"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


class ListDataResourcesRespDtoType(WireEnum):
    """Enum of ``ListDataResourcesRespDto.type`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"


@_attrs.define(kw_only=True, slots=True)
class ListDepartmentMemberIdsDto:
    """Wire model ``ListDepartmentMemberIdsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, Any, optional
        department_id: ``departmentId``, Any, optional
        department_id_type: ``departmentIdType``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    organization_code: Any = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})
    department_id_type: Any = _attrs.field(default=None, metadata={"wire": "departmentIdType"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


class ListDepartmentMemberIdsParamsDepartmentIdType(WireEnum):
    """Enum of ``ListDepartmentMemberIdsParams.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class ListDepartmentMembersDto:
    """Wire model ``ListDepartmentMembersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, Any, optional
        department_id: ``departmentId``, Any, optional
        sort_by: ``sortBy``, Any, optional
        order_by: ``orderBy``, Any, optional
        department_id_type: ``departmentIdType``, Any, optional
        include_children_departments: ``includeChildrenDepartments``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_identities: ``withIdentities``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    organization_code: Any = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})
    sort_by: Any = _attrs.field(default=None, metadata={"wire": "sortBy"})
    order_by: Any = _attrs.field(default=None, metadata={"wire": "orderBy"})
    department_id_type: Any = _attrs.field(default=None, metadata={"wire": "departmentIdType"})
    include_children_departments: Any = _attrs.field(default=None, metadata={"wire": "includeChildrenDepartments"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_identities: Any = _attrs.field(default=None, metadata={"wire": "withIdentities"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


class ListDepartmentMembersParamsDepartmentIdType(WireEnum):
    """Enum of ``ListDepartmentMembersParams.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


class ListDepartmentMembersParamsOrderBy(WireEnum):
    """Enum of ``ListDepartmentMembersParams.orderBy`` (unknown wire values are kept, not rejected)."""

    ASC = "Asc"
    DESC = "Desc"
