# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (FunctionModelDto, ..., FunctionModelOperateIdDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._r1 import (
        RelationOptionalRange,
    )

__all__ = [
    "FunctionModelDto", "FunctionModelDtoDataType", "FunctionModelDtoType",
    "FunctionModelFieldDto", "FunctionModelFieldIdDto", "FunctionModelFieldResDto",
    "FunctionModelIdDto", "FunctionModelListDto", "FunctionModelOperateIdDto",
]


@_attrs.define(kw_only=True, slots=True)
class FunctionModelDto:
    """Wire model ``FunctionModelDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        user_pool_id: ``userPoolId``, str, required
        name: ``name``, str, required
        description: ``description``, str, required
        data_type: ``dataType``, FunctionModelDtoDataType, required
        enable: ``enable``, bool, required
        parent_key: ``parentKey``, str, required
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
        type: ``type``, FunctionModelDtoType, required
        field_order: ``fieldOrder``, str, required
        config: ``config``, Any, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str = _attrs.field(metadata={"wire": "description"})
    data_type: FunctionModelDtoDataType = _attrs.field(metadata={"wire": "dataType"})
    enable: bool = _attrs.field(metadata={"wire": "enable"})
    parent_key: str = _attrs.field(metadata={"wire": "parentKey"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})
    type: FunctionModelDtoType = _attrs.field(metadata={"wire": "type"})
    field_order: str = _attrs.field(metadata={"wire": "fieldOrder"})
    config: Any = _attrs.field(metadata={"wire": "config"})


class FunctionModelDtoDataType(WireEnum):
    """Enum of ``FunctionModelDto.dataType`` (unknown wire values are kept, not rejected)."""

    LIST = "list"
    TREE = "tree"


class FunctionModelDtoType(WireEnum):
    """Enum of ``FunctionModelDto.type`` (unknown wire values are kept, not rejected)."""

    UEBA = "ueba"
    USER = "user"
    POST = "post"
    GROUP = "group"
    DEPARTMENT = "department"
    ORGANIZATION = "organization"
    DEVICE = "device"
    DEVICE_RELY = "device_rely"
    CUSTOM = "custom"


@_attrs.define(kw_only=True, slots=True)
class FunctionModelFieldDto(WireBacked):
    """Wire model ``FunctionModelFieldDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        model_id: ``modelId``, str, required
        name: ``name``, str, required
        key: ``key``, str, required
        type: ``type``, int, required
        show: ``show``, bool, required
        editable: ``editable``, bool, required
        help: ``help``, str, required
        default: ``default``, str, required
        require: ``require``, bool, required
        unique: ``unique``, bool, required
        max_length: ``maxLength``, int, required
        max: ``max``, int, required
        min: ``min``, int, required
        regexp: ``regexp``, str, required
        format: ``format``, int, required
        drop_down: ``dropDown``, int, required
        relation_type: ``relationType``, str, required
        relation_multiple: ``relationMultiple``, bool, required
        relation_show_key: ``relationShowKey``, str, required
        relation_optional_range: ``relationOptionalRange``, RelationOptionalRange, required
        user_visible: ``userVisible``, bool, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    key: str = _attrs.field(metadata={"wire": "key"})
    type: int = _attrs.field(metadata={"wire": "type"})
    show: bool = _attrs.field(metadata={"wire": "show"})
    editable: bool = _attrs.field(metadata={"wire": "editable"})
    help: str = _attrs.field(metadata={"wire": "help"})
    default: str = _attrs.field(metadata={"wire": "default"})
    require: bool = _attrs.field(metadata={"wire": "require"})
    unique: bool = _attrs.field(metadata={"wire": "unique"})
    max_length: int = _attrs.field(metadata={"wire": "maxLength"})
    max: int = _attrs.field(metadata={"wire": "max"})
    min: int = _attrs.field(metadata={"wire": "min"})
    regexp: str = _attrs.field(metadata={"wire": "regexp"})
    format: int = _attrs.field(metadata={"wire": "format"})
    drop_down: int = _attrs.field(metadata={"wire": "dropDown"})
    relation_type: str = _attrs.field(metadata={"wire": "relationType"})
    relation_multiple: bool = _attrs.field(metadata={"wire": "relationMultiple"})
    relation_show_key: str = _attrs.field(metadata={"wire": "relationShowKey"})
    relation_optional_range: RelationOptionalRange = _attrs.field(metadata={"wire": "relationOptionalRange"})
    user_visible: bool = _attrs.field(metadata={"wire": "userVisible"})


@_attrs.define(kw_only=True, slots=True)
class FunctionModelFieldIdDto:
    """Wire model ``FunctionModelFieldIdDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, str, required
        id: ``id``, str, required
    """

    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    id: str = _attrs.field(metadata={"wire": "id"})


@_attrs.define(kw_only=True, slots=True)
class FunctionModelFieldResDto(WireBacked):
    """Wire model ``FunctionModelFieldResDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, FunctionModelFieldDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: FunctionModelFieldDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class FunctionModelIdDto:
    """Wire model ``FunctionModelIdDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})


@_attrs.define(kw_only=True, slots=True)
class FunctionModelListDto(WireBacked):
    """Wire model ``FunctionModelListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        list: ``list``, list[FunctionModelDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    list: List[FunctionModelDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class FunctionModelOperateIdDto:
    """Wire model ``FunctionModelOperateIdDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        custom_config: ``customConfig``, Any, required
        model_id: ``modelId``, str, required
        id: ``id``, str, required
        field_id: ``fieldId``, str, optional
    """

    custom_config: Any = _attrs.field(metadata={"wire": "customConfig"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    id: str = _attrs.field(metadata={"wire": "id"})
    field_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "fieldId"})
