# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (CreateResourceBatchItemDto, ..., CreateStringDataResourceRespDtoType)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._r4 import (
        ResourceAction,
    )
    from ._r8 import (
        RoleListItem,
    )

__all__ = [
    "CreateResourceBatchItemDto", "CreateResourceBatchItemDtoType", "CreateResourceDto",
    "CreateResourceDtoType", "CreateResourcesBatchDto", "CreateRoleDto", "CreateRolesBatch",
    "CreateRosterUserInfoDto", "CreateRowDto", "CreateStringDataResourceDto",
    "CreateStringDataResourceRespDto", "CreateStringDataResourceRespDtoType",
]


@_attrs.define(kw_only=True, slots=True)
class CreateResourceBatchItemDto:
    """Wire model ``CreateResourceBatchItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        description: ``description``, str, optional
        name: ``name``, str, optional
        type: ``type``, CreateResourceBatchItemDtoType, required
        actions: ``actions``, list[ResourceAction], optional
        api_identifier: ``apiIdentifier``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    type: CreateResourceBatchItemDtoType = _attrs.field(metadata={"wire": "type"})
    actions: List[ResourceAction] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "actions"})
    api_identifier: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "apiIdentifier"})


class CreateResourceBatchItemDtoType(WireEnum):
    """Enum of ``CreateResourceBatchItemDto.type`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


@_attrs.define(kw_only=True, slots=True)
class CreateResourceDto:
    """Wire model ``CreateResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, CreateResourceDtoType, required
        code: ``code``, str, required
        description: ``description``, str, optional
        name: ``name``, str, optional
        actions: ``actions``, list[ResourceAction], optional
        api_identifier: ``apiIdentifier``, str, optional
        namespace: ``namespace``, str, optional
    """

    type: CreateResourceDtoType = _attrs.field(metadata={"wire": "type"})
    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    actions: List[ResourceAction] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "actions"})
    api_identifier: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "apiIdentifier"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


class CreateResourceDtoType(WireEnum):
    """Enum of ``CreateResourceDto.type`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


@_attrs.define(kw_only=True, slots=True)
class CreateResourcesBatchDto:
    """Wire model ``CreateResourcesBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[CreateResourceBatchItemDto], required
        namespace: ``namespace``, str, optional
    """

    list: List[CreateResourceBatchItemDto] = _attrs.field(metadata={"wire": "list"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class CreateRoleDto:
    """Wire model ``CreateRoleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, optional
        namespace: ``namespace``, str, optional
        description: ``description``, str, optional
        disable_time: ``disableTime``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    disable_time: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "disableTime"})


@_attrs.define(kw_only=True, slots=True)
class CreateRolesBatch:
    """Wire model ``CreateRolesBatch`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[RoleListItem], required
    """

    list: List[RoleListItem] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class CreateRosterUserInfoDto:
    """Wire model ``CreateRosterUserInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
        name: ``name``, str, required
        email: ``email``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
        phone: ``phone``, str, optional
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    email: str = _attrs.field(metadata={"wire": "email"})
    phone_country_code: str | None = _attrs.field(default=None, metadata={"wire": "phoneCountryCode"})
    phone: str | None = _attrs.field(default=None, metadata={"wire": "phone"})


@_attrs.define(kw_only=True, slots=True)
class CreateRowDto:
    """Wire model ``CreateRowDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        data: ``data``, Any, required
        model_id: ``modelId``, str, required
        row_id: ``rowId``, str, optional
    """

    data: Any = _attrs.field(metadata={"wire": "data"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    row_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "rowId"})


@_attrs.define(kw_only=True, slots=True)
class CreateStringDataResourceDto:
    """Wire model ``CreateStringDataResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        actions: ``actions``, list[str], required
        struct: ``struct``, str, required
        resource_code: ``resourceCode``, str, required
        resource_name: ``resourceName``, str, required
        namespace_code: ``namespaceCode``, str, required
        description: ``description``, str, optional
    """

    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    struct: str = _attrs.field(metadata={"wire": "struct"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class CreateStringDataResourceRespDto:
    """Wire model ``CreateStringDataResourceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_name: ``resourceName``, str, required
        resource_code: ``resourceCode``, str, required
        type: ``type``, CreateStringDataResourceRespDtoType, required
        description: ``description``, str, optional
        struct: ``struct``, str, required
        actions: ``actions``, list[str], required
    """

    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    type: CreateStringDataResourceRespDtoType = _attrs.field(metadata={"wire": "type"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    struct: str = _attrs.field(metadata={"wire": "struct"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})


class CreateStringDataResourceRespDtoType(WireEnum):
    """Enum of ``CreateStringDataResourceRespDto.type`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"
