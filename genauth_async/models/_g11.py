# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetInvitationUserRespDto, ..., GetMapInfoRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._a1 import (
        AccessTokenResDto,
    )
    from ._g12 import (
        GetMfaInfoDataDto,
    )
    from ._i4 import (
        InvitationUserDto,
    )
    from ._i5 import (
        InviteeContextDto,
    )
    from ._l15 import (
        LoggedInAppsDto,
    )
    from ._l16 import (
        LoginHistoryPaginatedRespDto,
    )

__all__ = [
    "GetInvitationUserRespDto", "GetInviteeContextRespDto", "GetLdapServerLogDto",
    "GetLdapSubEntriesDto", "GetLoggedInAppsRespDto", "GetLoginHistoryDto",
    "GetLoginHistoryRespDto", "GetManagementAccessTokenDto", "GetManagementTokenRespDto",
    "GetMapInfoRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class GetInvitationUserRespDto(WireBacked):
    """Wire model ``GetInvitationUserRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, InvitationUserDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: InvitationUserDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetInviteeContextRespDto(WireBacked):
    """Wire model ``GetInviteeContextRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, InviteeContextDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: InviteeContextDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetLdapServerLogDto:
    """Wire model ``GetLdapServerLogDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        type: ``type``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        connection: ``connection``, Any, optional
        operation_number: ``operationNumber``, Any, optional
        error_code: ``errorCode``, Any, optional
        message: ``message``, Any, optional
        start_time: ``startTime``, Any, optional
        end_time: ``endTime``, Any, optional
    """

    type: Any = _attrs.field(default=None, metadata={"wire": "type"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    connection: Any = _attrs.field(default=None, metadata={"wire": "connection"})
    operation_number: Any = _attrs.field(default=None, metadata={"wire": "operationNumber"})
    error_code: Any = _attrs.field(default=None, metadata={"wire": "errorCode"})
    message: Any = _attrs.field(default=None, metadata={"wire": "message"})
    start_time: Any = _attrs.field(default=None, metadata={"wire": "startTime"})
    end_time: Any = _attrs.field(default=None, metadata={"wire": "endTime"})


@_attrs.define(kw_only=True, slots=True)
class GetLdapSubEntriesDto:
    """Wire model ``GetLdapSubEntriesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        dn: ``dn``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    dn: Any = _attrs.field(default=None, metadata={"wire": "dn"})


@_attrs.define(kw_only=True, slots=True)
class GetLoggedInAppsRespDto(WireBacked):
    """Wire model ``GetLoggedInAppsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[LoggedInAppsDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[LoggedInAppsDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetLoginHistoryDto:
    """Wire model ``GetLoginHistoryDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
        client_ip: ``clientIp``, Any, optional
        success: ``success``, Any, optional
        start: ``start``, Any, optional
        end: ``end``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    client_ip: Any = _attrs.field(default=None, metadata={"wire": "clientIp"})
    success: Any = _attrs.field(default=None, metadata={"wire": "success"})
    start: Any = _attrs.field(default=None, metadata={"wire": "start"})
    end: Any = _attrs.field(default=None, metadata={"wire": "end"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class GetLoginHistoryRespDto(WireBacked):
    """Wire model ``GetLoginHistoryRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, LoginHistoryPaginatedRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: LoginHistoryPaginatedRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetManagementAccessTokenDto:
    """Wire model ``GetManagementAccessTokenDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        access_key_id: ``accessKeyId``, str, required
        access_key_secret: ``accessKeySecret``, str, required
    """

    access_key_id: str = _attrs.field(metadata={"wire": "accessKeyId"})
    access_key_secret: str = _attrs.field(repr=_masked, metadata={"wire": "accessKeySecret"})


@_attrs.define(kw_only=True, slots=True)
class GetManagementTokenRespDto(WireBacked):
    """Wire model ``GetManagementTokenRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, AccessTokenResDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: AccessTokenResDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetMapInfoRespDto(WireBacked):
    """Wire model ``GetMapInfoRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetMfaInfoDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetMfaInfoDataDto = _attrs.field(metadata={"wire": "data"})
