# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (WhitelistListRespDto, WhitelistRespDto)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked

__all__ = [
    "WhitelistListRespDto", "WhitelistRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class WhitelistListRespDto(WireBacked):
    """Wire model ``WhitelistListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, WhitelistRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: WhitelistRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class WhitelistRespDto:
    """Wire model ``WhitelistRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        value: ``value``, str, required
        created_at: ``createdAt``, str, required
    """

    value: str = _attrs.field(metadata={"wire": "value"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
