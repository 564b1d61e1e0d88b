# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (PreCheckSmsCodeDtoChannel, ..., PubEventRespDto)."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

__all__ = [
    "PreCheckSmsCodeDtoChannel", "PreviewEmailTemplateDataDto", "PreviewEmailTemplateDto",
    "PreviewEmailTemplateDtoTplEngine", "PreviewEmailTemplateDtoType",
    "PreviewEmailTemplateRespDto", "PrincipalAuthenticationInfoDto",
    "PrincipalAuthenticationInfoPaginatedRespDto", "PrincipalAuthenticationInfoPagingDto",
    "PubEventDto", "PubEventRespDataDto", "PubEventRespDto",
]


class PreCheckSmsCodeDtoChannel(WireEnum):
    """Enum of ``PreCheckSmsCodeDto.channel`` (unknown wire values are kept, not rejected)."""

    CHANNEL_LOGIN = "CHANNEL_LOGIN"
    CHANNEL_REGISTER = "CHANNEL_REGISTER"
    CHANNEL_RESET_PASSWORD = "CHANNEL_RESET_PASSWORD"
    CHANNEL_BIND_PHONE = "CHANNEL_BIND_PHONE"
    CHANNEL_UNBIND_PHONE = "CHANNEL_UNBIND_PHONE"
    CHANNEL_BIND_MFA = "CHANNEL_BIND_MFA"
    CHANNEL_VERIFY_MFA = "CHANNEL_VERIFY_MFA"
    CHANNEL_UNBIND_MFA = "CHANNEL_UNBIND_MFA"
    CHANNEL_COMPLETE_PHONE = "CHANNEL_COMPLETE_PHONE"
    CHANNEL_IDENTITY_VERIFICATION = "CHANNEL_IDENTITY_VERIFICATION"
    CHANNEL_DELETE_ACCOUNT = "CHANNEL_DELETE_ACCOUNT"


@_attrs.define(kw_only=True, slots=True)
class PreviewEmailTemplateDataDto:
    """Wire model ``PreviewEmailTemplateDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        content: ``content``, str, required
        subject: ``subject``, str, required
        sender: ``sender``, str, required
    """

    content: str = _attrs.field(metadata={"wire": "content"})
    subject: str = _attrs.field(metadata={"wire": "subject"})
    sender: str = _attrs.field(metadata={"wire": "sender"})


@_attrs.define(kw_only=True, slots=True)
class PreviewEmailTemplateDto:
    """Wire model ``PreviewEmailTemplateDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, PreviewEmailTemplateDtoType, required
        content: ``content``, str, optional
        subject: ``subject``, str, optional
        sender: ``sender``, str, optional
        expires_in: ``expiresIn``, int, optional
        tpl_engine: ``tplEngine``, PreviewEmailTemplateDtoTplEngine, optional
    """

    type: PreviewEmailTemplateDtoType = _attrs.field(metadata={"wire": "type"})
    content: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "content"})
    subject: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "subject"})
    sender: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sender"})
    expires_in: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "expiresIn"})
    tpl_engine: PreviewEmailTemplateDtoTplEngine | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tplEngine"})


class PreviewEmailTemplateDtoTplEngine(WireEnum):
    """Enum of ``PreviewEmailTemplateDto.tplEngine`` (unknown wire values are kept, not rejected)."""

    HANDLEBAR = "handlebar"
    EJS = "ejs"


class PreviewEmailTemplateDtoType(WireEnum):
    """Enum of ``PreviewEmailTemplateDto.type`` (unknown wire values are kept, not rejected)."""

    WELCOME_EMAIL = "WELCOME_EMAIL"
    FIRST_CREATED_USER = "FIRST_CREATED_USER"
    REGISTER_VERIFY_CODE = "REGISTER_VERIFY_CODE"
    LOGIN_VERIFY_CODE = "LOGIN_VERIFY_CODE"
    MFA_VERIFY_CODE = "MFA_VERIFY_CODE"
    INFORMATION_COMPLETION_VERIFY_CODE = "INFORMATION_COMPLETION_VERIFY_CODE"
    FIRST_EMAIL_LOGIN_VERIFY = "FIRST_EMAIL_LOGIN_VERIFY"
    CONSOLE_CONDUCTED_VERIFY = "CONSOLE_CONDUCTED_VERIFY"
    USER_PASSWORD_UPDATE_REMIND = "USER_PASSWORD_UPDATE_REMIND"
    ADMIN_RESET_USER_PASSWORD_NOTIFICATION = "ADMIN_RESET_USER_PASSWORD_NOTIFICATION"
    USER_PASSWORD_RESET_NOTIFICATION = "USER_PASSWORD_RESET_NOTIFICATION"
    RESET_PASSWORD_VERIFY_CODE = "RESET_PASSWORD_VERIFY_CODE"
    SELF_UNLOCKING_VERIFY_CODE = "SELF_UNLOCKING_VERIFY_CODE"
    EMAIL_BIND_VERIFY_CODE = "EMAIL_BIND_VERIFY_CODE"
    EMAIL_UNBIND_VERIFY_CODE = "EMAIL_UNBIND_VERIFY_CODE"


@_attrs.define(kw_only=True, slots=True)
class PreviewEmailTemplateRespDto(WireBacked):
    """Wire model ``PreviewEmailTemplateRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        data: ``data``, PreviewEmailTemplateDataDto, required
    """

    data: PreviewEmailTemplateDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PrincipalAuthenticationInfoDto:
    """Wire model ``PrincipalAuthenticationInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        authenticated: ``authenticated``, bool, required
        principal_type: ``principalType``, str, required
        principal_code: ``principalCode``, str, required
        principal_name: ``principalName``, str, required
        authenticated_at: ``authenticatedAt``, str, required
    """

    authenticated: bool = _attrs.field(metadata={"wire": "authenticated"})
    principal_type: str = _attrs.field(metadata={"wire": "principalType"})
    principal_code: str = _attrs.field(metadata={"wire": "principalCode"})
    principal_name: str = _attrs.field(metadata={"wire": "principalName"})
    authenticated_at: str = _attrs.field(metadata={"wire": "authenticatedAt"})


@_attrs.define(kw_only=True, slots=True)
class PrincipalAuthenticationInfoPaginatedRespDto(WireBacked):
    """Wire model ``PrincipalAuthenticationInfoPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PrincipalAuthenticationInfoPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PrincipalAuthenticationInfoPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PrincipalAuthenticationInfoPagingDto(WireBacked):
    """Wire model ``PrincipalAuthenticationInfoPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[PrincipalAuthenticationInfoDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[PrincipalAuthenticationInfoDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class PubEventDto:
    """Wire model ``PubEventDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        event_type: ``eventType``, str, required
        event_data: ``eventData``, Any, required
    """

    event_type: str = _attrs.field(metadata={"wire": "eventType"})
    event_data: Any = _attrs.field(metadata={"wire": "eventData"})


@_attrs.define(kw_only=True, slots=True)
class PubEventRespDataDto:
    """Wire model ``PubEventRespDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
        err_msg: ``errMsg``, bool, optional
    """

    success: bool = _attrs.field(metadata={"wire": "success"})
    err_msg: bool | None = _attrs.field(default=None, metadata={"wire": "errMsg"})


@_attrs.define(kw_only=True, slots=True)
class PubEventRespDto(WireBacked):
    """Wire model ``PubEventRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PubEventRespDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PubEventRespDataDto = _attrs.field(metadata={"wire": "data"})
