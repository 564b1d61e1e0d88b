# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (EmailProviderDto, ..., errorEmailMsg)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._a1 import (
        AliExmailEmailProviderConfig, AppValidateRuleDto,
    )
    from ._c1 import (
        Config,
    )
    from ._c3 import (
        CustomFieldI18n,
    )
    from ._l1 import (
        LangUnit,
    )
    from ._s1 import (
        SMTPEmailProviderConfig, SendGridEmailProviderConfig,
    )
    from ._t import (
        TencentExmailEmailProviderConfig,
    )

__all__ = [
    "EmailProviderDto", "EmailProviderDtoType", "EmailProviderRespDto", "EmailTemplateCategoryDto",
    "EmailTemplateDto", "EmailTemplateDtoTplEngine", "EmailTemplateDtoType",
    "EmailTemplateQueryDto", "EmailTemplateQueryDtoScene", "EmailTemplateSingleItemRespDto",
    "EnableExtIdpConnDto", "EnablePermissionApplyApplication",
    "EnablePermissionApplyApplicationAppType", "EnablePermissionApplyApplicationList",
    "EnablePermissionApplyApplicationListRes", "EnablePermissionApplyRole",
    "EnablePermissionApplyRoleListRes", "EnablePermissionApplyRolePageList", "EnrollFactorDto",
    "EnrollFactorDtoFactorType", "EnrollFactorEnrollmentDataDto", "EnrollFactorRespDto",
    "ErrMsgI18nDto", "EventAppDto", "EventAppPaginatedRespDto", "EventAppPagingDto",
    "ExchangeTokenSetWithQRcodeTicketDto", "Expand", "ExportMetadataDto", "ExportModelDto",
    "ExportUsersDto", "ExtIdpConnAppsDto", "ExtIdpConnDetail", "ExtIdpConnDetailAssociationMode",
    "ExtIdpConnDetailSingleRespDto", "ExtIdpConnDetailType", "ExtIdpConnStateByAppsParamsType",
    "ExtIdpDetail", "ExtIdpDetailSingleRespDto", "ExtIdpDto", "ExtIdpInfoDto",
    "ExtIdpInfoDtoExtIdpType", "ExtIdpInfoDtoType", "ExtIdpListPaginatedRespDto",
    "ExtIdpListPagingDto", "ExtIdpSingleRespDto", "ExtendField", "ExtendFieldValueType",
    "ExtendsFieldDto", "ExtendsFieldDtoInputType", "ExtendsFieldDtoSource", "ExtendsFieldDtoType",
    "ExtraParams", "errorEmailMsg",
]


@_attrs.define(kw_only=True, slots=True)
class EmailProviderDto:
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
class EmailProviderRespDto:
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
class EmailTemplateSingleItemRespDto:
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


@_attrs.define(kw_only=True, slots=True)
class EnablePermissionApplyApplication:
    """Wire model ``EnablePermissionApplyApplication`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_name: ``appName``, str, required
        logo: ``logo``, str, required
        app_type: ``appType``, EnablePermissionApplyApplicationAppType, required
        template: ``template``, str, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    app_type: EnablePermissionApplyApplicationAppType = _attrs.field(metadata={"wire": "appType"})
    template: str | None = _attrs.field(default=None, metadata={"wire": "template"})


class EnablePermissionApplyApplicationAppType(WireEnum):
    """Enum of ``EnablePermissionApplyApplication.appType`` (unknown wire values are kept, not rejected)."""

    WEB = "web"
    SPA = "spa"
    NATIVE = "native"
    API = "api"
    MFA = "mfa"
    MINI_PROGRAM = "mini-program"
    GATEWAY_APP = "gateway-app"
    GATEWAY_AGENT = "gateway-agent"


@_attrs.define(kw_only=True, slots=True)
class EnablePermissionApplyApplicationList:
    """Wire model ``EnablePermissionApplyApplicationList`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[EnablePermissionApplyApplication], required
    """

    list: List[EnablePermissionApplyApplication] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class EnablePermissionApplyApplicationListRes:
    """Wire model ``EnablePermissionApplyApplicationListRes`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, EnablePermissionApplyApplicationList, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: EnablePermissionApplyApplicationList = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class EnablePermissionApplyRole:
    """Wire model ``EnablePermissionApplyRole`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        role_id: ``roleId``, str, required
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
    """

    role_id: str = _attrs.field(metadata={"wire": "roleId"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class EnablePermissionApplyRoleListRes:
    """Wire model ``EnablePermissionApplyRoleListRes`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, EnablePermissionApplyRolePageList, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: EnablePermissionApplyRolePageList = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class EnablePermissionApplyRolePageList:
    """Wire model ``EnablePermissionApplyRolePageList`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[EnablePermissionApplyRole], required
        total_count: ``totalCount``, int, required
    """

    list: List[EnablePermissionApplyRole] = _attrs.field(metadata={"wire": "list"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})


@_attrs.define(kw_only=True, slots=True)
class EnrollFactorDto:
    """Wire model ``EnrollFactorDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enrollment_data: ``enrollmentData``, EnrollFactorEnrollmentDataDto, required
        enrollment_token: ``enrollmentToken``, str, required
        factor_type: ``factorType``, EnrollFactorDtoFactorType, required
    """

    enrollment_data: EnrollFactorEnrollmentDataDto = _attrs.field(metadata={"wire": "enrollmentData"})
    enrollment_token: str = _attrs.field(metadata={"wire": "enrollmentToken"})
    factor_type: EnrollFactorDtoFactorType = _attrs.field(metadata={"wire": "factorType"})


class EnrollFactorDtoFactorType(WireEnum):
    """Enum of ``EnrollFactorDto.factorType`` (unknown wire values are kept, not rejected)."""

    OTP = "OTP"
    SMS = "SMS"
    EMAIL = "EMAIL"
    FACE = "FACE"


@_attrs.define(kw_only=True, slots=True)
class EnrollFactorEnrollmentDataDto:
    """Wire model ``EnrollFactorEnrollmentDataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        pass_code: ``passCode``, str, optional
        photo: ``photo``, str, optional
        is_external_photo: ``isExternalPhoto``, bool, optional
    """

    pass_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passCode"})
    photo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "photo"})
    is_external_photo: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isExternalPhoto"})


@_attrs.define(kw_only=True, slots=True)
class EnrollFactorRespDto:
    """Wire model ``EnrollFactorRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})


@_attrs.define(kw_only=True, slots=True)
class ErrMsgI18nDto:
    """Wire model ``ErrMsgI18nDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        error_message: ``errorMessage``, LangUnit, optional
    """

    error_message: LangUnit | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "errorMessage"})


@_attrs.define(kw_only=True, slots=True)
class EventAppDto:
    """Wire model ``EventAppDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        identifier: ``identifier``, str, required
        name: ``name``, str, required
        logo: ``logo``, str, required
    """

    identifier: str = _attrs.field(metadata={"wire": "identifier"})
    name: str = _attrs.field(metadata={"wire": "name"})
    logo: str = _attrs.field(metadata={"wire": "logo"})


@_attrs.define(kw_only=True, slots=True)
class EventAppPaginatedRespDto:
    """Wire model ``EventAppPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, EventAppPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: EventAppPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class EventAppPagingDto:
    """Wire model ``EventAppPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[EventAppDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[EventAppDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ExchangeTokenSetWithQRcodeTicketDto:
    """Wire model ``ExchangeTokenSetWithQRcodeTicketDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ticket: ``ticket``, str, required
        client_id: ``client_id``, str, optional
        client_secret: ``client_secret``, str, optional
    """

    ticket: str = _attrs.field(metadata={"wire": "ticket"})
    client_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "client_id"})
    client_secret: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "client_secret"})


@_attrs.define(kw_only=True, slots=True)
class Expand:
    """Wire model ``Expand`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field: ``field``, str, required
        select: ``select``, list[str], required
    """

    field: str = _attrs.field(metadata={"wire": "field"})
    select: List[str] = _attrs.field(metadata={"wire": "select"})


@_attrs.define(kw_only=True, slots=True)
class ExportMetadataDto:
    """Wire model ``ExportMetadataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, str, required
    """

    model_id: str = _attrs.field(metadata={"wire": "modelId"})


@_attrs.define(kw_only=True, slots=True)
class ExportModelDto:
    """Wire model ``ExportModelDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id_list: ``idList``, list[str], required
        model_id: ``modelId``, str, required
    """

    id_list: List[str] = _attrs.field(metadata={"wire": "idList"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})


@_attrs.define(kw_only=True, slots=True)
class ExportUsersDto:
    """Wire model ``ExportUsersDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})


@_attrs.define(kw_only=True, slots=True)
class ExtIdpConnAppsDto:
    """Wire model ``ExtIdpConnAppsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, Any, optional
        tenant_id: ``tenantId``, Any, optional
        app_id: ``appId``, Any, optional
        type: ``type``, Any, optional
    """

    id: Any = _attrs.field(default=None, metadata={"wire": "id"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    type: Any = _attrs.field(default=None, metadata={"wire": "type"})


@_attrs.define(kw_only=True, slots=True)
class ExtIdpConnDetail:
    """Wire model ``ExtIdpConnDetail`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        type: ``type``, ExtIdpConnDetailType, required
        ext_idp_id: ``extIdpId``, str, required
        logo: ``logo``, str, required
        identifier: ``identifier``, str, optional
        display_name: ``displayName``, str, optional
        login_only: ``loginOnly``, bool, required
        association_mode: ``associationMode``, ExtIdpConnDetailAssociationMode, required
        challenge_binding_methods: ``challengeBindingMethods``, list[str], required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    type: ExtIdpConnDetailType = _attrs.field(metadata={"wire": "type"})
    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    identifier: str | None = _attrs.field(default=None, metadata={"wire": "identifier"})
    display_name: str | None = _attrs.field(default=None, metadata={"wire": "displayName"})
    login_only: bool = _attrs.field(metadata={"wire": "loginOnly"})
    association_mode: ExtIdpConnDetailAssociationMode = _attrs.field(metadata={"wire": "associationMode"})
    challenge_binding_methods: List[str] = _attrs.field(metadata={"wire": "challengeBindingMethods"})


class ExtIdpConnDetailAssociationMode(WireEnum):
    """Enum of ``ExtIdpConnDetail.associationMode`` (unknown wire values are kept, not rejected)."""

    NONE = "none"
    FIELD = "field"
    CHALLENGE = "challenge"


@_attrs.define(kw_only=True, slots=True)
class ExtIdpConnDetailSingleRespDto:
    """Wire model ``ExtIdpConnDetailSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ExtIdpConnDetail, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ExtIdpConnDetail = _attrs.field(metadata={"wire": "data"})


class ExtIdpConnDetailType(WireEnum):
    """Enum of ``ExtIdpConnDetail.type`` (unknown wire values are kept, not rejected)."""

    OIDC = "oidc"
    OAUTH = "oauth"
    SAML = "saml"
    LDAP = "ldap"
    AD = "ad"
    CAS = "cas"
    AZURE_AD = "azure-ad"
    ALIPAY = "alipay"
    FACEBOOK = "facebook"
    FACEBOOK_MOBILE = "facebook:mobile"
    TWITTER = "twitter"
    GOOGLE_MOBILE = "google:mobile"
    GOOGLE = "google"
    WECHAT_PC = "wechat:pc"
    WECHAT_MOBILE = "wechat:mobile"
    WECHAT_WEBPAGE_AUTHORIZATION = "wechat:webpage-authorization"
    WECHATMP_QRCODE = "wechatmp-qrcode"
    WECHAT_MINIPROGRAM_DEFAULT = "wechat:miniprogram:default"
    WECHAT_MINIPROGRAM_QRCONNECT = "wechat:miniprogram:qrconnect"
    WECHAT_MINIPROGRAM_APP_LAUNCH = "wechat:miniprogram:app-launch"
    GITHUB = "github"
    GITHUB_MOBILE = "github:mobile"
    QQ = "qq"
    QQ_MOBILE = "qq:mobile"
    WECHATWORK_CORP_QRCONNECT = "wechatwork:corp:qrconnect"
    WECHATWORK_AGENCY_QRCONNECT = "wechatwork:agency:qrconnect"
    WECHATWORK_SERVICE_PROVIDER_QRCONNECT = "wechatwork:service-provider:qrconnect"
    WECHATWORK_MOBILE = "wechatwork:mobile"
    WECHATWORK_AGENCY_MOBILE = "wechatwork:agency:mobile"
    DINGTALK = "dingtalk"
    DINGTALK_MOBILE = "dingtalk:mobile"
    DINGTALK_PROVIDER = "dingtalk:provider"
    WEIBO = "weibo"
    WEIBO_MOBILE = "weibo:mobile"
    APPLE = "apple"
    APPLE_WEB = "apple:web"
    BAIDU = "baidu"
    BAIDU_MOBILE = "baidu:mobile"
    LARK_INTERNAL = "lark-internal"
    LARK_PUBLIC = "lark-public"
    LARK_BLOCK = "lark-block"
    GITLAB = "gitlab"
    GITLAB_MOBILE = "gitlab:mobile"
    LINKEDIN = "linkedin"
    LINKEDIN_MOBILE = "linkedin:mobile"
    SLACK = "slack"
    SLACK_MOBILE = "slack:mobile"
    YIDUN = "yidun"
    QINGCLOUD = "qingcloud"
    GITEE = "gitee"
    GITEE_MOBILE = "gitee:mobile"
    INSTAGRAM = "instagram"
    WELINK = "welink"
    AD_KERBEROS = "ad-kerberos"
    HUAWEI = "huawei"
    HUAWEI_MOBILE = "huawei:mobile"
    HONOR = "honor"
    XIAOMI = "xiaomi"
    XIAOMI_MOBILE = "xiaomi:mobile"
    AWS = "aws"
    AMAZON = "amazon"
    AMAZON_MOBILE = "amazon:mobile"
    DOUYIN_MOBILE = "douyin:mobile"
    DOUYIN_MINIPROGRAM_DEFAULT = "douyin:miniprogram:default"
    KUAISHOU_MOBILE = "kuaishou:mobile"
    LINE_MOBILE = "line:mobile"
    OPPO_MOBILE = "oppo:mobile"
    WECHATWORK_QRCONNECT_OF_AUTHING_AGENCY = "wechatwork:qrconnect:of:authing:agency"
    SDBZ = "sdbz"
    ZJZWFW_QRCODE = "zjzwfw-qrcode"
    ZZDING = "zzding"
    SEEYONA8V5 = "seeyona8v5"


class ExtIdpConnStateByAppsParamsType(WireEnum):
    """Enum of ``ExtIdpConnStateByAppsParams.type`` (unknown wire values are kept, not rejected)."""

    SOCIAL = "social"
    ENTERPRISE = "enterprise"


@_attrs.define(kw_only=True, slots=True)
class ExtIdpDetail:
    """Wire model ``ExtIdpDetail`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        name: ``name``, str, required
        logo: ``logo``, str, required
        tenant_id: ``tenantId``, str, optional
        type: ``type``, str, required
        connections: ``connections``, Any, required
        auto_join: ``autoJoin``, bool, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    name: str = _attrs.field(metadata={"wire": "name"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    tenant_id: str | None = _attrs.field(default=None, metadata={"wire": "tenantId"})
    type: str = _attrs.field(metadata={"wire": "type"})
    connections: Any = _attrs.field(metadata={"wire": "connections"})
    auto_join: bool = _attrs.field(metadata={"wire": "autoJoin"})


@_attrs.define(kw_only=True, slots=True)
class ExtIdpDetailSingleRespDto:
    """Wire model ``ExtIdpDetailSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ExtIdpDetail, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ExtIdpDetail = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ExtIdpDto:
    """Wire model ``ExtIdpDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        name: ``name``, str, required
        logo: ``logo``, str, required
        tenant_id: ``tenantId``, str, optional
        type: ``type``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    name: str = _attrs.field(metadata={"wire": "name"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    tenant_id: str | None = _attrs.field(default=None, metadata={"wire": "tenantId"})
    type: str = _attrs.field(metadata={"wire": "type"})


@_attrs.define(kw_only=True, slots=True)
class ExtIdpInfoDto:
    """Wire model ``ExtIdpInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        identifier: ``identifier``, str, required
        ext_idp_id: ``extIdpId``, str, required
        type: ``type``, ExtIdpInfoDtoType, required
        ext_idp_type: ``extIdpType``, ExtIdpInfoDtoExtIdpType, required
        bind_url: ``bindUrl``, str, required
        name: ``name``, str, required
        name_en: ``name_en``, str, optional
        desc: ``desc``, str, optional
        desc_en: ``desc_en``, str, optional
        logo: ``logo``, str, optional
    """

    identifier: str = _attrs.field(metadata={"wire": "identifier"})
    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})
    type: ExtIdpInfoDtoType = _attrs.field(metadata={"wire": "type"})
    ext_idp_type: ExtIdpInfoDtoExtIdpType = _attrs.field(metadata={"wire": "extIdpType"})
    bind_url: str = _attrs.field(metadata={"wire": "bindUrl"})
    name: str = _attrs.field(metadata={"wire": "name"})
    name_en: str | None = _attrs.field(default=None, metadata={"wire": "name_en"})
    desc: str | None = _attrs.field(default=None, metadata={"wire": "desc"})
    desc_en: str | None = _attrs.field(default=None, metadata={"wire": "desc_en"})
    logo: str | None = _attrs.field(default=None, metadata={"wire": "logo"})


class ExtIdpInfoDtoExtIdpType(WireEnum):
    """Enum of ``ExtIdpInfoDto.extIdpType`` (unknown wire values are kept, not rejected)."""

    SOCIAL = "social"
    ENTERPRISE = "enterprise"


class ExtIdpInfoDtoType(WireEnum):
    """Enum of ``ExtIdpInfoDto.type`` (unknown wire values are kept, not rejected)."""

    OIDC = "oidc"
    OAUTH2 = "oauth2"
    SAML = "saml"
    LDAP = "ldap"
    AD = "ad"
    CAS = "cas"
    AZURE_AD = "azure-ad"
    WECHAT = "wechat"
    GOOGLE = "google"
    QQ = "qq"
    WECHATWORK = "wechatwork"
    DINGTALK = "dingtalk"
    WEIBO = "weibo"
    GITHUB = "github"
    ALIPAY = "alipay"
    APPLE = "apple"
    BAIDU = "baidu"
    LARK = "lark"
    GITLAB = "gitlab"
    TWITTER = "twitter"
    FACEBOOK = "facebook"
    SLACK = "slack"
    LINKEDIN = "linkedin"
    YIDUN = "yidun"
    QINGCLOUD = "qingcloud"
    GITEE = "gitee"
    INSTAGRAM = "instagram"
    WELINK = "welink"
    HUAWEI = "huawei"
    HONOR = "honor"
    XIAOMI = "xiaomi"
    OPPO = "oppo"
    AWS = "aws"
    AMAZON = "amazon"
    DOUYIN = "douyin"
    KUAISHOU = "kuaishou"
    LINE = "line"
    SDBZ = "sdbz"
    ZJZWFW = "zjzwfw"
    ZZDING = "zzding"
    SEEYONA8V5 = "seeyona8v5"


@_attrs.define(kw_only=True, slots=True)
class ExtIdpListPaginatedRespDto:
    """Wire model ``ExtIdpListPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ExtIdpListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ExtIdpListPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ExtIdpListPagingDto:
    """Wire model ``ExtIdpListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ExtIdpDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ExtIdpDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ExtIdpSingleRespDto:
    """Wire model ``ExtIdpSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ExtIdpDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ExtIdpDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ExtendField:
    """Wire model ``ExtendField`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        value_type: ``valueType``, ExtendFieldValueType, required
        description: ``description``, str, optional
        label: ``label``, str, required
        config: ``config``, Config, optional
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    value_type: ExtendFieldValueType = _attrs.field(metadata={"wire": "valueType"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    label: str = _attrs.field(metadata={"wire": "label"})
    config: Config | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "config"})


class ExtendFieldValueType(WireEnum):
    """Enum of ``ExtendField.valueType`` (unknown wire values are kept, not rejected)."""

    STRING = "STRING"
    SELECT = "SELECT"


@_attrs.define(kw_only=True, slots=True)
class ExtendsFieldDto:
    """Wire model ``ExtendsFieldDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        type: ``type``, ExtendsFieldDtoType, required
        id: ``id``, str, required
        name: ``name``, str, required
        label: ``label``, str, required
        show: ``show``, bool, required
        allow_rewrite: ``allowRewrite``, bool, required
        input_type: ``inputType``, ExtendsFieldDtoInputType, required
        required: ``required``, bool, optional
        validate_rules: ``validateRules``, AppValidateRuleDto, optional
        source: ``source``, ExtendsFieldDtoSource, required
        i18n: ``i18n``, CustomFieldI18n, optional
    """

    type: ExtendsFieldDtoType = _attrs.field(metadata={"wire": "type"})
    id: str = _attrs.field(metadata={"wire": "id"})
    name: str = _attrs.field(metadata={"wire": "name"})
    label: str = _attrs.field(metadata={"wire": "label"})
    show: bool = _attrs.field(metadata={"wire": "show"})
    allow_rewrite: bool = _attrs.field(metadata={"wire": "allowRewrite"})
    input_type: ExtendsFieldDtoInputType = _attrs.field(metadata={"wire": "inputType"})
    required: bool | None = _attrs.field(default=None, metadata={"wire": "required"})
    validate_rules: AppValidateRuleDto | None = _attrs.field(default=None, metadata={"wire": "validateRules"})
    source: ExtendsFieldDtoSource = _attrs.field(metadata={"wire": "source"})
    i18n: CustomFieldI18n | None = _attrs.field(default=None, metadata={"wire": "i18n"})


class ExtendsFieldDtoInputType(WireEnum):
    """Enum of ``ExtendsFieldDto.inputType`` (unknown wire values are kept, not rejected)."""

    IMAGE = "image"
    NUMBER = "number"
    DATE = "date"
    DATE_TIME = "dateTime"
    DATETIME = "datetime"
    SELECT = "select"
    DROPDOWN = "dropdown"
    BOOLEAN = "boolean"
    STRING = "string"
    TEXT = "text"
    GENDER = "gender"
    COUNTRY = "country"
    USERNAME = "username"
    PHONE = "phone"
    EMAIL = "email"


class ExtendsFieldDtoSource(WireEnum):
    """Enum of ``ExtendsFieldDto.source`` (unknown wire values are kept, not rejected)."""

    PRESET = "preset"
    MANUAL_ADD = "manual_add"


class ExtendsFieldDtoType(WireEnum):
    """Enum of ``ExtendsFieldDto.type`` (unknown wire values are kept, not rejected)."""

    USER = "user"
    INTERNAL = "internal"


@_attrs.define(kw_only=True, slots=True)
class ExtraParams:
    """Wire model ``ExtraParams`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        end_time: ``endTime``, int, optional
        enable_time: ``enableTime``, int, optional
    """

    end_time: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "endTime"})
    enable_time: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enableTime"})


@_attrs.define(kw_only=True, slots=True)
class errorEmailMsg:
    """Wire model ``errorEmailMsg`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        email: ``email``, str, required
        message: ``message``, str, required
    """

    email: str = _attrs.field(metadata={"wire": "email"})
    message: str = _attrs.field(metadata={"wire": "message"})
