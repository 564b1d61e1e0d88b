# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (SMTPEmailProviderConfig, ..., StrAuthorize)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._c1 import (
        ChangeEmailStrategyDto, ChangePhoneStrategyDto, CookieSettingsDto,
    )
    from ._c3 import (
        CustomFieldI18n, CustomFieldSelectOption,
    )
    from ._d import (
        DepartmentSortingDto,
    )
    from ._f import (
        FactorProfile,
    )
    from ._g2 import (
        GetMfaInfoDataDto,
    )
    from ._l2 import (
        LoginAnomalyDetectionConfigDto,
    )
    from ._q import (
        QrcodeLoginStrategyDto,
    )
    from ._r import (
        RegisterAnomalyDetectionConfigDto,
    )
    from ._w import (
        WhiteListSettingsDataDto,
    )

__all__ = [
    "SMTPEmailProviderConfig", "SMTPEmailProviderConfigInput", "SamlIdpConfig",
    "SaveDeviceExclusiveValidScopeSettingsDto", "SaveDeviceExclusiveWhiteListSettingsDto",
    "ScopeDto", "SearchDepartmentMembersDto", "SearchDepartmentMembersParamsDepartmentIdType",
    "SearchDepartmentsFilterItemDto", "SearchDepartmentsFilterItemDtoOperator",
    "SearchDepartmentsListReqDto", "SearchDepartmentsListReqDtoOrderBy",
    "SearchDepartmentsListReqDtoSortBy", "SearchDepartmentsReqDto", "SearchOrganizationsDto",
    "SecuritySettingsDto", "SecuritySettingsRespDto", "SelfUnlockAccountConfigDto",
    "SelfUnlockAccountConfigDtoStrategy", "SendCreateAccountNotificationDto",
    "SendEmailBatchDataDto", "SendEmailDto", "SendEmailDtoChannel",
    "SendEmailOrPhoneNotificationDto", "SendEmailRespDto", "SendEnrollFactorRequestDataDto",
    "SendEnrollFactorRequestDto", "SendEnrollFactorRequestDtoFactorType",
    "SendEnrollFactorRequestOtpDataDto", "SendEnrollFactorRequestRespDto",
    "SendGridEmailProviderConfig", "SendGridEmailProviderConfigInput",
    "SendInviteTenantUserEmailDto", "SendManyTenantEmailDto", "SendManyTenantSmsDto",
    "SendResetPasswordNotificationDto", "SendRosterInvitationBatchDto", "SendRosterInvitationDto",
    "SendSMSDto", "SendSMSRespDto", "SendSmsBatchDataDto", "SendSmsBatchRespDto",
    "SendSmsDtoChannel", "SendTenantEmailDto", "SendTenantSmsDto", "SetCustomDataDto",
    "SetCustomDataReqDto", "SetCustomDataReqDtoTargetType", "SetCustomFieldDto",
    "SetCustomFieldDtoDataType", "SetCustomFieldDtoTargetType", "SetCustomFieldsReqDto",
    "SetInvitationPolicyUserAttributionMainDepartmentDto", "SetMfaStatusDto",
    "SetMfaStatusDtoUserIdType", "SetPublicAccountBatchReqDto", "SetUserBaseFieldDto",
    "SetUserBaseFieldsReqDto", "SetUserCustomDataDto", "SetUserCustomDataRespDto",
    "SetUserDepartmentDto", "SetUserDepartmentsDto", "SetUserDepartmentsOptionsDto",
    "SetUserDepartmentsOptionsDtoUserIdType", "SetUserGroupsDto",
    "SetUserOfPublicAccountBatchReqDto", "SetUserPostsDto", "SetUserRolesDto",
    "SignInByAdPayloadDto", "SignInByAlipayPayloadDto", "SignInByAmazonPayloadDto",
    "SignInByApplePayloadDto", "SignInByBaiduPayloadDto", "SignInByDingTalkPayloadDto",
    "SignInByDouyinMiniProgramCodeAndPhonePayloadDto", "SignInByDouyinMiniProgramCodePayloadDto",
    "SignInByDouyinMiniProgramPhoneInfoPayloadDto", "SignInByDouyinPayloadDto",
    "SignInByFacebookPayloadDto", "SignInByGiteePayloadDto", "SignInByGithubPayloadDto",
    "SignInByGitlabPayloadDto", "SignInByGooglePayloadDto", "SignInByHuaweiPayloadDto",
    "SignInByKuaishouPayloadDto", "SignInByLarkBlockPayloadDto", "SignInByLarkInternalPayloadDto",
    "SignInByLarkPublicPayloadDto", "SignInByLdapPayloadDto", "SignInByLinePayloadDto",
    "SignInByLinkedInPayloadDto", "SignInByMobileOptionsDto", "SignInByOPPOPayloadDto",
    "SignInByPassCodePayloadDto", "SignInByPasswordPayloadDto", "SignInByPushDto",
    "SignInByPushOptionsDto", "SignInByQQPayloadDto", "SignInBySlackPayloadDto",
    "SignInBySwitchOptionsDto", "SignInByWebAuthnOptionsDto",
    "SignInByWechatMiniProgramCodeAndPhonePayloadDto", "SignInByWechatMiniProgramCodePayloadDto",
    "SignInByWechatMiniProgramPhoneInfoPayloadDto", "SignInByWechatMiniProgramPhonePayloadDto",
    "SignInByWechatPayloadDto", "SignInByWechatworkAgencyPayloadDto", "SignInByWechatworkDto",
    "SignInByWeiboPayloadDto", "SignInByXiaomiPayloadDto", "SignInByYidunPayloadDto",
    "SignInFastpassDto", "SignInFastpassOptionsDto", "SignInOptionsDto",
    "SignInOptionsDtoPasswordEncryptType", "SignUpByPassCodeDto", "SignUpByPasswordDto",
    "SignUpDto", "SignUpDtoConnection", "SignUpOptionsDto", "SignUpOptionsDtoPasswordEncryptType",
    "SignUpProfileDto", "SignUpProfileDtoGender", "SigninByCredentialsDto",
    "SigninByCredentialsDtoConnection", "SigninByMobileDto", "SigninByMobileDtoConnection",
    "SortingDto", "SortingDtoField", "SortingDtoOrder", "StrAuthorize",
]


@_attrs.define(kw_only=True, slots=True)
class SMTPEmailProviderConfig:
    """Wire model ``SMTPEmailProviderConfig`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        smtp_host: ``smtp_host``, str, required
        smtp_port: ``smtp_port``, int, required
        sender: ``sender``, str, required
        sender_pass: ``senderPass``, str, required
        secure: ``secure``, bool, required
    """

    smtp_host: str = _attrs.field(metadata={"wire": "smtp_host"})
    smtp_port: int = _attrs.field(metadata={"wire": "smtp_port"})
    sender: str = _attrs.field(metadata={"wire": "sender"})
    sender_pass: str = _attrs.field(metadata={"wire": "senderPass"})
    secure: bool = _attrs.field(metadata={"wire": "secure"})


@_attrs.define(kw_only=True, slots=True)
class SMTPEmailProviderConfigInput:
    """Wire model ``SMTPEmailProviderConfigInput`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        smtp_host: ``smtp_host``, str, required
        smtp_port: ``smtp_port``, int, required
        sender: ``sender``, str, optional
        sender_pass: ``senderPass``, str, required
        secure: ``secure``, bool, optional
    """

    smtp_host: str = _attrs.field(metadata={"wire": "smtp_host"})
    smtp_port: int = _attrs.field(metadata={"wire": "smtp_port"})
    sender: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sender"})
    sender_pass: str = _attrs.field(metadata={"wire": "senderPass"})
    secure: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "secure"})


@_attrs.define(kw_only=True, slots=True)
class SamlIdpConfig:
    """Wire model ``SamlIdpConfig`` (request side; optional fields default to UNSET)."""


@_attrs.define(kw_only=True, slots=True)
class SaveDeviceExclusiveValidScopeSettingsDto:
    """Wire model ``SaveDeviceExclusiveValidScopeSettingsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_ids: ``appIds``, list[str], required
    """

    app_ids: List[str] = _attrs.field(metadata={"wire": "appIds"})


@_attrs.define(kw_only=True, slots=True)
class SaveDeviceExclusiveWhiteListSettingsDto:
    """Wire model ``SaveDeviceExclusiveWhiteListSettingsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_list: ``targetList``, list[WhiteListSettingsDataDto], optional
    """

    target_list: List[WhiteListSettingsDataDto] | None = _attrs.field(default=None, metadata={"wire": "targetList"})


@_attrs.define(kw_only=True, slots=True)
class ScopeDto:
    """Wire model ``ScopeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, str, required
        id: ``id``, str, required
        field_id: ``fieldId``, str, required
    """

    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    id: str = _attrs.field(metadata={"wire": "id"})
    field_id: str = _attrs.field(metadata={"wire": "fieldId"})


@_attrs.define(kw_only=True, slots=True)
class SearchDepartmentMembersDto:
    """Wire model ``SearchDepartmentMembersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, Any, optional
        department_id: ``departmentId``, Any, optional
        keywords: ``keywords``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        department_id_type: ``departmentIdType``, Any, optional
        include_children_departments: ``includeChildrenDepartments``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_identities: ``withIdentities``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    organization_code: Any = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})
    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    department_id_type: Any = _attrs.field(default=None, metadata={"wire": "departmentIdType"})
    include_children_departments: Any = _attrs.field(default=None, metadata={"wire": "includeChildrenDepartments"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_identities: Any = _attrs.field(default=None, metadata={"wire": "withIdentities"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


class SearchDepartmentMembersParamsDepartmentIdType(WireEnum):
    """Enum of ``SearchDepartmentMembersParams.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class SearchDepartmentsFilterItemDto:
    """Wire model ``SearchDepartmentsFilterItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field: ``field``, str, required
        operator: ``operator``, SearchDepartmentsFilterItemDtoOperator, required
        value: ``value``, Any, optional
    """

    field: str = _attrs.field(metadata={"wire": "field"})
    operator: SearchDepartmentsFilterItemDtoOperator = _attrs.field(metadata={"wire": "operator"})
    value: Any = _attrs.field(default=_UNSET, metadata={"wire": "value"})


class SearchDepartmentsFilterItemDtoOperator(WireEnum):
    """Enum of ``SearchDepartmentsFilterItemDto.operator`` (unknown wire values are kept, not rejected)."""

    BETWEEN = "BETWEEN"
    EQUAL = "EQUAL"
    IN = "IN"
    LESSER = "LESSER"
    GREATER = "GREATER"
    CONTAINS = "CONTAINS"


@_attrs.define(kw_only=True, slots=True)
class SearchDepartmentsListReqDto:
    """Wire model ``SearchDepartmentsListReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        with_custom_data: ``withCustomData``, bool, optional
        with_post: ``withPost``, bool, optional
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        advanced_filter: ``advancedFilter``, list[SearchDepartmentsFilterItemDto], optional
        sort_by: ``sortBy``, SearchDepartmentsListReqDtoSortBy, optional
        order_by: ``orderBy``, SearchDepartmentsListReqDtoOrderBy, optional
        sort: ``sort``, list[DepartmentSortingDto], optional
        tenant_id: ``tenantId``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    with_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCustomData"})
    with_post: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withPost"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    advanced_filter: List[SearchDepartmentsFilterItemDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "advancedFilter"})
    sort_by: SearchDepartmentsListReqDtoSortBy | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sortBy"})
    order_by: SearchDepartmentsListReqDtoOrderBy | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "orderBy"})
    sort: List[DepartmentSortingDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sort"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


class SearchDepartmentsListReqDtoOrderBy(WireEnum):
    """Enum of ``SearchDepartmentsListReqDto.orderBy`` (unknown wire values are kept, not rejected)."""

    ASC = "ASC"
    DESC = "DESC"


class SearchDepartmentsListReqDtoSortBy(WireEnum):
    """Enum of ``SearchDepartmentsListReqDto.sortBy`` (unknown wire values are kept, not rejected)."""

    UPDATED_AT = "updatedAt"
    CREATED_AT = "createdAt"


@_attrs.define(kw_only=True, slots=True)
class SearchDepartmentsReqDto:
    """Wire model ``SearchDepartmentsReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, str, required
        organization_code: ``organizationCode``, str, required
        with_custom_data: ``withCustomData``, bool, optional
        tenant_id: ``tenantId``, str, optional
    """

    keywords: str = _attrs.field(metadata={"wire": "keywords"})
    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    with_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCustomData"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class SearchOrganizationsDto:
    """Wire model ``SearchOrganizationsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class SecuritySettingsDto:
    """Wire model ``SecuritySettingsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        allowed_origins: ``allowedOrigins``, str, optional
        authing_token_expires_in: ``authingTokenExpiresIn``, int, required
        verify_code_length: ``verifyCodeLength``, int, required
        verify_code_max_attempts: ``verifyCodeMaxAttempts``, int, required
        change_email_strategy: ``changeEmailStrategy``, ChangeEmailStrategyDto, required
        change_phone_strategy: ``changePhoneStrategy``, ChangePhoneStrategyDto, required
        cookie_settings: ``cookieSettings``, CookieSettingsDto, optional
        register_disabled: ``registerDisabled``, bool, required
        register_anomaly_detection: ``registerAnomalyDetection``, RegisterAnomalyDetectionConfigDto, required
        complete_password_after_pass_code_login: ``completePasswordAfterPassCodeLogin``, bool, required
        login_anomaly_detection: ``loginAnomalyDetection``, LoginAnomalyDetectionConfigDto, required
        login_require_email_verified: ``loginRequireEmailVerified``, bool, required
        self_unlock_account: ``selfUnlockAccount``, SelfUnlockAccountConfigDto, required
        enable_login_account_switch: ``enableLoginAccountSwitch``, bool, required
        qrcode_login_strategy: ``qrcodeLoginStrategy``, QrcodeLoginStrategyDto, required
    """

    allowed_origins: str | None = _attrs.field(default=None, metadata={"wire": "allowedOrigins"})
    authing_token_expires_in: int = _attrs.field(metadata={"wire": "authingTokenExpiresIn"})
    verify_code_length: int = _attrs.field(metadata={"wire": "verifyCodeLength"})
    verify_code_max_attempts: int = _attrs.field(metadata={"wire": "verifyCodeMaxAttempts"})
    change_email_strategy: ChangeEmailStrategyDto = _attrs.field(metadata={"wire": "changeEmailStrategy"})
    change_phone_strategy: ChangePhoneStrategyDto = _attrs.field(metadata={"wire": "changePhoneStrategy"})
    cookie_settings: CookieSettingsDto | None = _attrs.field(default=None, metadata={"wire": "cookieSettings"})
    register_disabled: bool = _attrs.field(metadata={"wire": "registerDisabled"})
    register_anomaly_detection: RegisterAnomalyDetectionConfigDto = _attrs.field(metadata={"wire": "registerAnomalyDetection"})
    complete_password_after_pass_code_login: bool = _attrs.field(metadata={"wire": "completePasswordAfterPassCodeLogin"})
    login_anomaly_detection: LoginAnomalyDetectionConfigDto = _attrs.field(metadata={"wire": "loginAnomalyDetection"})
    login_require_email_verified: bool = _attrs.field(metadata={"wire": "loginRequireEmailVerified"})
    self_unlock_account: SelfUnlockAccountConfigDto = _attrs.field(metadata={"wire": "selfUnlockAccount"})
    enable_login_account_switch: bool = _attrs.field(metadata={"wire": "enableLoginAccountSwitch"})
    qrcode_login_strategy: QrcodeLoginStrategyDto = _attrs.field(metadata={"wire": "qrcodeLoginStrategy"})


@_attrs.define(kw_only=True, slots=True)
class SecuritySettingsRespDto:
    """Wire model ``SecuritySettingsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, SecuritySettingsDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: SecuritySettingsDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class SelfUnlockAccountConfigDto:
    """Wire model ``SelfUnlockAccountConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        strategy: ``strategy``, SelfUnlockAccountConfigDtoStrategy, required
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    strategy: SelfUnlockAccountConfigDtoStrategy = _attrs.field(metadata={"wire": "strategy"})


class SelfUnlockAccountConfigDtoStrategy(WireEnum):
    """Enum of ``SelfUnlockAccountConfigDto.strategy`` (unknown wire values are kept, not rejected)."""

    CAPTCHA = "captcha"
    PASSWORD_CAPTCHA = "password-captcha"


@_attrs.define(kw_only=True, slots=True)
class SendCreateAccountNotificationDto:
    """Wire model ``SendCreateAccountNotificationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        send_email_notification: ``sendEmailNotification``, bool, optional
        send_phone_notification: ``sendPhoneNotification``, bool, optional
        app_id: ``appId``, str, optional
    """

    send_email_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendEmailNotification"})
    send_phone_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendPhoneNotification"})
    app_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class SendEmailBatchDataDto:
    """Wire model ``SendEmailBatchDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
    """

    success: bool = _attrs.field(metadata={"wire": "success"})


@_attrs.define(kw_only=True, slots=True)
class SendEmailDto:
    """Wire model ``SendEmailDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        channel: ``channel``, SendEmailDtoChannel, required
        email: ``email``, str, required
    """

    channel: SendEmailDtoChannel = _attrs.field(metadata={"wire": "channel"})
    email: str = _attrs.field(metadata={"wire": "email"})


class SendEmailDtoChannel(WireEnum):
    """Enum of ``SendEmailDto.channel`` (unknown wire values are kept, not rejected)."""

    CHANNEL_LOGIN = "CHANNEL_LOGIN"
    CHANNEL_REGISTER = "CHANNEL_REGISTER"
    CHANNEL_RESET_PASSWORD = "CHANNEL_RESET_PASSWORD"
    CHANNEL_VERIFY_EMAIL_LINK = "CHANNEL_VERIFY_EMAIL_LINK"
    CHANNEL_UPDATE_EMAIL = "CHANNEL_UPDATE_EMAIL"
    CHANNEL_BIND_EMAIL = "CHANNEL_BIND_EMAIL"
    CHANNEL_UNBIND_EMAIL = "CHANNEL_UNBIND_EMAIL"
    CHANNEL_VERIFY_MFA = "CHANNEL_VERIFY_MFA"
    CHANNEL_UNLOCK_ACCOUNT = "CHANNEL_UNLOCK_ACCOUNT"
    CHANNEL_COMPLETE_EMAIL = "CHANNEL_COMPLETE_EMAIL"
    CHANNEL_DELETE_ACCOUNT = "CHANNEL_DELETE_ACCOUNT"


@_attrs.define(kw_only=True, slots=True)
class SendEmailOrPhoneNotificationDto:
    """Wire model ``SendEmailOrPhoneNotificationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        send_email_notification: ``sendEmailNotification``, str, optional
        send_phone_notification: ``sendPhoneNotification``, str, optional
        app_id: ``appId``, str, optional
    """

    send_email_notification: str | None = _attrs.field(default=None, metadata={"wire": "sendEmailNotification"})
    send_phone_notification: str | None = _attrs.field(default=None, metadata={"wire": "sendPhoneNotification"})
    app_id: str | None = _attrs.field(default=None, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class SendEmailRespDto:
    """Wire model ``SendEmailRespDto`` (response side; optional fields default to None).

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
class SendEnrollFactorRequestDataDto:
    """Wire model ``SendEnrollFactorRequestDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        enrollment_token: ``enrollmentToken``, str, required
        otp_data: ``otpData``, SendEnrollFactorRequestOtpDataDto, optional
    """

    enrollment_token: str = _attrs.field(metadata={"wire": "enrollmentToken"})
    otp_data: SendEnrollFactorRequestOtpDataDto | None = _attrs.field(default=None, metadata={"wire": "otpData"})


@_attrs.define(kw_only=True, slots=True)
class SendEnrollFactorRequestDto:
    """Wire model ``SendEnrollFactorRequestDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        profile: ``profile``, FactorProfile, required
        factor_type: ``factorType``, SendEnrollFactorRequestDtoFactorType, required
    """

    profile: FactorProfile = _attrs.field(metadata={"wire": "profile"})
    factor_type: SendEnrollFactorRequestDtoFactorType = _attrs.field(metadata={"wire": "factorType"})


class SendEnrollFactorRequestDtoFactorType(WireEnum):
    """Enum of ``SendEnrollFactorRequestDto.factorType`` (unknown wire values are kept, not rejected)."""

    OTP = "OTP"
    SMS = "SMS"
    EMAIL = "EMAIL"
    FACE = "FACE"


@_attrs.define(kw_only=True, slots=True)
class SendEnrollFactorRequestOtpDataDto:
    """Wire model ``SendEnrollFactorRequestOtpDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        qr_code_uri: ``qrCodeUri``, str, required
        qr_code_data_url: ``qrCodeDataUrl``, str, required
        recovery_code: ``recoveryCode``, str, required
    """

    qr_code_uri: str = _attrs.field(metadata={"wire": "qrCodeUri"})
    qr_code_data_url: str = _attrs.field(metadata={"wire": "qrCodeDataUrl"})
    recovery_code: str = _attrs.field(metadata={"wire": "recoveryCode"})


@_attrs.define(kw_only=True, slots=True)
class SendEnrollFactorRequestRespDto:
    """Wire model ``SendEnrollFactorRequestRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, SendEnrollFactorRequestDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: SendEnrollFactorRequestDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class SendGridEmailProviderConfig:
    """Wire model ``SendGridEmailProviderConfig`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sender: ``sender``, str, required
        apikey: ``apikey``, str, required
    """

    sender: str = _attrs.field(metadata={"wire": "sender"})
    apikey: str = _attrs.field(metadata={"wire": "apikey"})


@_attrs.define(kw_only=True, slots=True)
class SendGridEmailProviderConfigInput:
    """Wire model ``SendGridEmailProviderConfigInput`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        sender: ``sender``, str, required
        apikey: ``apikey``, str, required
    """

    sender: str = _attrs.field(metadata={"wire": "sender"})
    apikey: str = _attrs.field(metadata={"wire": "apikey"})


@_attrs.define(kw_only=True, slots=True)
class SendInviteTenantUserEmailDto:
    """Wire model ``SendInviteTenantUserEmailDto`` (request side; optional fields default to UNSET)."""


@_attrs.define(kw_only=True, slots=True)
class SendManyTenantEmailDto:
    """Wire model ``SendManyTenantEmailDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        admin_name: ``adminName``, str, required
        import_id: ``importId``, int, required
        users: ``users``, list[SendTenantEmailDto], required
    """

    admin_name: str = _attrs.field(metadata={"wire": "adminName"})
    import_id: int = _attrs.field(metadata={"wire": "importId"})
    users: List[SendTenantEmailDto] = _attrs.field(metadata={"wire": "users"})


@_attrs.define(kw_only=True, slots=True)
class SendManyTenantSmsDto:
    """Wire model ``SendManyTenantSmsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        admin_name: ``adminName``, str, required
        import_id: ``importId``, int, required
        users: ``users``, list[SendTenantSmsDto], required
    """

    admin_name: str = _attrs.field(metadata={"wire": "adminName"})
    import_id: int = _attrs.field(metadata={"wire": "importId"})
    users: List[SendTenantSmsDto] = _attrs.field(metadata={"wire": "users"})


@_attrs.define(kw_only=True, slots=True)
class SendResetPasswordNotificationDto:
    """Wire model ``SendResetPasswordNotificationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        send_default_email_notification: ``sendDefaultEmailNotification``, bool, optional
        send_default_phone_notification: ``sendDefaultPhoneNotification``, bool, optional
        input_send_email_notification: ``inputSendEmailNotification``, str, optional
        input_send_phone_notification: ``inputSendPhoneNotification``, str, optional
        app_id: ``appId``, str, optional
    """

    send_default_email_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendDefaultEmailNotification"})
    send_default_phone_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendDefaultPhoneNotification"})
    input_send_email_notification: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "inputSendEmailNotification"})
    input_send_phone_notification: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "inputSendPhoneNotification"})
    app_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class SendRosterInvitationBatchDto:
    """Wire model ``SendRosterInvitationBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        invitee_ids: ``inviteeIds``, list[str], required
        roster_id: ``rosterId``, str, required
    """

    invitee_ids: List[str] = _attrs.field(metadata={"wire": "inviteeIds"})
    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})


@_attrs.define(kw_only=True, slots=True)
class SendRosterInvitationDto:
    """Wire model ``SendRosterInvitationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})


@_attrs.define(kw_only=True, slots=True)
class SendSMSDto:
    """Wire model ``SendSMSDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        channel: ``channel``, SendSmsDtoChannel, required
        phone_number: ``phoneNumber``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
    """

    channel: SendSmsDtoChannel = _attrs.field(metadata={"wire": "channel"})
    phone_number: str = _attrs.field(metadata={"wire": "phoneNumber"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})


@_attrs.define(kw_only=True, slots=True)
class SendSMSRespDto:
    """Wire model ``SendSMSRespDto`` (response side; optional fields default to None).

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
class SendSmsBatchDataDto:
    """Wire model ``SendSmsBatchDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
    """

    success: bool = _attrs.field(metadata={"wire": "success"})


@_attrs.define(kw_only=True, slots=True)
class SendSmsBatchRespDto:
    """Wire model ``SendSmsBatchRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, SendSmsBatchDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: SendSmsBatchDataDto = _attrs.field(metadata={"wire": "data"})


class SendSmsDtoChannel(WireEnum):
    """Enum of ``SendSMSDto.channel`` (unknown wire values are kept, not rejected)."""

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
class SendTenantEmailDto:
    """Wire model ``SendTenantEmailDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        admin_name: ``adminName``, str, required
        user_name: ``userName``, str, required
        email: ``email``, str, required
        identifier: ``identifier``, str, required
        tenant_id: ``tenantId``, str, required
        tenant_name: ``tenantName``, str, required
    """

    admin_name: str = _attrs.field(metadata={"wire": "adminName"})
    user_name: str = _attrs.field(metadata={"wire": "userName"})
    email: str = _attrs.field(metadata={"wire": "email"})
    identifier: str = _attrs.field(metadata={"wire": "identifier"})
    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    tenant_name: str = _attrs.field(metadata={"wire": "tenantName"})


@_attrs.define(kw_only=True, slots=True)
class SendTenantSmsDto:
    """Wire model ``SendTenantSmsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        admin_name: ``adminName``, str, required
        user_name: ``userName``, str, required
        identifier: ``identifier``, str, required
        phone: ``phone``, str, required
        phone_country_code: ``phoneCountryCode``, str, required
        tenant_id: ``tenantId``, str, required
        tenant_name: ``tenantName``, str, required
    """

    admin_name: str = _attrs.field(metadata={"wire": "adminName"})
    user_name: str = _attrs.field(metadata={"wire": "userName"})
    identifier: str = _attrs.field(metadata={"wire": "identifier"})
    phone: str = _attrs.field(metadata={"wire": "phone"})
    phone_country_code: str = _attrs.field(metadata={"wire": "phoneCountryCode"})
    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    tenant_name: str = _attrs.field(metadata={"wire": "tenantName"})


@_attrs.define(kw_only=True, slots=True)
class SetCustomDataDto:
    """Wire model ``SetCustomDataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, optional
        key: ``key``, str, required
        value: ``value``, str, required
    """

    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    key: str = _attrs.field(metadata={"wire": "key"})
    value: str = _attrs.field(metadata={"wire": "value"})


@_attrs.define(kw_only=True, slots=True)
class SetCustomDataReqDto:
    """Wire model ``SetCustomDataReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[SetCustomDataDto], required
        target_identifier: ``targetIdentifier``, str, required
        target_type: ``targetType``, SetCustomDataReqDtoTargetType, required
        tenant_id: ``tenantId``, str, optional
        namespace: ``namespace``, str, optional
    """

    list: List[SetCustomDataDto] = _attrs.field(metadata={"wire": "list"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})
    target_type: SetCustomDataReqDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


class SetCustomDataReqDtoTargetType(WireEnum):
    """Enum of ``SetCustomDataReqDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class SetCustomFieldDto:
    """Wire model ``SetCustomFieldDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, SetCustomFieldDtoTargetType, required
        key: ``key``, str, required
        data_type: ``dataType``, SetCustomFieldDtoDataType, optional
        label: ``label``, str, optional
        description: ``description``, str, optional
        encrypted: ``encrypted``, bool, optional
        is_unique: ``isUnique``, bool, optional
        user_editable: ``userEditable``, bool, optional
        visible_in_admin_console: ``visibleInAdminConsole``, bool, optional
        visible_in_user_center: ``visibleInUserCenter``, bool, optional
        validate_rules: ``validateRules``, Any, optional
        app_ids: ``appIds``, list[str], optional
        desensitization: ``desensitization``, bool, optional
        options: ``options``, list[CustomFieldSelectOption], optional
        i18n: ``i18n``, CustomFieldI18n, optional
    """

    target_type: SetCustomFieldDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    key: str = _attrs.field(metadata={"wire": "key"})
    data_type: SetCustomFieldDtoDataType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "dataType"})
    label: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "label"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    encrypted: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "encrypted"})
    is_unique: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isUnique"})
    user_editable: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userEditable"})
    visible_in_admin_console: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "visibleInAdminConsole"})
    visible_in_user_center: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "visibleInUserCenter"})
    validate_rules: Any = _attrs.field(default=_UNSET, metadata={"wire": "validateRules"})
    app_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appIds"})
    desensitization: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "desensitization"})
    options: List[CustomFieldSelectOption] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
    i18n: CustomFieldI18n | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})


class SetCustomFieldDtoDataType(WireEnum):
    """Enum of ``SetCustomFieldDto.dataType`` (unknown wire values are kept, not rejected)."""

    STRING = "STRING"
    NUMBER = "NUMBER"
    DATETIME = "DATETIME"
    BOOLEAN = "BOOLEAN"
    ENUM = "ENUM"


class SetCustomFieldDtoTargetType(WireEnum):
    """Enum of ``SetCustomFieldDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class SetCustomFieldsReqDto:
    """Wire model ``SetCustomFieldsReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[SetCustomFieldDto], required
        tenant_id: ``tenantId``, str, optional
    """

    list: List[SetCustomFieldDto] = _attrs.field(metadata={"wire": "list"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class SetInvitationPolicyUserAttributionMainDepartmentDto:
    """Wire model ``SetInvitationPolicyUserAttributionMainDepartmentDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
        department_id: ``departmentId``, str, required
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})


@_attrs.define(kw_only=True, slots=True)
class SetMfaStatusDto:
    """Wire model ``SetMfaStatusDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        mfa_trigger_data: ``mfaTriggerData``, GetMfaInfoDataDto, required
        user_id: ``userId``, str, required
        user_id_type: ``userIdType``, SetMfaStatusDtoUserIdType, optional
    """

    mfa_trigger_data: GetMfaInfoDataDto = _attrs.field(metadata={"wire": "mfaTriggerData"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    user_id_type: SetMfaStatusDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class SetMfaStatusDtoUserIdType(WireEnum):
    """Enum of ``SetMfaStatusDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class SetPublicAccountBatchReqDto:
    """Wire model ``SetPublicAccountBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        public_account_id: ``publicAccountId``, str, required
        user_ids: ``userIds``, list[str], required
    """

    public_account_id: str = _attrs.field(metadata={"wire": "publicAccountId"})
    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})


@_attrs.define(kw_only=True, slots=True)
class SetUserBaseFieldDto:
    """Wire model ``SetUserBaseFieldDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        label: ``label``, str, optional
        description: ``description``, str, optional
        user_editable: ``userEditable``, bool, optional
        visible_in_admin_console: ``visibleInAdminConsole``, bool, optional
        visible_in_user_center: ``visibleInUserCenter``, bool, optional
        i18n: ``i18n``, CustomFieldI18n, optional
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    label: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "label"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    user_editable: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userEditable"})
    visible_in_admin_console: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "visibleInAdminConsole"})
    visible_in_user_center: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "visibleInUserCenter"})
    i18n: CustomFieldI18n | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})


@_attrs.define(kw_only=True, slots=True)
class SetUserBaseFieldsReqDto:
    """Wire model ``SetUserBaseFieldsReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[SetUserBaseFieldDto], required
    """

    list: List[SetUserBaseFieldDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class SetUserCustomDataDto:
    """Wire model ``SetUserCustomDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
    """

    success: bool = _attrs.field(metadata={"wire": "success"})


@_attrs.define(kw_only=True, slots=True)
class SetUserCustomDataRespDto:
    """Wire model ``SetUserCustomDataRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, SetUserCustomDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: SetUserCustomDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class SetUserDepartmentDto:
    """Wire model ``SetUserDepartmentDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        department_id: ``departmentId``, str, required
        is_leader: ``isLeader``, bool, optional
        is_main_department: ``isMainDepartment``, bool, optional
    """

    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    is_leader: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isLeader"})
    is_main_department: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isMainDepartment"})


@_attrs.define(kw_only=True, slots=True)
class SetUserDepartmentsDto:
    """Wire model ``SetUserDepartmentsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        departments: ``departments``, list[SetUserDepartmentDto], required
        options: ``options``, SetUserDepartmentsOptionsDto, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    departments: List[SetUserDepartmentDto] = _attrs.field(metadata={"wire": "departments"})
    options: SetUserDepartmentsOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class SetUserDepartmentsOptionsDto:
    """Wire model ``SetUserDepartmentsOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id_type: ``userIdType``, SetUserDepartmentsOptionsDtoUserIdType, optional
    """

    user_id_type: SetUserDepartmentsOptionsDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class SetUserDepartmentsOptionsDtoUserIdType(WireEnum):
    """Enum of ``SetUserDepartmentsOptionsDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class SetUserGroupsDto:
    """Wire model ``SetUserGroupsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        group_ids: ``groupIds``, list[str], required
        user_id: ``userId``, str, required
    """

    group_ids: List[str] = _attrs.field(metadata={"wire": "groupIds"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class SetUserOfPublicAccountBatchReqDto:
    """Wire model ``SetUserOfPublicAccountBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        public_account_ids: ``publicAccountIds``, list[str], required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    public_account_ids: List[str] = _attrs.field(metadata={"wire": "publicAccountIds"})


@_attrs.define(kw_only=True, slots=True)
class SetUserPostsDto:
    """Wire model ``SetUserPostsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        post_ids: ``postIds``, list[str], required
        user_id: ``userId``, str, required
    """

    post_ids: List[str] = _attrs.field(metadata={"wire": "postIds"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class SetUserRolesDto:
    """Wire model ``SetUserRolesDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        role_ids: ``roleIds``, list[str], required
        user_id: ``userId``, str, required
    """

    role_ids: List[str] = _attrs.field(metadata={"wire": "roleIds"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class SignInByAdPayloadDto:
    """Wire model ``SignInByAdPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        password: ``password``, str, required
        s_am_account_name: ``sAMAccountName``, str, required
    """

    password: str = _attrs.field(metadata={"wire": "password"})
    s_am_account_name: str = _attrs.field(metadata={"wire": "sAMAccountName"})


@_attrs.define(kw_only=True, slots=True)
class SignInByAlipayPayloadDto:
    """Wire model ``SignInByAlipayPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByAmazonPayloadDto:
    """Wire model ``SignInByAmazonPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        access_token: ``access_token``, str, required
    """

    access_token: str = _attrs.field(metadata={"wire": "access_token"})


@_attrs.define(kw_only=True, slots=True)
class SignInByApplePayloadDto:
    """Wire model ``SignInByApplePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByBaiduPayloadDto:
    """Wire model ``SignInByBaiduPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
        access_token: ``access_token``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "code"})
    access_token: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "access_token"})


@_attrs.define(kw_only=True, slots=True)
class SignInByDingTalkPayloadDto:
    """Wire model ``SignInByDingTalkPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        is_sns_code: ``isSnsCode``, bool, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    is_sns_code: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isSnsCode"})


@_attrs.define(kw_only=True, slots=True)
class SignInByDouyinMiniProgramCodeAndPhonePayloadDto:
    """Wire model ``SignInByDouyinMiniProgramCodeAndPhonePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        login_params: ``loginParams``, SignInByDouyinMiniProgramCodePayloadDto, required
        phone_params: ``phoneParams``, SignInByDouyinMiniProgramPhoneInfoPayloadDto, required
    """

    login_params: SignInByDouyinMiniProgramCodePayloadDto = _attrs.field(metadata={"wire": "loginParams"})
    phone_params: SignInByDouyinMiniProgramPhoneInfoPayloadDto = _attrs.field(metadata={"wire": "phoneParams"})


@_attrs.define(kw_only=True, slots=True)
class SignInByDouyinMiniProgramCodePayloadDto:
    """Wire model ``SignInByDouyinMiniProgramCodePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        encrypted_data: ``encryptedData``, str, optional
        iv: ``iv``, str, optional
        code: ``code``, str, required
    """

    encrypted_data: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "encryptedData"})
    iv: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "iv"})
    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByDouyinMiniProgramPhoneInfoPayloadDto:
    """Wire model ``SignInByDouyinMiniProgramPhoneInfoPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        iv: ``iv``, str, optional
        encrypted_data: ``encryptedData``, str, optional
    """

    iv: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "iv"})
    encrypted_data: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "encryptedData"})


@_attrs.define(kw_only=True, slots=True)
class SignInByDouyinPayloadDto:
    """Wire model ``SignInByDouyinPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByFacebookPayloadDto:
    """Wire model ``SignInByFacebookPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        access_token: ``access_token``, str, required
    """

    access_token: str = _attrs.field(metadata={"wire": "access_token"})


@_attrs.define(kw_only=True, slots=True)
class SignInByGiteePayloadDto:
    """Wire model ``SignInByGiteePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByGithubPayloadDto:
    """Wire model ``SignInByGithubPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByGitlabPayloadDto:
    """Wire model ``SignInByGitlabPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByGooglePayloadDto:
    """Wire model ``SignInByGooglePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByHuaweiPayloadDto:
    """Wire model ``SignInByHuaweiPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByKuaishouPayloadDto:
    """Wire model ``SignInByKuaishouPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByLarkBlockPayloadDto:
    """Wire model ``SignInByLarkBlockPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByLarkInternalPayloadDto:
    """Wire model ``SignInByLarkInternalPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByLarkPublicPayloadDto:
    """Wire model ``SignInByLarkPublicPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByLdapPayloadDto:
    """Wire model ``SignInByLdapPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        password: ``password``, str, required
        s_am_account_name: ``sAMAccountName``, str, required
    """

    password: str = _attrs.field(metadata={"wire": "password"})
    s_am_account_name: str = _attrs.field(metadata={"wire": "sAMAccountName"})


@_attrs.define(kw_only=True, slots=True)
class SignInByLinePayloadDto:
    """Wire model ``SignInByLinePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        access_token: ``access_token``, str, required
        id_token: ``id_token``, str, optional
    """

    access_token: str = _attrs.field(metadata={"wire": "access_token"})
    id_token: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "id_token"})


@_attrs.define(kw_only=True, slots=True)
class SignInByLinkedInPayloadDto:
    """Wire model ``SignInByLinkedInPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByMobileOptionsDto:
    """Wire model ``SignInByMobileOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        scope: ``scope``, str, optional
        context: ``context``, Any, optional
        tenant_id: ``tenantId``, str, optional
        custom_data: ``customData``, Any, optional
    """

    scope: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "scope"})
    context: Any = _attrs.field(default=_UNSET, metadata={"wire": "context"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})


@_attrs.define(kw_only=True, slots=True)
class SignInByOPPOPayloadDto:
    """Wire model ``SignInByOPPOPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByPassCodePayloadDto:
    """Wire model ``SignInByPassCodePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        pass_code: ``passCode``, str, required
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
    """

    pass_code: str = _attrs.field(metadata={"wire": "passCode"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})


@_attrs.define(kw_only=True, slots=True)
class SignInByPasswordPayloadDto:
    """Wire model ``SignInByPasswordPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        password: ``password``, str, required
        account: ``account``, str, optional
        email: ``email``, str, optional
        username: ``username``, str, optional
        phone: ``phone``, str, optional
    """

    password: str = _attrs.field(metadata={"wire": "password"})
    account: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "account"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})


@_attrs.define(kw_only=True, slots=True)
class SignInByPushDto:
    """Wire model ``SignInByPushDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        account: ``account``, str, required
        options: ``options``, SignInByPushOptionsDto, optional
    """

    account: str = _attrs.field(metadata={"wire": "account"})
    options: SignInByPushOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class SignInByPushOptionsDto:
    """Wire model ``SignInByPushOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        scope: ``scope``, str, optional
        context: ``context``, str, optional
        custom_data: ``customData``, Any, optional
    """

    scope: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "scope"})
    context: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "context"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})


@_attrs.define(kw_only=True, slots=True)
class SignInByQQPayloadDto:
    """Wire model ``SignInByQQPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        access_token: ``access_token``, str, required
    """

    access_token: str = _attrs.field(metadata={"wire": "access_token"})


@_attrs.define(kw_only=True, slots=True)
class SignInBySlackPayloadDto:
    """Wire model ``SignInBySlackPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInBySwitchOptionsDto:
    """Wire model ``SignInBySwitchOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        scope: ``scope``, str, optional
        context: ``context``, Any, optional
        custom_data: ``customData``, Any, optional
    """

    scope: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "scope"})
    context: Any = _attrs.field(default=_UNSET, metadata={"wire": "context"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})


@_attrs.define(kw_only=True, slots=True)
class SignInByWebAuthnOptionsDto:
    """Wire model ``SignInByWebAuthnOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        scope: ``scope``, str, optional
        context: ``context``, Any, optional
        custom_data: ``customData``, Any, optional
    """

    scope: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "scope"})
    context: Any = _attrs.field(default=_UNSET, metadata={"wire": "context"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})


@_attrs.define(kw_only=True, slots=True)
class SignInByWechatMiniProgramCodeAndPhonePayloadDto:
    """Wire model ``SignInByWechatMiniProgramCodeAndPhonePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        wx_login_info: ``wxLoginInfo``, SignInByWechatMiniProgramCodePayloadDto, required
        wx_phone_info: ``wxPhoneInfo``, SignInByWechatMiniProgramPhoneInfoPayloadDto, required
    """

    wx_login_info: SignInByWechatMiniProgramCodePayloadDto = _attrs.field(metadata={"wire": "wxLoginInfo"})
    wx_phone_info: SignInByWechatMiniProgramPhoneInfoPayloadDto = _attrs.field(metadata={"wire": "wxPhoneInfo"})


@_attrs.define(kw_only=True, slots=True)
class SignInByWechatMiniProgramCodePayloadDto:
    """Wire model ``SignInByWechatMiniProgramCodePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        encrypted_data: ``encryptedData``, str, optional
        iv: ``iv``, str, optional
        code: ``code``, str, required
    """

    encrypted_data: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "encryptedData"})
    iv: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "iv"})
    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByWechatMiniProgramPhoneInfoPayloadDto:
    """Wire model ``SignInByWechatMiniProgramPhoneInfoPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByWechatMiniProgramPhonePayloadDto:
    """Wire model ``SignInByWechatMiniProgramPhonePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        encrypted_data: ``encryptedData``, str, required
        iv: ``iv``, str, required
        code: ``code``, str, required
    """

    encrypted_data: str = _attrs.field(metadata={"wire": "encryptedData"})
    iv: str = _attrs.field(metadata={"wire": "iv"})
    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByWechatPayloadDto:
    """Wire model ``SignInByWechatPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByWechatworkAgencyPayloadDto:
    """Wire model ``SignInByWechatworkAgencyPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByWechatworkDto:
    """Wire model ``SignInByWechatworkDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByWeiboPayloadDto:
    """Wire model ``SignInByWeiboPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        access_token: ``access_token``, str, required
    """

    access_token: str = _attrs.field(metadata={"wire": "access_token"})


@_attrs.define(kw_only=True, slots=True)
class SignInByXiaomiPayloadDto:
    """Wire model ``SignInByXiaomiPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByYidunPayloadDto:
    """Wire model ``SignInByYidunPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        token: ``token``, str, optional
        access_token: ``accessToken``, str, optional
    """

    token: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "token"})
    access_token: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "accessToken"})


@_attrs.define(kw_only=True, slots=True)
class SignInFastpassDto:
    """Wire model ``SignInFastpassDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        options: ``options``, SignInFastpassOptionsDto, optional
    """

    options: SignInFastpassOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class SignInFastpassOptionsDto:
    """Wire model ``SignInFastpassOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        scope: ``scope``, str, optional
        context: ``context``, Any, optional
        custom_data: ``customData``, Any, optional
    """

    scope: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "scope"})
    context: Any = _attrs.field(default=_UNSET, metadata={"wire": "context"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})


@_attrs.define(kw_only=True, slots=True)
class SignInOptionsDto:
    """Wire model ``SignInOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        scope: ``scope``, str, optional
        client_ip: ``clientIp``, str, optional
        context: ``context``, Any, optional
        tenant_id: ``tenantId``, str, optional
        custom_data: ``customData``, Any, optional
        auto_register: ``autoRegister``, bool, optional
        captcha_code: ``captchaCode``, str, optional
        captcha_token: ``captchaToken``, str, optional
        password_encrypt_type: ``passwordEncryptType``, SignInOptionsDtoPasswordEncryptType, optional
    """

    scope: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "scope"})
    client_ip: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "clientIp"})
    context: Any = _attrs.field(default=_UNSET, metadata={"wire": "context"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})
    auto_register: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "autoRegister"})
    captcha_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "captchaCode"})
    captcha_token: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "captchaToken"})
    password_encrypt_type: SignInOptionsDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})


class SignInOptionsDtoPasswordEncryptType(WireEnum):
    """Enum of ``SignInOptionsDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"


@_attrs.define(kw_only=True, slots=True)
class SignUpByPassCodeDto:
    """Wire model ``SignUpByPassCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        pass_code: ``passCode``, str, required
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
    """

    pass_code: str = _attrs.field(metadata={"wire": "passCode"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})


@_attrs.define(kw_only=True, slots=True)
class SignUpByPasswordDto:
    """Wire model ``SignUpByPasswordDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        password: ``password``, str, required
        username: ``username``, str, optional
        email: ``email``, str, optional
    """

    password: str = _attrs.field(metadata={"wire": "password"})
    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})


@_attrs.define(kw_only=True, slots=True)
class SignUpDto:
    """Wire model ``SignUpDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        connection: ``connection``, SignUpDtoConnection, required
        password_payload: ``passwordPayload``, SignUpByPasswordDto, optional
        pass_code_payload: ``passCodePayload``, SignUpByPassCodeDto, optional
        profile: ``profile``, SignUpProfileDto, optional
        options: ``options``, SignUpOptionsDto, optional
    """

    connection: SignUpDtoConnection = _attrs.field(metadata={"wire": "connection"})
    password_payload: SignUpByPasswordDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordPayload"})
    pass_code_payload: SignUpByPassCodeDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passCodePayload"})
    profile: SignUpProfileDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "profile"})
    options: SignUpOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


class SignUpDtoConnection(WireEnum):
    """Enum of ``SignUpDto.connection`` (unknown wire values are kept, not rejected)."""

    PASSWORD = "PASSWORD"
    PASSCODE = "PASSCODE"


@_attrs.define(kw_only=True, slots=True)
class SignUpOptionsDto:
    """Wire model ``SignUpOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        client_ip: ``clientIp``, str, optional
        phone_pass_code_for_information_completion: ``phonePassCodeForInformationCompletion``, str, optional
        email_pass_code_for_information_completion: ``emailPassCodeForInformationCompletion``, str, optional
        password_for_phone_pass_code: ``passwordForPhonePassCode``, str, optional
        context: ``context``, Any, required
        password_encrypt_type: ``passwordEncryptType``, SignUpOptionsDtoPasswordEncryptType, optional
    """

    client_ip: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "clientIp"})
    phone_pass_code_for_information_completion: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phonePassCodeForInformationCompletion"})
    email_pass_code_for_information_completion: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "emailPassCodeForInformationCompletion"})
    password_for_phone_pass_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordForPhonePassCode"})
    context: Any = _attrs.field(metadata={"wire": "context"})
    password_encrypt_type: SignUpOptionsDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})


class SignUpOptionsDtoPasswordEncryptType(WireEnum):
    """Enum of ``SignUpOptionsDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"


@_attrs.define(kw_only=True, slots=True)
class SignUpProfileDto:
    """Wire model ``SignUpProfileDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        nickname: ``nickname``, str, optional
        company: ``company``, str, optional
        photo: ``photo``, str, optional
        device: ``device``, str, optional
        browser: ``browser``, str, optional
        name: ``name``, str, optional
        given_name: ``givenName``, str, optional
        family_name: ``familyName``, str, optional
        middle_name: ``middleName``, str, optional
        profile: ``profile``, str, optional
        preferred_username: ``preferredUsername``, str, optional
        website: ``website``, str, optional
        gender: ``gender``, SignUpProfileDtoGender, optional
        birthdate: ``birthdate``, str, optional
        zoneinfo: ``zoneinfo``, str, optional
        locale: ``locale``, str, optional
        address: ``address``, str, optional
        formatted: ``formatted``, str, optional
        street_address: ``streetAddress``, str, optional
        locality: ``locality``, str, optional
        region: ``region``, str, optional
        postal_code: ``postalCode``, str, optional
        country: ``country``, str, optional
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        custom_data: ``customData``, Any, optional
    """

    nickname: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "nickname"})
    company: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "company"})
    photo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "photo"})
    device: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "device"})
    browser: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "browser"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    given_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "givenName"})
    family_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "familyName"})
    middle_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "middleName"})
    profile: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "profile"})
    preferred_username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "preferredUsername"})
    website: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "website"})
    gender: SignUpProfileDtoGender | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "gender"})
    birthdate: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "birthdate"})
    zoneinfo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "zoneinfo"})
    locale: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "locale"})
    address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "address"})
    formatted: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "formatted"})
    street_address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "streetAddress"})
    locality: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "locality"})
    region: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "region"})
    postal_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postalCode"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})


class SignUpProfileDtoGender(WireEnum):
    """Enum of ``SignUpProfileDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"


@_attrs.define(kw_only=True, slots=True)
class SigninByCredentialsDto:
    """Wire model ``SigninByCredentialsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        connection: ``connection``, SigninByCredentialsDtoConnection, required
        password_payload: ``passwordPayload``, SignInByPasswordPayloadDto, optional
        pass_code_payload: ``passCodePayload``, SignInByPassCodePayloadDto, optional
        ad_payload: ``adPayload``, SignInByAdPayloadDto, optional
        ldap_payload: ``ldapPayload``, SignInByLdapPayloadDto, optional
        options: ``options``, SignInOptionsDto, optional
        client_id: ``client_id``, str, optional
        client_secret: ``client_secret``, str, optional
    """

    connection: SigninByCredentialsDtoConnection = _attrs.field(metadata={"wire": "connection"})
    password_payload: SignInByPasswordPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordPayload"})
    pass_code_payload: SignInByPassCodePayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passCodePayload"})
    ad_payload: SignInByAdPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "adPayload"})
    ldap_payload: SignInByLdapPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ldapPayload"})
    options: SignInOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
    client_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "client_id"})
    client_secret: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "client_secret"})


class SigninByCredentialsDtoConnection(WireEnum):
    """Enum of ``SigninByCredentialsDto.connection`` (unknown wire values are kept, not rejected)."""

    PASSWORD = "PASSWORD"
    PASSCODE = "PASSCODE"
    LDAP = "LDAP"
    AD = "AD"


@_attrs.define(kw_only=True, slots=True)
class SigninByMobileDto:
    """Wire model ``SigninByMobileDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ext_idp_connidentifier: ``extIdpConnidentifier``, str, required
        connection: ``connection``, SigninByMobileDtoConnection, required
        wechat_payload: ``wechatPayload``, SignInByWechatPayloadDto, optional
        apple_payload: ``applePayload``, SignInByApplePayloadDto, optional
        alipay_payload: ``alipayPayload``, SignInByAlipayPayloadDto, optional
        wechatwork_payload: ``wechatworkPayload``, SignInByWechatworkDto, optional
        wechatwork_agency_payload: ``wechatworkAgencyPayload``, SignInByWechatworkAgencyPayloadDto, optional
        lark_public_payload: ``larkPublicPayload``, SignInByLarkPublicPayloadDto, optional
        lark_internal_payload: ``larkInternalPayload``, SignInByLarkInternalPayloadDto, optional
        lark_block_payload: ``larkBlockPayload``, SignInByLarkBlockPayloadDto, optional
        yidun_payload: ``yidunPayload``, SignInByYidunPayloadDto, optional
        wechat_mini_program_code_payload: ``wechatMiniProgramCodePayload``, SignInByWechatMiniProgramCodePayloadDto, optional
        wechat_mini_program_phone_payload: ``wechatMiniProgramPhonePayload``, SignInByWechatMiniProgramPhonePayloadDto, optional
        wechat_mini_program_code_and_phone_payload: ``wechatMiniProgramCodeAndPhonePayload``, SignInByWechatMiniProgramCodeAndPhonePayloadDto, optional
        douyin_mini_program_code_payload: ``douyinMiniProgramCodePayload``, SignInByDouyinMiniProgramCodePayloadDto, optional
        douyin_mini_program_code_and_phone_payload: ``douyinMiniProgramCodeAndPhonePayload``, SignInByDouyinMiniProgramCodeAndPhonePayloadDto, optional
        google_payload: ``googlePayload``, SignInByGooglePayloadDto, optional
        facebook_payload: ``facebookPayload``, SignInByFacebookPayloadDto, optional
        qq_payload: ``qqPayload``, SignInByQQPayloadDto, optional
        weibo_payload: ``weiboPayload``, SignInByWeiboPayloadDto, optional
        baidu_payload: ``baiduPayload``, SignInByBaiduPayloadDto, optional
        linked_in_payload: ``linkedInPayload``, SignInByLinkedInPayloadDto, optional
        ding_talk_payload: ``dingTalkPayload``, SignInByDingTalkPayloadDto, optional
        github_payload: ``githubPayload``, SignInByGithubPayloadDto, optional
        gitee_payload: ``giteePayload``, SignInByGiteePayloadDto, optional
        gitlab_payload: ``gitlabPayload``, SignInByGitlabPayloadDto, optional
        douyin_payload: ``douyinPayload``, SignInByDouyinPayloadDto, optional
        kuaishou_payload: ``kuaishouPayload``, SignInByKuaishouPayloadDto, optional
        xiaomi_payload: ``xiaomiPayload``, SignInByXiaomiPayloadDto, optional
        line_payload: ``linePayload``, SignInByLinePayloadDto, optional
        slack_payload: ``slackPayload``, SignInBySlackPayloadDto, optional
        oppo_payload: ``oppoPayload``, SignInByOPPOPayloadDto, optional
        huawei_payload: ``huaweiPayload``, SignInByHuaweiPayloadDto, optional
        amazon_payload: ``amazonPayload``, SignInByAmazonPayloadDto, optional
        options: ``options``, SignInByMobileOptionsDto, optional
        client_id: ``client_id``, str, optional
        client_secret: ``client_secret``, str, optional
    """

    ext_idp_connidentifier: str = _attrs.field(metadata={"wire": "extIdpConnidentifier"})
    connection: SigninByMobileDtoConnection = _attrs.field(metadata={"wire": "connection"})
    wechat_payload: SignInByWechatPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "wechatPayload"})
    apple_payload: SignInByApplePayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "applePayload"})
    alipay_payload: SignInByAlipayPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "alipayPayload"})
    wechatwork_payload: SignInByWechatworkDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "wechatworkPayload"})
    wechatwork_agency_payload: SignInByWechatworkAgencyPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "wechatworkAgencyPayload"})
    lark_public_payload: SignInByLarkPublicPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "larkPublicPayload"})
    lark_internal_payload: SignInByLarkInternalPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "larkInternalPayload"})
    lark_block_payload: SignInByLarkBlockPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "larkBlockPayload"})
    yidun_payload: SignInByYidunPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "yidunPayload"})
    wechat_mini_program_code_payload: SignInByWechatMiniProgramCodePayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "wechatMiniProgramCodePayload"})
    wechat_mini_program_phone_payload: SignInByWechatMiniProgramPhonePayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "wechatMiniProgramPhonePayload"})
    wechat_mini_program_code_and_phone_payload: SignInByWechatMiniProgramCodeAndPhonePayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "wechatMiniProgramCodeAndPhonePayload"})
    douyin_mini_program_code_payload: SignInByDouyinMiniProgramCodePayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "douyinMiniProgramCodePayload"})
    douyin_mini_program_code_and_phone_payload: SignInByDouyinMiniProgramCodeAndPhonePayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "douyinMiniProgramCodeAndPhonePayload"})
    google_payload: SignInByGooglePayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "googlePayload"})
    facebook_payload: SignInByFacebookPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "facebookPayload"})
    qq_payload: SignInByQQPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "qqPayload"})
    weibo_payload: SignInByWeiboPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "weiboPayload"})
    baidu_payload: SignInByBaiduPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "baiduPayload"})
    linked_in_payload: SignInByLinkedInPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "linkedInPayload"})
    ding_talk_payload: SignInByDingTalkPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "dingTalkPayload"})
    github_payload: SignInByGithubPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "githubPayload"})
    gitee_payload: SignInByGiteePayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "giteePayload"})
    gitlab_payload: SignInByGitlabPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "gitlabPayload"})
    douyin_payload: SignInByDouyinPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "douyinPayload"})
    kuaishou_payload: SignInByKuaishouPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "kuaishouPayload"})
    xiaomi_payload: SignInByXiaomiPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "xiaomiPayload"})
    line_payload: SignInByLinePayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "linePayload"})
    slack_payload: SignInBySlackPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "slackPayload"})
    oppo_payload: SignInByOPPOPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "oppoPayload"})
    huawei_payload: SignInByHuaweiPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "huaweiPayload"})
    amazon_payload: SignInByAmazonPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "amazonPayload"})
    options: SignInByMobileOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
    client_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "client_id"})
    client_secret: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "client_secret"})


class SigninByMobileDtoConnection(WireEnum):
    """Enum of ``SigninByMobileDto.connection`` (unknown wire values are kept, not rejected)."""

    APPLE = "apple"
    WECHAT = "wechat"
    ALIPAY = "alipay"
    WECHATWORK = "wechatwork"
    WECHATWORK_AGENCY = "wechatwork_agency"
    LARK_INTERNAL = "lark_internal"
    LARK_PUBLIC = "lark_public"
    LARK_BLOCK = "lark_block"
    YIDUN = "yidun"
    WECHAT_MINI_PROGRAM_CODE = "wechat_mini_program_code"
    WECHAT_MINI_PROGRAM_PHONE = "wechat_mini_program_phone"
    WECHAT_MINI_PROGRAM_CODE_AND_PHONE = "wechat_mini_program_code_and_phone"
    GOOGLE = "google"
    FACEBOOK = "facebook"
    QQ = "qq"
    WEIBO = "weibo"
    BAIDU = "baidu"
    LINKEDIN = "linkedin"
    DINGTALK = "dingtalk"
    GITHUB = "github"
    GITEE = "gitee"
    GITLAB = "gitlab"
    DOUYIN = "douyin"
    KUAISHOU = "kuaishou"
    XIAOMI = "xiaomi"
    LINE = "line"
    SLACK = "slack"
    OPPO = "oppo"
    HUAWEI = "huawei"
    AMAZON = "amazon"
    DOUYIN_MINI_PROGRAM_CODE = "douyin_mini_program_code"
    DOUYIN_MINI_PROGRAM_CODE_AND_PHONE = "douyin_mini_program_code_and_phone"


@_attrs.define(kw_only=True, slots=True)
class SortingDto:
    """Wire model ``SortingDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field: ``field``, SortingDtoField, required
        order: ``order``, SortingDtoOrder, required
    """

    field: SortingDtoField = _attrs.field(metadata={"wire": "field"})
    order: SortingDtoOrder = _attrs.field(metadata={"wire": "order"})


class SortingDtoField(WireEnum):
    """Enum of ``SortingDto.field`` (unknown wire values are kept, not rejected)."""

    ID = "id"
    CREATED_AT = "createdAt"
    UPDATED_AT = "updatedAt"
    EMAIL = "email"
    USERNAME = "username"
    EXTERNAL_ID = "externalId"
    PHONE = "phone"
    STATUS = "status"
    STATUS_CHANGED_AT = "statusChangedAt"
    PASSWORD_LAST_SET_AT = "passwordLastSetAt"
    LOGINS_COUNT = "loginsCount"
    GENDER = "gender"
    LAST_LOGIN = "lastLogin"
    USER_SOURCE_TYPE = "userSourceType"
    LAST_MFA_TIME = "lastMfaTime"
    PASSWORD_SECURITY_LEVEL = "passwordSecurityLevel"
    PHONE_COUNTRY_CODE = "phoneCountryCode"
    LAST_IP = "lastIp"


class SortingDtoOrder(WireEnum):
    """Enum of ``SortingDto.order`` (unknown wire values are kept, not rejected)."""

    DESC = "desc"
    ASC = "asc"


@_attrs.define(kw_only=True, slots=True)
class StrAuthorize:
    """Wire model ``StrAuthorize`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        value: ``value``, str, required
        actions: ``actions``, list[str], required
    """

    value: str = _attrs.field(metadata={"wire": "value"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
