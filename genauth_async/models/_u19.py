# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (UserLoggedInAppsDto, ..., UserPagingDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import WireBacked

if TYPE_CHECKING:
    from ._u17 import (
        UserDto,
    )

__all__ = [
    "UserLoggedInAppsDto", "UserLoggedInAppsListRespDto", "UserLoggedInIdentitiesDto",
    "UserLoggedInIdentitiesRespDto", "UserLoginHistoryDto", "UserLoginHistoryPaginatedRespDto",
    "UserLoginHistoryPagingDto", "UserMfaRespDto", "UserMfaSingleRespDto", "UserPaginatedRespDto",
    "UserPagingDto",
]


@_attrs.define(kw_only=True, slots=True)
class UserLoggedInAppsDto:
    """Wire model ``UserLoggedInAppsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_name: ``appName``, str, required
        app_logo: ``appLogo``, str, required
        app_login_url: ``appLoginUrl``, str, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    app_logo: str = _attrs.field(metadata={"wire": "appLogo"})
    app_login_url: str = _attrs.field(metadata={"wire": "appLoginUrl"})


@_attrs.define(kw_only=True, slots=True)
class UserLoggedInAppsListRespDto(WireBacked):
    """Wire model ``UserLoggedInAppsListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[UserLoggedInAppsDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[UserLoggedInAppsDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserLoggedInIdentitiesDto:
    """Wire model ``UserLoggedInIdentitiesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        identity_id: ``identityId``, str, required
        idp_name: ``idpName``, str, required
        idp_name_en: ``idpNameEn``, str, required
        idp_logo: ``idpLogo``, str, required
        idp_id: ``idpId``, str, required
    """

    identity_id: str = _attrs.field(metadata={"wire": "identityId"})
    idp_name: str = _attrs.field(metadata={"wire": "idpName"})
    idp_name_en: str = _attrs.field(metadata={"wire": "idpNameEn"})
    idp_logo: str = _attrs.field(metadata={"wire": "idpLogo"})
    idp_id: str = _attrs.field(metadata={"wire": "idpId"})


@_attrs.define(kw_only=True, slots=True)
class UserLoggedInIdentitiesRespDto(WireBacked):
    """Wire model ``UserLoggedInIdentitiesRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[UserLoggedInIdentitiesDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[UserLoggedInIdentitiesDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserLoginHistoryDto:
    """Wire model ``UserLoginHistoryDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_name: ``appName``, str, required
        app_logo: ``appLogo``, str, required
        app_login_url: ``appLoginUrl``, str, required
        client_ip: ``clientIp``, str, required
        user_agent: ``userAgent``, str, optional
        time: ``time``, str, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    app_logo: str = _attrs.field(metadata={"wire": "appLogo"})
    app_login_url: str = _attrs.field(metadata={"wire": "appLoginUrl"})
    client_ip: str = _attrs.field(metadata={"wire": "clientIp"})
    user_agent: str | None = _attrs.field(default=None, metadata={"wire": "userAgent"})
    time: str = _attrs.field(metadata={"wire": "time"})


@_attrs.define(kw_only=True, slots=True)
class UserLoginHistoryPaginatedRespDto(WireBacked):
    """Wire model ``UserLoginHistoryPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UserLoginHistoryPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UserLoginHistoryPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserLoginHistoryPagingDto(WireBacked):
    """Wire model ``UserLoginHistoryPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[UserLoginHistoryDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[UserLoginHistoryDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class UserMfaRespDto:
    """Wire model ``UserMfaRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        totp_status: ``totpStatus``, str, required
        face_mfa_status: ``faceMfaStatus``, str, required
        sms_mfa_status: ``smsMfaStatus``, str, required
        email_mfa_status: ``emailMfaStatus``, str, required
    """

    totp_status: str = _attrs.field(metadata={"wire": "totpStatus"})
    face_mfa_status: str = _attrs.field(metadata={"wire": "faceMfaStatus"})
    sms_mfa_status: str = _attrs.field(metadata={"wire": "smsMfaStatus"})
    email_mfa_status: str = _attrs.field(metadata={"wire": "emailMfaStatus"})


@_attrs.define(kw_only=True, slots=True)
class UserMfaSingleRespDto(WireBacked):
    """Wire model ``UserMfaSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UserMfaRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UserMfaRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserPaginatedRespDto(WireBacked):
    """Wire model ``UserPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UserPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UserPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserPagingDto(WireBacked):
    """Wire model ``UserPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[UserDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[UserDto] = _attrs.field(metadata={"wire": "list"})
