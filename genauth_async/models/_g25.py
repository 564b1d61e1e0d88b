# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GoodsPackageDto, ..., GroupSingleRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import WireBacked

if TYPE_CHECKING:
    from ._r2 import (
        ResGroupDto,
    )
    from ._u17 import (
        UserDto,
    )

__all__ = [
    "GoodsPackageDto", "GroupBo", "GroupDto", "GroupListRespDto", "GroupPaginatedRespDto",
    "GroupPagingDto", "GroupSingleRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class GoodsPackageDto:
    """Wire model ``GoodsPackageDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        name_en: ``nameEn``, str, required
        unit_price: ``unitPrice``, str, required
        code: ``code``, str, required
        group: ``group``, str, required
        scene_code: ``sceneCode``, str, required
        amount: ``amount``, str, required
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    name_en: str = _attrs.field(metadata={"wire": "nameEn"})
    unit_price: str = _attrs.field(metadata={"wire": "unitPrice"})
    code: str = _attrs.field(metadata={"wire": "code"})
    group: str = _attrs.field(metadata={"wire": "group"})
    scene_code: str = _attrs.field(metadata={"wire": "sceneCode"})
    amount: str = _attrs.field(metadata={"wire": "amount"})


@_attrs.define(kw_only=True, slots=True)
class GroupBo:
    """Wire model ``GroupBo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        group_id: ``groupId``, str, required
        group_name: ``groupName``, str, required
        group_code: ``groupCode``, str, required
    """

    group_id: str = _attrs.field(metadata={"wire": "groupId"})
    group_name: str = _attrs.field(metadata={"wire": "groupName"})
    group_code: str = _attrs.field(metadata={"wire": "groupCode"})


@_attrs.define(kw_only=True, slots=True)
class GroupDto(WireBacked):
    """Wire model ``GroupDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, required
        type: ``type``, str, required
        metadata_source: ``metadataSource``, list[str], required
        members: ``members``, list[UserDto], required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str = _attrs.field(metadata={"wire": "description"})
    type: str = _attrs.field(metadata={"wire": "type"})
    metadata_source: List[str] = _attrs.field(metadata={"wire": "metadataSource"})
    members: List[UserDto] = _attrs.field(metadata={"wire": "members"})


@_attrs.define(kw_only=True, slots=True)
class GroupListRespDto(WireBacked):
    """Wire model ``GroupListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[GroupDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[GroupDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GroupPaginatedRespDto(WireBacked):
    """Wire model ``GroupPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GroupPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GroupPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GroupPagingDto(WireBacked):
    """Wire model ``GroupPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ResGroupDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ResGroupDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class GroupSingleRespDto(WireBacked):
    """Wire model ``GroupSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GroupDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GroupDto = _attrs.field(metadata={"wire": "data"})
