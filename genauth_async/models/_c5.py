# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (CheckSessionStatusRespDto, ..., CommonResourceDtoType)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._a10 import (
        AuthEnvParams,
    )
    from ._c4 import (
        CheckSessionStatusDataDto,
    )
    from ._r4 import (
        ResourceAction,
    )

__all__ = [
    "CheckSessionStatusRespDto", "CheckUserSameLevelPermissionDataDto",
    "CheckUserSameLevelPermissionDto", "CheckUserSameLevelPermissionRespDto",
    "CheckUserSameLevelPermissionResponseDto", "ClickCostContactDto", "ClosedListParamsObjectType",
    "CombineFilterItemDto", "CombineFilterItemDtoOperator", "CombineFiltersBaseDto",
    "CombineFiltersBaseDtoType", "CommonResourceDto", "CommonResourceDtoType",
]


@_attrs.define(kw_only=True, slots=True)
class CheckSessionStatusRespDto(WireBacked):
    """Wire model ``CheckSessionStatusRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CheckSessionStatusDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CheckSessionStatusDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CheckUserSameLevelPermissionDataDto(WireBacked):
    """Wire model ``CheckUserSameLevelPermissionDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        check_level_result_list: ``checkLevelResultList``, list[CheckUserSameLevelPermissionRespDto], required
    """

    check_level_result_list: List[CheckUserSameLevelPermissionRespDto] = _attrs.field(metadata={"wire": "checkLevelResultList"})


@_attrs.define(kw_only=True, slots=True)
class CheckUserSameLevelPermissionDto:
    """Wire model ``CheckUserSameLevelPermissionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource_node_codes: ``resourceNodeCodes``, list[str], required
        resource: ``resource``, str, required
        action: ``action``, str, required
        user_id: ``userId``, str, required
        namespace_code: ``namespaceCode``, str, required
        judge_condition_enabled: ``judgeConditionEnabled``, bool, optional
        auth_env_params: ``authEnvParams``, AuthEnvParams, optional
    """

    resource_node_codes: List[str] = _attrs.field(metadata={"wire": "resourceNodeCodes"})
    resource: str = _attrs.field(metadata={"wire": "resource"})
    action: str = _attrs.field(metadata={"wire": "action"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    judge_condition_enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "judgeConditionEnabled"})
    auth_env_params: AuthEnvParams | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "authEnvParams"})


@_attrs.define(kw_only=True, slots=True)
class CheckUserSameLevelPermissionRespDto:
    """Wire model ``CheckUserSameLevelPermissionRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        action: ``action``, str, required
        resource_node_code: ``resourceNodeCode``, str, required
        enabled: ``enabled``, bool, required
    """

    action: str = _attrs.field(metadata={"wire": "action"})
    resource_node_code: str = _attrs.field(metadata={"wire": "resourceNodeCode"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})


@_attrs.define(kw_only=True, slots=True)
class CheckUserSameLevelPermissionResponseDto(WireBacked):
    """Wire model ``CheckUserSameLevelPermissionResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CheckUserSameLevelPermissionDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CheckUserSameLevelPermissionDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ClickCostContactDto:
    """Wire model ``ClickCostContactDto`` (response side; optional fields default to None)."""


class ClosedListParamsObjectType(WireEnum):
    """Enum of ``ClosedListParams.objectType`` (unknown wire values are kept, not rejected)."""

    APP_PERMISSION_APPLY = "APP_PERMISSION_APPLY"
    ROLE_PERMISSION_APPLY = "ROLE_PERMISSION_APPLY"


@_attrs.define(kw_only=True, slots=True)
class CombineFilterItemDto:
    """Wire model ``CombineFilterItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, str, required
        operator: ``operator``, CombineFilterItemDtoOperator, required
        value: ``value``, str | int, required
    """

    type: str = _attrs.field(metadata={"wire": "type"})
    operator: CombineFilterItemDtoOperator = _attrs.field(metadata={"wire": "operator"})
    value: str | int = _attrs.field(metadata={"wire": "value"})


class CombineFilterItemDtoOperator(WireEnum):
    """Enum of ``CombineFilterItemDto.operator`` (unknown wire values are kept, not rejected)."""

    EQUAL = "EQUAL"
    NOT_EQUAL = "NOT_EQUAL"
    CONTAINS = "CONTAINS"
    NOT_CONTAINS = "NOT_CONTAINS"
    IS_NULL = "IS_NULL"
    NOT_NULL = "NOT_NULL"
    IN = "IN"
    NOT_IN = "NOT_IN"
    GREATER = "GREATER"
    LESSER = "LESSER"
    BETWEEN = "BETWEEN"


@_attrs.define(kw_only=True, slots=True)
class CombineFiltersBaseDto:
    """Wire model ``CombineFiltersBaseDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, CombineFiltersBaseDtoType, required
        filters: ``filters``, list[CombineFilterItemDto], required
    """

    type: CombineFiltersBaseDtoType = _attrs.field(metadata={"wire": "type"})
    filters: List[CombineFilterItemDto] = _attrs.field(metadata={"wire": "filters"})


class CombineFiltersBaseDtoType(WireEnum):
    """Enum of ``CombineFiltersBaseDto.type`` (unknown wire values are kept, not rejected)."""

    AND = "and"
    OR = "or"


@_attrs.define(kw_only=True, slots=True)
class CommonResourceDto(WireBacked):
    """Wire model ``CommonResourceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        description: ``description``, str, optional
        name: ``name``, str, optional
        type: ``type``, CommonResourceDtoType, required
        actions: ``actions``, list[ResourceAction], optional
        api_identifier: ``apiIdentifier``, str, optional
        namespace: ``namespace``, str, optional
        linked_to_tenant: ``linkedToTenant``, bool, optional
        id: ``id``, str, required
        namespace_id: ``namespaceId``, int, required
        namespace_name: ``namespaceName``, str, required
        user_pool_id: ``userPoolId``, str, required
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    type: CommonResourceDtoType = _attrs.field(metadata={"wire": "type"})
    actions: List[ResourceAction] | None = _attrs.field(default=None, metadata={"wire": "actions"})
    api_identifier: str | None = _attrs.field(default=None, metadata={"wire": "apiIdentifier"})
    namespace: str | None = _attrs.field(default=None, metadata={"wire": "namespace"})
    linked_to_tenant: bool | None = _attrs.field(default=None, metadata={"wire": "linkedToTenant"})
    id: str = _attrs.field(metadata={"wire": "id"})
    namespace_id: int = _attrs.field(metadata={"wire": "namespaceId"})
    namespace_name: str = _attrs.field(metadata={"wire": "namespaceName"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


class CommonResourceDtoType(WireEnum):
    """Enum of ``CommonResourceDto.type`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"
