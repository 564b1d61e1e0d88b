# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (CreateArrayDataResourceRespDto, ..., CreateDataResourceDtoType)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._d1 import (
        DataResourceTreeStructs, DataStatementPermissionDto,
    )
    from ._e5 import (
        ExtendField,
    )
    from ._s12 import (
        SubjectDto,
    )

__all__ = [
    "CreateArrayDataResourceRespDto", "CreateArrayDataResourceRespDtoType",
    "CreateArrayDataResourceResponseDto", "CreateAsaAccountDto", "CreateAsaAccountsBatchDto",
    "CreateAsaAccountsBatchItemDto", "CreateAuthorizeDataPolicyDto", "CreateDataPolicyDto",
    "CreateDataPolicyRespDto", "CreateDataPolicyResponseDto", "CreateDataResourceDto",
    "CreateDataResourceDtoType",
]


@_attrs.define(kw_only=True, slots=True)
class CreateArrayDataResourceRespDto:
    """Wire model ``CreateArrayDataResourceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_name: ``resourceName``, str, required
        resource_code: ``resourceCode``, str, required
        type: ``type``, CreateArrayDataResourceRespDtoType, required
        description: ``description``, str, optional
        struct: ``struct``, list[str], required
        actions: ``actions``, list[str], required
    """

    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    type: CreateArrayDataResourceRespDtoType = _attrs.field(metadata={"wire": "type"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    struct: List[str] = _attrs.field(metadata={"wire": "struct"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})


class CreateArrayDataResourceRespDtoType(WireEnum):
    """Enum of ``CreateArrayDataResourceRespDto.type`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"


@_attrs.define(kw_only=True, slots=True)
class CreateArrayDataResourceResponseDto(WireBacked):
    """Wire model ``CreateArrayDataResourceResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CreateArrayDataResourceRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CreateArrayDataResourceRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreateAsaAccountDto:
    """Wire model ``CreateAsaAccountDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        account_info: ``accountInfo``, Any, required
        app_id: ``appId``, str, required
    """

    account_info: Any = _attrs.field(metadata={"wire": "accountInfo"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class CreateAsaAccountsBatchDto:
    """Wire model ``CreateAsaAccountsBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[CreateAsaAccountsBatchItemDto], required
        app_id: ``appId``, str, required
    """

    list: List[CreateAsaAccountsBatchItemDto] = _attrs.field(metadata={"wire": "list"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class CreateAsaAccountsBatchItemDto:
    """Wire model ``CreateAsaAccountsBatchItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        account_info: ``accountInfo``, Any, required
    """

    account_info: Any = _attrs.field(metadata={"wire": "accountInfo"})


@_attrs.define(kw_only=True, slots=True)
class CreateAuthorizeDataPolicyDto:
    """Wire model ``CreateAuthorizeDataPolicyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_list: ``targetList``, list[SubjectDto], required
        policy_ids: ``policyIds``, list[str], required
    """

    target_list: List[SubjectDto] = _attrs.field(metadata={"wire": "targetList"})
    policy_ids: List[str] = _attrs.field(metadata={"wire": "policyIds"})


@_attrs.define(kw_only=True, slots=True)
class CreateDataPolicyDto:
    """Wire model ``CreateDataPolicyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        statement_list: ``statementList``, list[DataStatementPermissionDto], required
        policy_name: ``policyName``, str, required
        description: ``description``, str, optional
    """

    statement_list: List[DataStatementPermissionDto] = _attrs.field(metadata={"wire": "statementList"})
    policy_name: str = _attrs.field(metadata={"wire": "policyName"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class CreateDataPolicyRespDto:
    """Wire model ``CreateDataPolicyRespDto`` (response side; optional fields default to None).

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
class CreateDataPolicyResponseDto(WireBacked):
    """Wire model ``CreateDataPolicyResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CreateDataPolicyRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CreateDataPolicyRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreateDataResourceDto:
    """Wire model ``CreateDataResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        actions: ``actions``, list[str], required
        struct: ``struct``, DataResourceTreeStructs | str | list[str], required
        type: ``type``, CreateDataResourceDtoType, required
        resource_code: ``resourceCode``, str, required
        resource_name: ``resourceName``, str, required
        namespace_code: ``namespaceCode``, str, required
        description: ``description``, str, optional
        extend_field_list: ``extendFieldList``, list[ExtendField], optional
    """

    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    struct: DataResourceTreeStructs | str | List[str] = _attrs.field(metadata={"wire": "struct"})
    type: CreateDataResourceDtoType = _attrs.field(metadata={"wire": "type"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    extend_field_list: List[ExtendField] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extendFieldList"})


class CreateDataResourceDtoType(WireEnum):
    """Enum of ``CreateDataResourceDto.type`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"
