# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetCustomDataDto, ..., GetDepartmentByIdDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._d1 import (
        DataResourceTreeStructs,
    )
    from ._e5 import (
        ExtendField,
    )

__all__ = [
    "GetCustomDataDto", "GetCustomDataParamsTargetType", "GetCustomDataRespDto",
    "GetCustomFieldsDto", "GetCustomFieldsParamsTargetType", "GetDataPolicyDto",
    "GetDataPolicyRespDto", "GetDataPolicyResponseDto", "GetDataResourceDto",
    "GetDataResourceRespDto", "GetDataResourceRespDtoType", "GetDataResourceResponseDto",
    "GetDepartmentByIdDto",
]


@_attrs.define(kw_only=True, slots=True)
class GetCustomDataDto:
    """Wire model ``GetCustomDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, Any, optional
        target_type: ``targetType``, Any, optional
        target_identifier: ``targetIdentifier``, Any, optional
        namespace: ``namespace``, Any, optional
    """

    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})
    target_identifier: Any = _attrs.field(default=None, metadata={"wire": "targetIdentifier"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})


class GetCustomDataParamsTargetType(WireEnum):
    """Enum of ``GetCustomDataParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class GetCustomDataRespDto:
    """Wire model ``GetCustomDataRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, Any, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: Any = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetCustomFieldsDto:
    """Wire model ``GetCustomFieldsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


class GetCustomFieldsParamsTargetType(WireEnum):
    """Enum of ``GetCustomFieldsParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class GetDataPolicyDto:
    """Wire model ``GetDataPolicyDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, Any, optional
    """

    policy_id: Any = _attrs.field(default=None, metadata={"wire": "policyId"})


@_attrs.define(kw_only=True, slots=True)
class GetDataPolicyRespDto:
    """Wire model ``GetDataPolicyRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
        policy_name: ``policyName``, str, required
        description: ``description``, str, optional
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    policy_name: str = _attrs.field(metadata={"wire": "policyName"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


@_attrs.define(kw_only=True, slots=True)
class GetDataPolicyResponseDto(WireBacked):
    """Wire model ``GetDataPolicyResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetDataPolicyRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetDataPolicyRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetDataResourceDto:
    """Wire model ``GetDataResourceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, Any, optional
        resource_code: ``resourceCode``, Any, optional
    """

    namespace_code: Any = _attrs.field(default=None, metadata={"wire": "namespaceCode"})
    resource_code: Any = _attrs.field(default=None, metadata={"wire": "resourceCode"})


@_attrs.define(kw_only=True, slots=True)
class GetDataResourceRespDto(WireBacked):
    """Wire model ``GetDataResourceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_name: ``resourceName``, str, required
        resource_code: ``resourceCode``, str, required
        type: ``type``, GetDataResourceRespDtoType, required
        description: ``description``, str, optional
        struct: ``struct``, DataResourceTreeStructs | str | list[str], required
        extend_field_list: ``extendFieldList``, list[ExtendField], optional
        namespace_code: ``namespaceCode``, str, required
        actions: ``actions``, list[str], required
    """

    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    type: GetDataResourceRespDtoType = _attrs.field(metadata={"wire": "type"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    struct: DataResourceTreeStructs | str | List[str] = _attrs.field(metadata={"wire": "struct"})
    extend_field_list: List[ExtendField] | None = _attrs.field(default=None, metadata={"wire": "extendFieldList"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})


class GetDataResourceRespDtoType(WireEnum):
    """Enum of ``GetDataResourceRespDto.type`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"


@_attrs.define(kw_only=True, slots=True)
class GetDataResourceResponseDto(WireBacked):
    """Wire model ``GetDataResourceResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetDataResourceRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetDataResourceRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetDepartmentByIdDto:
    """Wire model ``GetDepartmentByIdDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        department_id: ``departmentId``, Any, optional
        tenant_id: ``tenantId``, Any, optional
        app_type_list: ``appTypeList``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
    """

    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    app_type_list: Any = _attrs.field(default=None, metadata={"wire": "appTypeList"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
