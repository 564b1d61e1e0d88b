# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (DataPoliciesPaginatedRespDto, ..., DecryptDouyinMiniProgramDataDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._a9 import (
        ArrayOrStringActionDto,
    )
    from ._l12 import (
        ListSimpleDataPoliciesRespDto,
    )
    from ._l5 import (
        ListDataPoliciesRespDto,
    )
    from ._l6 import (
        ListDataResourcesRespDto,
    )

__all__ = [
    "DataPoliciesPaginatedRespDto", "DataPoliciesSimplePaginatedRespDto",
    "DataResourceActionListDto", "DataResourcePolicyArrayStructs",
    "DataResourcePolicyStringStructs", "DataResourcePolicyTreeStructs",
    "DataResourceSimpleRespDto", "DataResourceTreeStructs", "DataResourcesPaginatedRespDto",
    "DataStatementPermissionDto", "DataStatementPermissionDtoEffect", "DataSubjectRespDto",
    "DataSubjectRespDtoTargetType", "DecryptDouyinMiniProgramDataDto",
]


@_attrs.define(kw_only=True, slots=True)
class DataPoliciesPaginatedRespDto(WireBacked):
    """Wire model ``DataPoliciesPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ListDataPoliciesRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ListDataPoliciesRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class DataPoliciesSimplePaginatedRespDto(WireBacked):
    """Wire model ``DataPoliciesSimplePaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, optional
        list: ``list``, list[ListSimpleDataPoliciesRespDto], required
    """

    total_count: int | None = _attrs.field(default=None, metadata={"wire": "totalCount"})
    list: List[ListSimpleDataPoliciesRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class DataResourceActionListDto:
    """Wire model ``DataResourceActionListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        node_path: ``nodePath``, str, required
        node_actions: ``nodeActions``, list[str], required
    """

    node_path: str = _attrs.field(metadata={"wire": "nodePath"})
    node_actions: List[str] = _attrs.field(metadata={"wire": "nodeActions"})


@_attrs.define(kw_only=True, slots=True)
class DataResourcePolicyArrayStructs(WireBacked):
    """Wire model ``DataResourcePolicyArrayStructs`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        operation_type: ``operationType``, str, required
        action_list: ``actionList``, list[ArrayOrStringActionDto], required
    """

    operation_type: str = _attrs.field(metadata={"wire": "operationType"})
    action_list: List[ArrayOrStringActionDto] = _attrs.field(metadata={"wire": "actionList"})


@_attrs.define(kw_only=True, slots=True)
class DataResourcePolicyStringStructs(WireBacked):
    """Wire model ``DataResourcePolicyStringStructs`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        operation_type: ``operationType``, str, required
        action_list: ``actionList``, list[ArrayOrStringActionDto], required
    """

    operation_type: str = _attrs.field(metadata={"wire": "operationType"})
    action_list: List[ArrayOrStringActionDto] = _attrs.field(metadata={"wire": "actionList"})


@_attrs.define(kw_only=True, slots=True)
class DataResourcePolicyTreeStructs:
    """Wire model ``DataResourcePolicyTreeStructs`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        value: ``value``, str, optional
        name: ``name``, str, required
        action: ``action``, str, required
        enabled: ``enabled``, bool, required
        children: ``children``, list[str], optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    value: str | None = _attrs.field(default=None, metadata={"wire": "value"})
    name: str = _attrs.field(metadata={"wire": "name"})
    action: str = _attrs.field(metadata={"wire": "action"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    children: List[str] | None = _attrs.field(default=None, metadata={"wire": "children"})


@_attrs.define(kw_only=True, slots=True)
class DataResourceSimpleRespDto:
    """Wire model ``DataResourceSimpleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_id: ``resourceId``, str, required
        resource_name: ``resourceName``, str, required
    """

    resource_id: str = _attrs.field(metadata={"wire": "resourceId"})
    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})


@_attrs.define(kw_only=True, slots=True)
class DataResourceTreeStructs:
    """Wire model ``DataResourceTreeStructs`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, required
        value: ``value``, str, optional
        children: ``children``, list[Any], optional
        extend_field_value: ``extendFieldValue``, Any, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    value: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "value"})
    children: List[Any] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "children"})
    extend_field_value: Any = _attrs.field(default=_UNSET, metadata={"wire": "extendFieldValue"})


@_attrs.define(kw_only=True, slots=True)
class DataResourcesPaginatedRespDto(WireBacked):
    """Wire model ``DataResourcesPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ListDataResourcesRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ListDataResourcesRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class DataStatementPermissionDto:
    """Wire model ``DataStatementPermissionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        effect: ``effect``, DataStatementPermissionDtoEffect, required
        permissions: ``permissions``, list[str], required
    """

    effect: DataStatementPermissionDtoEffect = _attrs.field(metadata={"wire": "effect"})
    permissions: List[str] = _attrs.field(metadata={"wire": "permissions"})


class DataStatementPermissionDtoEffect(WireEnum):
    """Enum of ``DataStatementPermissionDto.effect`` (unknown wire values are kept, not rejected)."""

    DENY = "DENY"
    ALLOW = "ALLOW"


@_attrs.define(kw_only=True, slots=True)
class DataSubjectRespDto:
    """Wire model ``DataSubjectRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_identifier: ``targetIdentifier``, str, required
        target_type: ``targetType``, DataSubjectRespDtoTargetType, required
        target_name: ``targetName``, str, required
        authorization_time: ``authorizationTime``, str, required
    """

    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})
    target_type: DataSubjectRespDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_name: str = _attrs.field(metadata={"wire": "targetName"})
    authorization_time: str = _attrs.field(metadata={"wire": "authorizationTime"})


class DataSubjectRespDtoTargetType(WireEnum):
    """Enum of ``DataSubjectRespDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ORG = "ORG"
    GROUP = "GROUP"
    ROLE = "ROLE"


@_attrs.define(kw_only=True, slots=True)
class DecryptDouyinMiniProgramDataDto:
    """Wire model ``DecryptDouyinMiniProgramDataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        iv: ``iv``, str, required
        encrypted_data: ``encryptedData``, str, required
        ext_idp_connidentifier: ``extIdpConnidentifier``, str, required
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})
    iv: str = _attrs.field(metadata={"wire": "iv"})
    encrypted_data: str = _attrs.field(metadata={"wire": "encryptedData"})
    ext_idp_connidentifier: str = _attrs.field(metadata={"wire": "extIdpConnidentifier"})
