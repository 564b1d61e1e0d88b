# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (UpdateAuthEnabledDto, ..., UpdateDataResourceResponseDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._d1 import (
        DataResourceTreeStructs, DataStatementPermissionDto,
    )
    from ._e5 import (
        ExtendField,
    )

__all__ = [
    "UpdateAuthEnabledDto", "UpdateBizEmailTemplateDto", "UpdateBizEmailTemplateDtoTplEngine",
    "UpdateDataPolicyDto", "UpdateDataPolicyRespDto", "UpdateDataPolicyResponseDto",
    "UpdateDataResourceDto", "UpdateDataResourceRespDto", "UpdateDataResourceRespDtoType",
    "UpdateDataResourceResponseDto",
]


@_attrs.define(kw_only=True, slots=True)
class UpdateAuthEnabledDto:
    """Wire model ``UpdateAuthEnabledDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        id: ``id``, str, required
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    id: str = _attrs.field(metadata={"wire": "id"})


@_attrs.define(kw_only=True, slots=True)
class UpdateBizEmailTemplateDto:
    """Wire model ``UpdateBizEmailTemplateDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, str, optional
        subject: ``subject``, str, required
        content: ``content``, str, required
        sender: ``sender``, str, optional
        tpl_engine: ``tplEngine``, UpdateBizEmailTemplateDtoTplEngine, optional
    """

    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    subject: str = _attrs.field(metadata={"wire": "subject"})
    content: str = _attrs.field(metadata={"wire": "content"})
    sender: str | None = _attrs.field(default=None, metadata={"wire": "sender"})
    tpl_engine: UpdateBizEmailTemplateDtoTplEngine | None = _attrs.field(default=None, metadata={"wire": "tplEngine"})


class UpdateBizEmailTemplateDtoTplEngine(WireEnum):
    """Enum of ``UpdateBizEmailTemplateDto.tplEngine`` (unknown wire values are kept, not rejected)."""

    HANDLEBAR = "handlebar"
    EJS = "ejs"


@_attrs.define(kw_only=True, slots=True)
class UpdateDataPolicyDto:
    """Wire model ``UpdateDataPolicyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
        policy_name: ``policyName``, str, optional
        description: ``description``, str, optional
        statement_list: ``statementList``, list[DataStatementPermissionDto], optional
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    policy_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "policyName"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    statement_list: List[DataStatementPermissionDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "statementList"})


@_attrs.define(kw_only=True, slots=True)
class UpdateDataPolicyRespDto:
    """Wire model ``UpdateDataPolicyRespDto`` (response side; optional fields default to None).

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
class UpdateDataPolicyResponseDto(WireBacked):
    """Wire model ``UpdateDataPolicyResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UpdateDataPolicyRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UpdateDataPolicyRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UpdateDataResourceDto:
    """Wire model ``UpdateDataResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        namespace_code: ``namespaceCode``, str, required
        resource_name: ``resourceName``, str, optional
        description: ``description``, str, optional
        struct: ``struct``, DataResourceTreeStructs | str | list[str], optional
        actions: ``actions``, list[str], optional
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    resource_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resourceName"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    struct: DataResourceTreeStructs | str | List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "struct"})
    actions: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "actions"})


@_attrs.define(kw_only=True, slots=True)
class UpdateDataResourceRespDto(WireBacked):
    """Wire model ``UpdateDataResourceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_name: ``resourceName``, str, required
        resource_code: ``resourceCode``, str, required
        type: ``type``, UpdateDataResourceRespDtoType, required
        description: ``description``, str, optional
        struct: ``struct``, DataResourceTreeStructs | str | list[str], required
        extend_field_list: ``extendFieldList``, list[ExtendField], optional
        actions: ``actions``, list[str], required
    """

    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    type: UpdateDataResourceRespDtoType = _attrs.field(metadata={"wire": "type"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    struct: DataResourceTreeStructs | str | List[str] = _attrs.field(metadata={"wire": "struct"})
    extend_field_list: List[ExtendField] | None = _attrs.field(default=None, metadata={"wire": "extendFieldList"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})


class UpdateDataResourceRespDtoType(WireEnum):
    """Enum of ``UpdateDataResourceRespDto.type`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"


@_attrs.define(kw_only=True, slots=True)
class UpdateDataResourceResponseDto(WireBacked):
    """Wire model ``UpdateDataResourceResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UpdateDataResourceRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UpdateDataResourceRespDto = _attrs.field(metadata={"wire": "data"})
