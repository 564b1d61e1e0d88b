# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (LoginHistoryPaginatedRespDto, ..., LoginTokenResponseDataDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._l15 import (
        LoginHistoryDto,
    )

__all__ = [
    "LoginHistoryPaginatedRespDto", "LoginIpWhitelistCheckConfigDto",
    "LoginPassowrdFailCheckConfigDto", "LoginTokenRespDto", "LoginTokenResponseDataDto",
]


@_attrs.define(kw_only=True, slots=True)
class LoginHistoryPaginatedRespDto(WireBacked):
    """Wire model ``LoginHistoryPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[LoginHistoryDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[LoginHistoryDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class LoginIpWhitelistCheckConfigDto:
    """Wire model ``LoginIpWhitelistCheckConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        ip_whitelist: ``ipWhitelist``, str, required
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    ip_whitelist: str = _attrs.field(metadata={"wire": "ipWhitelist"})


@_attrs.define(kw_only=True, slots=True)
class LoginPassowrdFailCheckConfigDto:
    """Wire model ``LoginPassowrdFailCheckConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        limit: ``limit``, int, required
        time_interval: ``timeInterval``, int, required
        unit: ``unit``, str, optional
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    limit: int = _attrs.field(metadata={"wire": "limit"})
    time_interval: int = _attrs.field(metadata={"wire": "timeInterval"})
    unit: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "unit"})


@_attrs.define(kw_only=True, slots=True)
class LoginTokenRespDto(WireBacked):
    """Wire model ``LoginTokenRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, LoginTokenResponseDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: LoginTokenResponseDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class LoginTokenResponseDataDto:
    """Wire model ``LoginTokenResponseDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        scope: ``scope``, str, optional
        access_token: ``access_token``, str, optional
        id_token: ``id_token``, str, optional
        refresh_token: ``refresh_token``, str, optional
        token_type: ``token_type``, str, required
        expire_in: ``expire_in``, int, required
    """

    scope: str | None = _attrs.field(default=None, metadata={"wire": "scope"})
    access_token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "access_token"})
    id_token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "id_token"})
    refresh_token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "refresh_token"})
    token_type: str = _attrs.field(metadata={"wire": "token_type"})
    expire_in: int = _attrs.field(metadata={"wire": "expire_in"})
