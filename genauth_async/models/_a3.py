# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (AdminAuditLogRespDto, ..., ApplicationAgreementDtoDisplayAt)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._a2 import (
        AdminAuditLogRespData,
    )
    from ._a4 import (
        ApplicationAgreementDtoLang,
    )
    from ._e2 import (
        ErrMsgI18nDto,
    )

__all__ = [
    "AdminAuditLogRespDto", "AliExmailEmailProviderConfig", "AliExmailEmailProviderConfigInput",
    "AlipayAuthInfoDataDto", "AllOperateDto", "AppDto", "AppDtoAppDefaultLoginStrategy",
    "AppListRespDto", "AppQRCodeLoginDto", "AppQrCodeLoginDtoAction", "AppValidateRuleDto",
    "AppValidateRuleDtoContent", "AppValidateRuleDtoType", "ApplicationAgreementDto",
    "ApplicationAgreementDtoDisplayAt",
]


@_attrs.define(kw_only=True, slots=True)
class AdminAuditLogRespDto(WireBacked):
    """Wire model ``AdminAuditLogRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, AdminAuditLogRespData, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: AdminAuditLogRespData = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class AliExmailEmailProviderConfig:
    """Wire model ``AliExmailEmailProviderConfig`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sender: ``sender``, str, required
        sender_pass: ``senderPass``, str, required
    """

    sender: str = _attrs.field(metadata={"wire": "sender"})
    sender_pass: str = _attrs.field(repr=_masked, metadata={"wire": "senderPass"})


@_attrs.define(kw_only=True, slots=True)
class AliExmailEmailProviderConfigInput:
    """Wire model ``AliExmailEmailProviderConfigInput`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        sender: ``sender``, str, required
        sender_pass: ``senderPass``, str, required
    """

    sender: str = _attrs.field(metadata={"wire": "sender"})
    sender_pass: str = _attrs.field(repr=_masked, metadata={"wire": "senderPass"})


@_attrs.define(kw_only=True, slots=True)
class AlipayAuthInfoDataDto:
    """Wire model ``AlipayAuthInfoDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        auth_info: ``authInfo``, str, required
    """

    auth_info: str = _attrs.field(metadata={"wire": "authInfo"})


@_attrs.define(kw_only=True, slots=True)
class AllOperateDto:
    """Wire model ``AllOperateDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, Any, optional
    """

    model_id: Any = _attrs.field(default=None, metadata={"wire": "modelId"})


@_attrs.define(kw_only=True, slots=True)
class AppDto:
    """Wire model ``AppDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_name: ``appName``, str, required
        app_logo: ``appLogo``, str, required
        app_login_url: ``appLoginUrl``, str, required
        app_default_login_strategy: ``appDefaultLoginStrategy``, AppDtoAppDefaultLoginStrategy, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    app_logo: str = _attrs.field(metadata={"wire": "appLogo"})
    app_login_url: str = _attrs.field(metadata={"wire": "appLoginUrl"})
    app_default_login_strategy: AppDtoAppDefaultLoginStrategy = _attrs.field(metadata={"wire": "appDefaultLoginStrategy"})


class AppDtoAppDefaultLoginStrategy(WireEnum):
    """Enum of ``AppDto.appDefaultLoginStrategy`` (unknown wire values are kept, not rejected)."""

    ALLOW_ALL = "ALLOW_ALL"
    DENY_ALL = "DENY_ALL"


@_attrs.define(kw_only=True, slots=True)
class AppListRespDto(WireBacked):
    """Wire model ``AppListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[AppDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[AppDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class AppQRCodeLoginDto:
    """Wire model ``AppQRCodeLoginDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        action: ``action``, AppQrCodeLoginDtoAction, required
        qrcode_id: ``qrcodeId``, str, required
    """

    action: AppQrCodeLoginDtoAction = _attrs.field(metadata={"wire": "action"})
    qrcode_id: str = _attrs.field(metadata={"wire": "qrcodeId"})


class AppQrCodeLoginDtoAction(WireEnum):
    """Enum of ``AppQRCodeLoginDto.action`` (unknown wire values are kept, not rejected)."""

    APP_LOGIN = "APP_LOGIN"


@_attrs.define(kw_only=True, slots=True)
class AppValidateRuleDto:
    """Wire model ``AppValidateRuleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, AppValidateRuleDtoType, required
        content: ``content``, AppValidateRuleDtoContent, required
        error_message: ``errorMessage``, str, optional
        i18n: ``i18n``, ErrMsgI18nDto, optional
    """

    type: AppValidateRuleDtoType = _attrs.field(metadata={"wire": "type"})
    content: AppValidateRuleDtoContent = _attrs.field(metadata={"wire": "content"})
    error_message: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "errorMessage"})
    i18n: ErrMsgI18nDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})


class AppValidateRuleDtoContent(WireEnum):
    """Enum of ``AppValidateRuleDto.content`` (unknown wire values are kept, not rejected)."""

    NONE = "None"
    REG_EXP = "regExp"
    PHONE = "phone"
    EMAIL = "email"
    IS_NUMBER = "isNumber"


class AppValidateRuleDtoType(WireEnum):
    """Enum of ``AppValidateRuleDto.type`` (unknown wire values are kept, not rejected)."""

    NONE = "None"
    REG_EXP = "regExp"
    PHONE = "phone"
    EMAIL = "email"
    IS_NUMBER = "isNumber"


@_attrs.define(kw_only=True, slots=True)
class ApplicationAgreementDto:
    """Wire model ``ApplicationAgreementDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        display_at: ``displayAt``, list[ApplicationAgreementDtoDisplayAt], required
        is_required: ``isRequired``, bool, required
        lang: ``lang``, ApplicationAgreementDtoLang, required
        content: ``content``, str, required
    """

    display_at: List[ApplicationAgreementDtoDisplayAt] = _attrs.field(metadata={"wire": "displayAt"})
    is_required: bool = _attrs.field(metadata={"wire": "isRequired"})
    lang: ApplicationAgreementDtoLang = _attrs.field(metadata={"wire": "lang"})
    content: str = _attrs.field(metadata={"wire": "content"})


class ApplicationAgreementDtoDisplayAt(WireEnum):
    """Enum of ``ApplicationAgreementDto.displayAt`` (unknown wire values are kept, not rejected)."""

    LOGINPAGE = "LoginPage"
    REGISTERPAGE = "RegisterPage"
