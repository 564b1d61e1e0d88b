# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (EmailProviderDto, ..., EnableExtIdpConnDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._a3 import (
        AliExmailEmailProviderConfig,
    )
    from ._s1 import (
        SMTPEmailProviderConfig,
    )
    from ._s3 import (
        SendGridEmailProviderConfig,
    )
    from ._t3 import (
        TencentExmailEmailProviderConfig,
    )

__all__ = [
    "EmailProviderDto", "EmailProviderDtoType", "EmailProviderRespDto", "EmailTemplateCategoryDto",
    "EmailTemplateDto", "EmailTemplateDtoTplEngine", "EmailTemplateDtoType",
    "EmailTemplateQueryDto", "EmailTemplateQueryDtoScene", "EmailTemplateSingleItemRespDto",
    "EnableExtIdpConnDto",
]


@_attrs.define(kw_only=True, slots=True)
class EmailProviderDto(WireBacked):
    """Wire model ``EmailProviderDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        type: ``type``, EmailProviderDtoType, optional
        smtp_config: ``smtpConfig``, SMTPEmailProviderConfig, optional
        send_grid_config: ``sendGridConfig``, SendGridEmailProviderConfig, optional
        ali_exmail_config: ``aliExmailConfig``, AliExmailEmailProviderConfig, optional
        tencent_exmail_config: ``tencentExmailConfig``, TencentExmailEmailProviderConfig, optional
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    type: EmailProviderDtoType | None = _attrs.field(default=None, metadata={"wire": "type"})
    smtp_config: SMTPEmailProviderConfig | None = _attrs.field(default=None, metadata={"wire": "smtpConfig"})
    send_grid_config: SendGridEmailProviderConfig | None = _attrs.field(default=None, metadata={"wire": "sendGridConfig"})
    ali_exmail_config: AliExmailEmailProviderConfig | None = _attrs.field(default=None, metadata={"wire": "aliExmailConfig"})
    tencent_exmail_config: TencentExmailEmailProviderConfig | None = _attrs.field(default=None, metadata={"wire": "tencentExmailConfig"})


class EmailProviderDtoType(WireEnum):
    """Enum of ``EmailProviderDto.type`` (unknown wire values are kept, not rejected)."""

    ALI = "ali"
    QQ = "qq"
    SENDGRID = "sendgrid"
    CUSTOM = "custom"


@_attrs.define(kw_only=True, slots=True)
class EmailProviderRespDto(WireBacked):
    """Wire model ``EmailProviderRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, EmailProviderDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: EmailProviderDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class EmailTemplateCategoryDto:
    """Wire model ``EmailTemplateCategoryDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        title: ``title``, str, required
        title_en: ``titleEn``, str, required
        desc: ``desc``, str, required
        desc_en: ``descEn``, str, required
    """

    title: str = _attrs.field(metadata={"wire": "title"})
    title_en: str = _attrs.field(metadata={"wire": "titleEn"})
    desc: str = _attrs.field(metadata={"wire": "desc"})
    desc_en: str = _attrs.field(metadata={"wire": "descEn"})


@_attrs.define(kw_only=True, slots=True)
class EmailTemplateDto:
    """Wire model ``EmailTemplateDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        customize_enabled: ``customizeEnabled``, bool, required
        type: ``type``, EmailTemplateDtoType, required
        name: ``name``, str, required
        subject: ``subject``, str, required
        sender: ``sender``, str, required
        content: ``content``, str, required
        expires_in: ``expiresIn``, int, optional
        redirect_to: ``redirectTo``, str, optional
        tpl_engine: ``tplEngine``, EmailTemplateDtoTplEngine, optional
    """

    customize_enabled: bool = _attrs.field(metadata={"wire": "customizeEnabled"})
    type: EmailTemplateDtoType = _attrs.field(metadata={"wire": "type"})
    name: str = _attrs.field(metadata={"wire": "name"})
    subject: str = _attrs.field(metadata={"wire": "subject"})
    sender: str = _attrs.field(metadata={"wire": "sender"})
    content: str = _attrs.field(metadata={"wire": "content"})
    expires_in: int | None = _attrs.field(default=None, metadata={"wire": "expiresIn"})
    redirect_to: str | None = _attrs.field(default=None, metadata={"wire": "redirectTo"})
    tpl_engine: EmailTemplateDtoTplEngine | None = _attrs.field(default=None, metadata={"wire": "tplEngine"})


class EmailTemplateDtoTplEngine(WireEnum):
    """Enum of ``EmailTemplateDto.tplEngine`` (unknown wire values are kept, not rejected)."""

    HANDLEBAR = "handlebar"
    EJS = "ejs"


class EmailTemplateDtoType(WireEnum):
    """Enum of ``EmailTemplateDto.type`` (unknown wire values are kept, not rejected)."""

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
class EmailTemplateQueryDto:
    """Wire model ``EmailTemplateQueryDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        scene: ``scene``, EmailTemplateQueryDtoScene, required
        policy_id: ``policyId``, str, required
        roster_id: ``rosterId``, str, optional
        template_type: ``templateType``, str, optional
    """

    scene: EmailTemplateQueryDtoScene = _attrs.field(metadata={"wire": "scene"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    roster_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "rosterId"})
    template_type: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "templateType"})


class EmailTemplateQueryDtoScene(WireEnum):
    """Enum of ``EmailTemplateQueryDto.scene`` (unknown wire values are kept, not rejected)."""

    INVITE = "INVITE"
    WELCOME = "WELCOME"


@_attrs.define(kw_only=True, slots=True)
class EmailTemplateSingleItemRespDto(WireBacked):
    """Wire model ``EmailTemplateSingleItemRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, EmailTemplateDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: EmailTemplateDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class EnableExtIdpConnDto:
    """Wire model ``EnableExtIdpConnDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_ids: ``appIds``, str, required
        app_id: ``appId``, str, required
        enabled: ``enabled``, bool, required
        id: ``id``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    app_ids: str = _attrs.field(metadata={"wire": "appIds"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    id: str = _attrs.field(metadata={"wire": "id"})
    tenant_id: str | None = _attrs.field(default=None, metadata={"wire": "tenantId"})
