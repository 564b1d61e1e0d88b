# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateTerminalDto`` and its enum (CreateTerminalDtoType)."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["CreateTerminalDto", "CreateTerminalDtoType"]


@_attrs.define(kw_only=True, slots=True)
class CreateTerminalDto:
    """Wire model ``CreateTerminalDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        custom_data: ``customData``, Any, required
        type: ``type``, CreateTerminalDtoType, required
        device_unique_id: ``deviceUniqueId``, str, required
        name: ``name``, str, optional
        version: ``version``, str, optional
        hks: ``hks``, str, optional
        fde: ``fde``, str, optional
        hor: ``hor``, bool, optional
        sn: ``sn``, str, optional
        producer: ``producer``, str, optional
        mod: ``mod``, str, optional
        os: ``os``, str, optional
        imei: ``imei``, str, optional
        meid: ``meid``, str, optional
        description: ``description``, str, optional
        language: ``language``, str, optional
        cookie: ``cookie``, bool, optional
        user_agent: ``userAgent``, str, optional
    """

    custom_data: Any = _attrs.field(metadata={"wire": "customData"})
    type: CreateTerminalDtoType = _attrs.field(metadata={"wire": "type"})
    device_unique_id: str = _attrs.field(metadata={"wire": "deviceUniqueId"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    version: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "version"})
    hks: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "hks"})
    fde: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "fde"})
    hor: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "hor"})
    sn: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sn"})
    producer: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "producer"})
    mod: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "mod"})
    os: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "os"})
    imei: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "imei"})
    meid: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "meid"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    language: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "language"})
    cookie: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "cookie"})
    user_agent: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userAgent"})


class CreateTerminalDtoType(WireEnum):
    """Enum of ``CreateTerminalDto.type`` (unknown wire values are kept, not rejected)."""

    BROWSER = "Browser"
    MOBILE = "Mobile"
    DESKTOP = "Desktop"
