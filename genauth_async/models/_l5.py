# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ListChildrenDepartmentsDto, ..., ListDataPolicySubjectPageDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._d1 import (
        DataPoliciesPaginatedRespDto, DataResourceSimpleRespDto, DataSubjectRespDto,
    )
    from ._s12 import (
        SubjectRespDto,
    )

__all__ = [
    "ListChildrenDepartmentsDto", "ListChildrenDepartmentsParamsDepartmentIdType",
    "ListCistomFieldsResDto", "ListCommonResourceDto", "ListCustFieldsParamsDataType",
    "ListCustFieldsParamsTargetType", "ListCustomFieldsDto", "ListDataPoliciesDto",
    "ListDataPoliciesPaginatedRespDto", "ListDataPoliciesRespDto", "ListDataPolicySubjectPageDto",
]


@_attrs.define(kw_only=True, slots=True)
class ListChildrenDepartmentsDto:
    """Wire model ``ListChildrenDepartmentsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, Any, optional
        department_id: ``departmentId``, Any, optional
        status: ``status``, Any, optional
        department_id_type: ``departmentIdType``, Any, optional
        exclude_virtual_node: ``excludeVirtualNode``, Any, optional
        only_virtual_node: ``onlyVirtualNode``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    organization_code: Any = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})
    status: Any = _attrs.field(default=None, metadata={"wire": "status"})
    department_id_type: Any = _attrs.field(default=None, metadata={"wire": "departmentIdType"})
    exclude_virtual_node: Any = _attrs.field(default=None, metadata={"wire": "excludeVirtualNode"})
    only_virtual_node: Any = _attrs.field(default=None, metadata={"wire": "onlyVirtualNode"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


class ListChildrenDepartmentsParamsDepartmentIdType(WireEnum):
    """Enum of ``ListChildrenDepartmentsParams.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class ListCistomFieldsResDto(WireBacked):
    """Wire model ``ListCistomFieldsResDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ListCustomFieldsDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ListCustomFieldsDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListCommonResourceDto:
    """Wire model ``ListCommonResourceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        keyword: ``keyword``, Any, optional
        namespace_code_list: ``namespaceCodeList``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})
    namespace_code_list: Any = _attrs.field(default=None, metadata={"wire": "namespaceCodeList"})


class ListCustFieldsParamsDataType(WireEnum):
    """Enum of ``ListCustFieldsParams.dataType`` (unknown wire values are kept, not rejected)."""

    STRING = "STRING"
    NUMBER = "NUMBER"
    DATETIME = "DATETIME"
    BOOLEAN = "BOOLEAN"
    OBJECT = "OBJECT"
    SELECT = "SELECT"


class ListCustFieldsParamsTargetType(WireEnum):
    """Enum of ``ListCustFieldsParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class ListCustomFieldsDto:
    """Wire model ``ListCustomFieldsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, Any, optional
        data_type: ``dataType``, Any, optional
        tenant_id: ``tenantId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        user_visible: ``userVisible``, Any, optional
        admin_visible: ``adminVisible``, Any, optional
        access_control: ``accessControl``, Any, optional
        keyword: ``keyword``, Any, optional
        lang: ``lang``, Any, optional
    """

    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})
    data_type: Any = _attrs.field(default=None, metadata={"wire": "dataType"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    user_visible: Any = _attrs.field(default=None, metadata={"wire": "userVisible"})
    admin_visible: Any = _attrs.field(default=None, metadata={"wire": "adminVisible"})
    access_control: Any = _attrs.field(default=None, metadata={"wire": "accessControl"})
    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})
    lang: Any = _attrs.field(default=None, metadata={"wire": "lang"})


@_attrs.define(kw_only=True, slots=True)
class ListDataPoliciesDto:
    """Wire model ``ListDataPoliciesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        query: ``query``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    query: Any = _attrs.field(default=None, metadata={"wire": "query"})


@_attrs.define(kw_only=True, slots=True)
class ListDataPoliciesPaginatedRespDto(WireBacked):
    """Wire model ``ListDataPoliciesPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, DataPoliciesPaginatedRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: DataPoliciesPaginatedRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListDataPoliciesRespDto(WireBacked):
    """Wire model ``ListDataPoliciesRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_name: ``policyName``, str, required
        description: ``description``, str, optional
        resource_list: ``resourceList``, list[DataResourceSimpleRespDto], required
        policy_id: ``policyId``, str, required
        target_list: ``targetList``, list[SubjectRespDto], required
        updated_at: ``updatedAt``, str, required
    """

    policy_name: str = _attrs.field(metadata={"wire": "policyName"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    resource_list: List[DataResourceSimpleRespDto] = _attrs.field(metadata={"wire": "resourceList"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    target_list: List[SubjectRespDto] = _attrs.field(metadata={"wire": "targetList"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


@_attrs.define(kw_only=True, slots=True)
class ListDataPolicySubjectPageDto(WireBacked):
    """Wire model ``ListDataPolicySubjectPageDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, optional
        list: ``list``, list[DataSubjectRespDto], required
    """

    total_count: int | None = _attrs.field(default=None, metadata={"wire": "totalCount"})
    list: List[DataSubjectRespDto] = _attrs.field(metadata={"wire": "list"})
