# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (CreateDataResourceRespDto, ..., CreateEventAppDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._c6 import (
        Config,
    )
    from ._d1 import (
        DataResourceTreeStructs,
    )
    from ._d7 import (
        DepartmentI18nDto,
    )
    from ._e5 import (
        ExtendField,
    )
    from ._r5 import (
        Result,
    )
    from ._u18 import (
        UserInfoDto,
    )

__all__ = [
    "CreateDataResourceRespDto", "CreateDataResourceRespDtoType", "CreateDataResourceResponseDto",
    "CreateDepartmentReqDto", "CreateDepartmentReqDtoDepartmentIdType",
    "CreateDepartmentTreeReqDto", "CreateDepartmentTreeRespDto", "CreateDnefReq",
    "CreateDnefReqValueType", "CreateEventAppDto",
]


@_attrs.define(kw_only=True, slots=True)
class CreateDataResourceRespDto(WireBacked):
    """Wire model ``CreateDataResourceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_name: ``resourceName``, str, required
        resource_code: ``resourceCode``, str, required
        type: ``type``, CreateDataResourceRespDtoType, required
        description: ``description``, str, optional
        struct: ``struct``, DataResourceTreeStructs | str | list[str], required
        extend_field_list: ``extendFieldList``, list[ExtendField], optional
        actions: ``actions``, list[str], required
    """

    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    type: CreateDataResourceRespDtoType = _attrs.field(metadata={"wire": "type"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    struct: DataResourceTreeStructs | str | List[str] = _attrs.field(metadata={"wire": "struct"})
    extend_field_list: List[ExtendField] | None = _attrs.field(default=None, metadata={"wire": "extendFieldList"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})


class CreateDataResourceRespDtoType(WireEnum):
    """Enum of ``CreateDataResourceRespDto.type`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"


@_attrs.define(kw_only=True, slots=True)
class CreateDataResourceResponseDto(WireBacked):
    """Wire model ``CreateDataResourceResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CreateDataResourceRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CreateDataResourceRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreateDepartmentReqDto:
    """Wire model ``CreateDepartmentReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        name: ``name``, str, required
        parent_department_id: ``parentDepartmentId``, str, required
        metadata: ``metadata``, Any, required
        open_department_id: ``openDepartmentId``, str, optional
        description: ``description``, str, optional
        code: ``code``, str, optional
        is_virtual_node: ``isVirtualNode``, bool, optional
        i18n: ``i18n``, DepartmentI18nDto, optional
        custom_data: ``customData``, Any, optional
        department_id_type: ``departmentIdType``, CreateDepartmentReqDtoDepartmentIdType, optional
        post_id_list: ``postIdList``, list[str], optional
        tenant_id: ``tenantId``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    name: str = _attrs.field(metadata={"wire": "name"})
    parent_department_id: str = _attrs.field(metadata={"wire": "parentDepartmentId"})
    metadata: Any = _attrs.field(metadata={"wire": "metadata"})
    open_department_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "openDepartmentId"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "code"})
    is_virtual_node: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isVirtualNode"})
    i18n: DepartmentI18nDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})
    department_id_type: CreateDepartmentReqDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})
    post_id_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postIdList"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


class CreateDepartmentReqDtoDepartmentIdType(WireEnum):
    """Enum of ``CreateDepartmentReqDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class CreateDepartmentTreeReqDto:
    """Wire model ``CreateDepartmentTreeReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        children: ``children``, list[str], optional
        members: ``members``, UserInfoDto, optional
        tenant_id: ``tenantId``, str, optional
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    children: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "children"})
    members: UserInfoDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "members"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class CreateDepartmentTreeRespDto(WireBacked):
    """Wire model ``CreateDepartmentTreeRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, Result, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: Result = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreateDnefReq:
    """Wire model ``CreateDnefReq`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        namespace_code: ``namespaceCode``, str, required
        label: ``label``, str, required
        value_type: ``valueType``, CreateDnefReqValueType, required
        key: ``key``, str, required
        description: ``description``, str, optional
        config: ``config``, Config, optional
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    label: str = _attrs.field(metadata={"wire": "label"})
    value_type: CreateDnefReqValueType = _attrs.field(metadata={"wire": "valueType"})
    key: str = _attrs.field(metadata={"wire": "key"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    config: Config | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "config"})


class CreateDnefReqValueType(WireEnum):
    """Enum of ``CreateDnefReq.valueType`` (unknown wire values are kept, not rejected)."""

    STRING = "STRING"
    SELECT = "SELECT"


@_attrs.define(kw_only=True, slots=True)
class CreateEventAppDto:
    """Wire model ``CreateEventAppDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        logo: ``logo``, str, required
        name: ``name``, str, required
        identifier: ``identifier``, str, required
    """

    logo: str = _attrs.field(metadata={"wire": "logo"})
    name: str = _attrs.field(metadata={"wire": "name"})
    identifier: str = _attrs.field(metadata={"wire": "identifier"})
