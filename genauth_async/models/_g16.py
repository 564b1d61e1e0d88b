# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetResourceAuthorizedTargetDataDto, ..., GetRowDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._r4 import (
        ResourceAuthorizedTargetDto,
    )

__all__ = [
    "GetResourceAuthorizedTargetDataDto", "GetResourceAuthorizedTargetRespDto",
    "GetResourceAuthorizedTargetsDto", "GetResourceAuthorizedTargetsDtoTargetType",
    "GetResourceDto", "GetResourcesBatchDto", "GetRoleAuthorizedResourcesDto",
    "GetRoleAuthorizedResourcesParamsResourceType", "GetRoleDto", "GetRoleListDto",
    "GetRolesOfPublicAccountDto", "GetRowBatchDto", "GetRowByValueDto", "GetRowDto",
]


@_attrs.define(kw_only=True, slots=True)
class GetResourceAuthorizedTargetDataDto(WireBacked):
    """Wire model ``GetResourceAuthorizedTargetDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ResourceAuthorizedTargetDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ResourceAuthorizedTargetDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class GetResourceAuthorizedTargetRespDto(WireBacked):
    """Wire model ``GetResourceAuthorizedTargetRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetResourceAuthorizedTargetDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetResourceAuthorizedTargetDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetResourceAuthorizedTargetsDto:
    """Wire model ``GetResourceAuthorizedTargetsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource: ``resource``, str, required
        namespace: ``namespace``, str, optional
        target_type: ``targetType``, GetResourceAuthorizedTargetsDtoTargetType, optional
        page: ``page``, int, optional
        limit: ``limit``, int, optional
    """

    resource: str = _attrs.field(metadata={"wire": "resource"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
    target_type: GetResourceAuthorizedTargetsDtoTargetType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "targetType"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})


class GetResourceAuthorizedTargetsDtoTargetType(WireEnum):
    """Enum of ``GetResourceAuthorizedTargetsDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class GetResourceDto:
    """Wire model ``GetResourceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        namespace: ``namespace``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class GetResourcesBatchDto:
    """Wire model ``GetResourcesBatchDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code_list: ``codeList``, Any, optional
        namespace: ``namespace``, Any, optional
    """

    code_list: Any = _attrs.field(default=None, metadata={"wire": "codeList"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class GetRoleAuthorizedResourcesDto:
    """Wire model ``GetRoleAuthorizedResourcesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        namespace: ``namespace``, Any, optional
        resource_type: ``resourceType``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})
    resource_type: Any = _attrs.field(default=None, metadata={"wire": "resourceType"})


class GetRoleAuthorizedResourcesParamsResourceType(WireEnum):
    """Enum of ``GetRoleAuthorizedResourcesParams.resourceType`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


@_attrs.define(kw_only=True, slots=True)
class GetRoleDto:
    """Wire model ``GetRoleDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        namespace: ``namespace``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class GetRoleListDto:
    """Wire model ``GetRoleListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace: ``namespace``, Any, optional
    """

    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class GetRolesOfPublicAccountDto:
    """Wire model ``GetRolesOfPublicAccountDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
        namespace: ``namespace``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class GetRowBatchDto:
    """Wire model ``GetRowBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        row_ids: ``rowIds``, list[str], required
        model_id: ``modelId``, str, required
    """

    row_ids: List[str] = _attrs.field(metadata={"wire": "rowIds"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})


@_attrs.define(kw_only=True, slots=True)
class GetRowByValueDto:
    """Wire model ``GetRowByValueDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, Any, optional
        key: ``key``, Any, optional
        value: ``value``, Any, optional
        show_field_id: ``showFieldId``, Any, optional
    """

    model_id: Any = _attrs.field(default=None, metadata={"wire": "modelId"})
    key: Any = _attrs.field(default=None, metadata={"wire": "key"})
    value: Any = _attrs.field(default=None, metadata={"wire": "value"})
    show_field_id: Any = _attrs.field(default=None, metadata={"wire": "showFieldId"})


@_attrs.define(kw_only=True, slots=True)
class GetRowDto:
    """Wire model ``GetRowDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, Any, optional
        row_id: ``rowId``, Any, optional
        show_field_id: ``showFieldId``, Any, optional
    """

    model_id: Any = _attrs.field(default=None, metadata={"wire": "modelId"})
    row_id: Any = _attrs.field(default=None, metadata={"wire": "rowId"})
    show_field_id: Any = _attrs.field(default=None, metadata={"wire": "showFieldId"})
