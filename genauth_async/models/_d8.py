# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (DeviceInfo, ..., DropDownItemDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._e5 import (
        ExtendField,
    )

__all__ = [
    "DeviceInfo", "DeviceInfoStatus", "DeviceInfoType", "DeviceRuleDto", "DeviceStatusRespDto",
    "DeviceStatusResponseDataDto", "DeviceStatusResponseDataDtoStatus", "DnefPaginatedRespDto",
    "DropDownItemDto",
]


@_attrs.define(kw_only=True, slots=True)
class DeviceInfo:
    """Wire model ``DeviceInfo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        device_id: ``deviceId``, str, required
        name: ``name``, str, optional
        version: ``version``, str, optional
        type: ``type``, DeviceInfoType, required
        mod: ``mod``, str, optional
        os: ``os``, str, optional
        status: ``status``, DeviceInfoStatus, optional
        user_agent: ``userAgent``, str, optional
    """

    device_id: str = _attrs.field(metadata={"wire": "deviceId"})
    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    version: str | None = _attrs.field(default=None, metadata={"wire": "version"})
    type: DeviceInfoType = _attrs.field(metadata={"wire": "type"})
    mod: str | None = _attrs.field(default=None, metadata={"wire": "mod"})
    os: str | None = _attrs.field(default=None, metadata={"wire": "os"})
    status: DeviceInfoStatus | None = _attrs.field(default=None, metadata={"wire": "status"})
    user_agent: str | None = _attrs.field(default=None, metadata={"wire": "userAgent"})


class DeviceInfoStatus(WireEnum):
    """Enum of ``DeviceInfo.status`` (unknown wire values are kept, not rejected)."""

    ACTIVATED = "activated"
    SUSPENDED = "suspended"
    DEACTIVATED = "deactivated"


class DeviceInfoType(WireEnum):
    """Enum of ``DeviceInfo.type`` (unknown wire values are kept, not rejected)."""

    BROWSER = "Browser"
    MOBILE = "Mobile"
    DESKTOP = "Desktop"


@_attrs.define(kw_only=True, slots=True)
class DeviceRuleDto:
    """Wire model ``DeviceRuleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        max_online_devices: ``maxOnlineDevices``, int, required
    """

    max_online_devices: int = _attrs.field(metadata={"wire": "maxOnlineDevices"})


@_attrs.define(kw_only=True, slots=True)
class DeviceStatusRespDto(WireBacked):
    """Wire model ``DeviceStatusRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, DeviceStatusResponseDataDto, optional
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: DeviceStatusResponseDataDto | None = _attrs.field(default=None, metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class DeviceStatusResponseDataDto:
    """Wire model ``DeviceStatusResponseDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status: ``status``, DeviceStatusResponseDataDtoStatus, required
        diff_time: ``diffTime``, int, optional
    """

    status: DeviceStatusResponseDataDtoStatus = _attrs.field(metadata={"wire": "status"})
    diff_time: int | None = _attrs.field(default=None, metadata={"wire": "diffTime"})


class DeviceStatusResponseDataDtoStatus(WireEnum):
    """Enum of ``DeviceStatusResponseDataDto.status`` (unknown wire values are kept, not rejected)."""

    ACTIVATED = "activated"
    SUSPENDED = "suspended"
    DEACTIVATED = "deactivated"


@_attrs.define(kw_only=True, slots=True)
class DnefPaginatedRespDto(WireBacked):
    """Wire model ``DnefPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        next_start_index: ``nextStartIndex``, int, required
        truncated: ``truncated``, bool, required
        list: ``list``, list[ExtendField], required
    """

    next_start_index: int = _attrs.field(metadata={"wire": "nextStartIndex"})
    truncated: bool = _attrs.field(metadata={"wire": "truncated"})
    list: List[ExtendField] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class DropDownItemDto:
    """Wire model ``DropDownItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        label: ``label``, str, required
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    label: str = _attrs.field(metadata={"wire": "label"})
