# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (UnbindDeviceDto, ..., UpdateUserBatchReqDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._a1 import (
        AppValidateRuleDto, ApplicationBrandingConfigInputDto, ApplicationDefaultLoginMethodInput,
        ApplicationRegisterConfigInputDto, ApplicationTabMethodsSortConfigDto,
    )
    from ._c1 import (
        CasIdPConfig, ChangeEmailStrategyDto, ChangePhoneStrategyDto, CommonUserDto, Config,
        CookieSettingsDto,
    )
    from ._c3 import (
        CustomFieldI18n,
    )
    from ._d import (
        DataResourceTreeStructs, DataStatementPermissionDto, DefaultPasswordConfigDto,
        DepartmentI18nDto, DeviceRuleDto,
    )
    from ._e import (
        ExtendField,
    )
    from ._i import (
        IPRuleDto, ISsoPageCustomizationSettingsDto, InvitationLinkConfigDto, InviterDetailDto,
    )
    from ._l1 import (
        LanguageCoinfigDto,
    )
    from ._l2 import (
        LoginAnomalyDetectionConfigDto,
    )
    from ._o import (
        OIDCConfig, OauthIdpConfig, OrganizationNameI18nDto,
    )
    from ._q import (
        QrcodeLoginStrategyDto,
    )
    from ._r import (
        RegisterAnomalyDetectionConfigDto, RelationOptionalRange, ResourceAction,
    )
    from ._s1 import (
        SamlIdpConfig, SelfUnlockAccountConfigDto, SendResetPasswordNotificationDto,
    )
    from ._s2 import (
        SyncTaskClientConfig, SyncTaskFieldMapping, SyncTaskProvisioningScope,
        SyncTaskTimedScheduler,
    )
    from ._t import (
        TabConfigDto,
    )
    from ._u2 import (
        UpdateUserInfoDto, UserPoolPublicConfigDto,
    )

__all__ = [
    "UnbindDeviceDto", "UnbindEmailDto", "UnbindExtIdpDto", "UnbindPhoneDto",
    "UnbindPublicAccountBatchReqDto", "UniversalInvitationApplicantData",
    "UniversalInvitationApplicantDataChannel", "UniversalInvitationApplicantDataStatus",
    "UniversalInvitationJoinRespDto", "UniversalInvitationJoinRespDtoStatus",
    "UniversalInvitationPublicConfigDto", "UniversalInvitationUserJoinDto",
    "UniversalInviteeProfileDto", "UnlinkExtIdpDto", "UnlinkIdentity", "UnlinkIdentityDataDto",
    "UnlinkIdentityResDto", "UpdateAccessKeyDto", "UpdateApplicationDto",
    "UpdateApplicationDtoDefaultProtocol", "UpdateApplicationLoginConfigInputDto",
    "UpdateApplicationLoginConfigInputDtoEnabledBasicLoginMethods",
    "UpdateApplicationMfaSettingsDto", "UpdateApplicationMfaSettingsDtoDisabledFactors",
    "UpdateApplicationMfaSettingsDtoEnabledFactors", "UpdateApplicationPermissionStrategyDataDto",
    "UpdateApplicationPermissionStrategyDataDtoPermissionStrategy", "UpdateAsaAccountDto",
    "UpdateAuthEnabledDto", "UpdateBizEmailTemplateDto", "UpdateBizEmailTemplateDtoTplEngine",
    "UpdateDataPolicyDto", "UpdateDataPolicyRespDto", "UpdateDataPolicyResponseDto",
    "UpdateDataResourceDto", "UpdateDataResourceRespDto", "UpdateDataResourceRespDtoType",
    "UpdateDataResourceResponseDto", "UpdateDepartmentReqDto",
    "UpdateDepartmentReqDtoDepartmentIdType", "UpdateDepartmentStatusReqDto",
    "UpdateDeviceExclusiveRuleDto", "UpdateDeviceExclusiveRuleDtoRule", "UpdateDnefReq",
    "UpdateEmailByEmailPassCodeDto", "UpdateEmailDto", "UpdateEmailTemplateDto",
    "UpdateEmailTemplateDtoTplEngine", "UpdateEmailTemplateDtoType", "UpdateEmailVerifyRequestDto",
    "UpdateEmailVerifyRequestDtoVerifyMethod", "UpdateExtIdpConnDto", "UpdateExtIdpDto",
    "UpdateExtendsFieldDto", "UpdateExtendsFieldDtoInputType", "UpdateExtendsFieldDtoType",
    "UpdateFunctionModelDto", "UpdateFunctionModelDtoType", "UpdateFunctionModelFieldDto",
    "UpdateGroupReqDto", "UpdateInvitationPolicyDto", "UpdateInvitationPolicyDtoInviteMethod",
    "UpdateInvitationPolicyDtoSendVerifyCodeMethod", "UpdateInvitationRosterDto",
    "UpdateLoginConfig", "UpdateLoginConfigDto", "UpdateMultipleTenantAdminDto",
    "UpdateNamespaceDto", "UpdateNamespaceRespDto", "UpdateOperateModelDto",
    "UpdateOrganizationReqDto", "UpdateOrganizationStatusReqDto", "UpdatePasskeyDto",
    "UpdatePasswordDto", "UpdatePasswordDtoPasswordEncryptType", "UpdatePermissionNamespaceDto",
    "UpdatePermissionNamespaceRespDto", "UpdatePermissionNamespaceResponseDto",
    "UpdatePhoneByPhonePassCodeDto", "UpdatePhoneDto", "UpdatePipelineFunctionDto",
    "UpdatePipelineOrderDto", "UpdatePipelineOrderDtoScene", "UpdatePublicAccountBatchOptionsDto",
    "UpdatePublicAccountBatchOptionsDtoPasswordEncryptType", "UpdatePublicAccountBatchReqDto",
    "UpdatePublicAccountInfoDto", "UpdatePublicAccountInfoDtoGender",
    "UpdatePublicAccountInfoDtoStatus", "UpdatePublicAccountOptionsDto",
    "UpdatePublicAccountOptionsDtoPasswordEncryptType", "UpdatePublicAccountOptionsDtoUserIdType",
    "UpdatePublicAccountReqDto", "UpdatePublicAccountReqDtoGender",
    "UpdatePublicAccountReqDtoStatus", "UpdateResourceDto", "UpdateResourceDtoType",
    "UpdateRoleDto", "UpdateRosterUserInfoDto", "UpdateRowDto", "UpdateSecuritySettingsDto",
    "UpdateSyncTaskDto", "UpdateSyncTaskDtoSyncTaskFlow", "UpdateSyncTaskDtoSyncTaskTrigger",
    "UpdateSyncTaskDtoSyncTaskType", "UpdateTenantAppqrcodeState", "UpdateTenantCooperatorDto",
    "UpdateTenantDto", "UpdateTenantUserDto", "UpdateTerminalDto", "UpdateTerminalUserDto",
    "UpdateUniversalInvitationDto", "UpdateUserBatchOptionsDto",
    "UpdateUserBatchOptionsDtoPasswordEncryptType", "UpdateUserBatchReqDto",
]


@_attrs.define(kw_only=True, slots=True)
class UnbindDeviceDto:
    """Wire model ``UnbindDeviceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        device_id: ``deviceId``, str, required
    """

    device_id: str = _attrs.field(metadata={"wire": "deviceId"})


@_attrs.define(kw_only=True, slots=True)
class UnbindEmailDto:
    """Wire model ``UnbindEmailDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        pass_code: ``passCode``, str, required
    """

    pass_code: str = _attrs.field(metadata={"wire": "passCode"})


@_attrs.define(kw_only=True, slots=True)
class UnbindExtIdpDto:
    """Wire model ``UnbindExtIdpDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ext_idp_id: ``extIdpId``, str, required
    """

    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})


@_attrs.define(kw_only=True, slots=True)
class UnbindPhoneDto:
    """Wire model ``UnbindPhoneDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        pass_code: ``passCode``, str, required
    """

    pass_code: str = _attrs.field(metadata={"wire": "passCode"})


@_attrs.define(kw_only=True, slots=True)
class UnbindPublicAccountBatchReqDto:
    """Wire model ``UnbindPublicAccountBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        public_account_id: ``publicAccountId``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    public_account_id: str = _attrs.field(metadata={"wire": "publicAccountId"})


@_attrs.define(kw_only=True, slots=True)
class UniversalInvitationApplicantData:
    """Wire model ``UniversalInvitationApplicantData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        applicant: ``applicant``, str, required
        email: ``email``, str, required
        inviter_id: ``inviterId``, str, required
        operator_id: ``operatorId``, str, optional
        status: ``status``, UniversalInvitationApplicantDataStatus, required
        channel: ``channel``, UniversalInvitationApplicantDataChannel, required
        inviter_detail: ``inviterDetail``, CommonUserDto, optional
        operator_detail: ``operatorDetail``, CommonUserDto, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    applicant: str = _attrs.field(metadata={"wire": "applicant"})
    email: str = _attrs.field(metadata={"wire": "email"})
    inviter_id: str = _attrs.field(metadata={"wire": "inviterId"})
    operator_id: str | None = _attrs.field(default=None, metadata={"wire": "operatorId"})
    status: UniversalInvitationApplicantDataStatus = _attrs.field(metadata={"wire": "status"})
    channel: UniversalInvitationApplicantDataChannel = _attrs.field(metadata={"wire": "channel"})
    inviter_detail: CommonUserDto | None = _attrs.field(default=None, metadata={"wire": "inviterDetail"})
    operator_detail: CommonUserDto | None = _attrs.field(default=None, metadata={"wire": "operatorDetail"})


class UniversalInvitationApplicantDataChannel(WireEnum):
    """Enum of ``UniversalInvitationApplicantData.channel`` (unknown wire values are kept, not rejected)."""

    MANUAL = "MANUAL"
    AUTO = "AUTO"


class UniversalInvitationApplicantDataStatus(WireEnum):
    """Enum of ``UniversalInvitationApplicantData.status`` (unknown wire values are kept, not rejected)."""

    PENDING = "PENDING"
    PASSED = "PASSED"
    REJECTED = "REJECTED"


@_attrs.define(kw_only=True, slots=True)
class UniversalInvitationJoinRespDto:
    """Wire model ``UniversalInvitationJoinRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status: ``status``, UniversalInvitationJoinRespDtoStatus, required
    """

    status: UniversalInvitationJoinRespDtoStatus = _attrs.field(metadata={"wire": "status"})


class UniversalInvitationJoinRespDtoStatus(WireEnum):
    """Enum of ``UniversalInvitationJoinRespDto.status`` (unknown wire values are kept, not rejected)."""

    PENDING = "PENDING"
    PASSED = "PASSED"


@_attrs.define(kw_only=True, slots=True)
class UniversalInvitationPublicConfigDto:
    """Wire model ``UniversalInvitationPublicConfigDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_pool: ``userPool``, UserPoolPublicConfigDto, required
        inviter: ``inviter``, InviterDetailDto, optional
    """

    user_pool: UserPoolPublicConfigDto = _attrs.field(metadata={"wire": "userPool"})
    inviter: InviterDetailDto | None = _attrs.field(default=None, metadata={"wire": "inviter"})


@_attrs.define(kw_only=True, slots=True)
class UniversalInvitationUserJoinDto:
    """Wire model ``UniversalInvitationUserJoinDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        email_code: ``emailCode``, str, required
        identifier: ``identifier``, str, required
        profile: ``profile``, UniversalInviteeProfileDto, optional
    """

    email_code: str = _attrs.field(metadata={"wire": "emailCode"})
    identifier: str = _attrs.field(metadata={"wire": "identifier"})
    profile: UniversalInviteeProfileDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "profile"})


@_attrs.define(kw_only=True, slots=True)
class UniversalInviteeProfileDto:
    """Wire model ``UniversalInviteeProfileDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        email: ``email``, str, required
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    email: str = _attrs.field(metadata={"wire": "email"})


@_attrs.define(kw_only=True, slots=True)
class UnlinkExtIdpDto:
    """Wire model ``UnlinkExtIdpDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ext_idp_id: ``extIdpId``, str, required
    """

    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})


@_attrs.define(kw_only=True, slots=True)
class UnlinkIdentity:
    """Wire model ``UnlinkIdentity`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        ext_idp_id: ``extIdpId``, str, required
        type: ``type``, str, optional
        is_social: ``isSocial``, bool, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})
    type: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "type"})
    is_social: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isSocial"})


@_attrs.define(kw_only=True, slots=True)
class UnlinkIdentityDataDto:
    """Wire model ``UnlinkIdentityDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
    """

    success: bool = _attrs.field(metadata={"wire": "success"})


@_attrs.define(kw_only=True, slots=True)
class UnlinkIdentityResDto:
    """Wire model ``UnlinkIdentityResDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UnlinkIdentityDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UnlinkIdentityDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UpdateAccessKeyDto:
    """Wire model ``UpdateAccessKeyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enable: ``enable``, bool, required
        access_key_id: ``accessKeyId``, str, required
    """

    enable: bool = _attrs.field(metadata={"wire": "enable"})
    access_key_id: str = _attrs.field(metadata={"wire": "accessKeyId"})


@_attrs.define(kw_only=True, slots=True)
class UpdateApplicationDto:
    """Wire model ``UpdateApplicationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_name: ``appName``, str, optional
        template_data: ``templateData``, Any, optional
        app_identifier: ``appIdentifier``, str, optional
        app_logo: ``appLogo``, str, optional
        app_description: ``appDescription``, str, optional
        default_protocol: ``defaultProtocol``, UpdateApplicationDtoDefaultProtocol, optional
        redirect_uris: ``redirectUris``, list[str], optional
        logout_redirect_uris: ``logoutRedirectUris``, list[str], optional
        init_login_uri: ``initLoginUri``, str, optional
        sso_enabled: ``ssoEnabled``, bool, optional
        oidc_config: ``oidcConfig``, OIDCConfig, optional
        saml_provider_enabled: ``samlProviderEnabled``, bool, optional
        saml_config: ``samlConfig``, SamlIdpConfig, optional
        oauth_provider_enabled: ``oauthProviderEnabled``, bool, optional
        oauth_config: ``oauthConfig``, OauthIdpConfig, optional
        cas_provider_enabled: ``casProviderEnabled``, bool, optional
        cas_config: ``casConfig``, CasIdPConfig, optional
        login_config: ``loginConfig``, UpdateApplicationLoginConfigInputDto, optional
        register_config: ``registerConfig``, ApplicationRegisterConfigInputDto, optional
        branding_config: ``brandingConfig``, ApplicationBrandingConfigInputDto, optional
        sso_show_launchpad: ``ssoShowLaunchpad``, bool, optional
        enable_permission_apply: ``enablePermissionApply``, bool, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appName"})
    template_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "templateData"})
    app_identifier: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appIdentifier"})
    app_logo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appLogo"})
    app_description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appDescription"})
    default_protocol: UpdateApplicationDtoDefaultProtocol | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "defaultProtocol"})
    redirect_uris: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "redirectUris"})
    logout_redirect_uris: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "logoutRedirectUris"})
    init_login_uri: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "initLoginUri"})
    sso_enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ssoEnabled"})
    oidc_config: OIDCConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "oidcConfig"})
    saml_provider_enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "samlProviderEnabled"})
    saml_config: SamlIdpConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "samlConfig"})
    oauth_provider_enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "oauthProviderEnabled"})
    oauth_config: OauthIdpConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "oauthConfig"})
    cas_provider_enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "casProviderEnabled"})
    cas_config: CasIdPConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "casConfig"})
    login_config: UpdateApplicationLoginConfigInputDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "loginConfig"})
    register_config: ApplicationRegisterConfigInputDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "registerConfig"})
    branding_config: ApplicationBrandingConfigInputDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "brandingConfig"})
    sso_show_launchpad: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ssoShowLaunchpad"})
    enable_permission_apply: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enablePermissionApply"})


class UpdateApplicationDtoDefaultProtocol(WireEnum):
    """Enum of ``UpdateApplicationDto.defaultProtocol`` (unknown wire values are kept, not rejected)."""

    OIDC = "oidc"
    OAUTH = "oauth"
    SAML = "saml"
    CAS = "cas"
    ASA = "asa"


@_attrs.define(kw_only=True, slots=True)
class UpdateApplicationLoginConfigInputDto:
    """Wire model ``UpdateApplicationLoginConfigInputDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        merge_login_and_register_page: ``mergeLoginAndRegisterPage``, bool, optional
        enabled_basic_login_methods: ``enabledBasicLoginMethods``, list[UpdateApplicationLoginConfigInputDtoEnabledBasicLoginMethods], optional
        default_login_method: ``defaultLoginMethod``, ApplicationDefaultLoginMethodInput, optional
        show_authorization_page: ``showAuthorizationPage``, bool, required
    """

    merge_login_and_register_page: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "mergeLoginAndRegisterPage"})
    enabled_basic_login_methods: List[UpdateApplicationLoginConfigInputDtoEnabledBasicLoginMethods] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledBasicLoginMethods"})
    default_login_method: ApplicationDefaultLoginMethodInput | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "defaultLoginMethod"})
    show_authorization_page: bool = _attrs.field(metadata={"wire": "showAuthorizationPage"})


class UpdateApplicationLoginConfigInputDtoEnabledBasicLoginMethods(WireEnum):
    """Enum of ``UpdateApplicationLoginConfigInputDto.enabledBasicLoginMethods`` (unknown wire values are kept, not rejected)."""

    PHONE_CODE = "PHONE_CODE"
    EMAIL_CODE = "EMAIL_CODE"
    PHONE_PASSWORD = "PHONE_PASSWORD"
    EMAIL_PASSWORD = "EMAIL_PASSWORD"
    USERNAME_PASSWORD = "USERNAME_PASSWORD"
    SELF_BUILT_APP_QRCODE = "SELF_BUILT_APP_QRCODE"


@_attrs.define(kw_only=True, slots=True)
class UpdateApplicationMfaSettingsDto:
    """Wire model ``UpdateApplicationMfaSettingsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        enabled_factors: ``enabledFactors``, list[UpdateApplicationMfaSettingsDtoEnabledFactors], optional
        disabled_factors: ``disabledFactors``, list[UpdateApplicationMfaSettingsDtoDisabledFactors], optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    enabled_factors: List[UpdateApplicationMfaSettingsDtoEnabledFactors] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledFactors"})
    disabled_factors: List[UpdateApplicationMfaSettingsDtoDisabledFactors] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "disabledFactors"})


class UpdateApplicationMfaSettingsDtoDisabledFactors(WireEnum):
    """Enum of ``UpdateApplicationMfaSettingsDto.disabledFactors`` (unknown wire values are kept, not rejected)."""

    OTP = "OTP"
    SMS = "SMS"
    EMAIL = "EMAIL"
    FACE = "FACE"


class UpdateApplicationMfaSettingsDtoEnabledFactors(WireEnum):
    """Enum of ``UpdateApplicationMfaSettingsDto.enabledFactors`` (unknown wire values are kept, not rejected)."""

    OTP = "OTP"
    SMS = "SMS"
    EMAIL = "EMAIL"
    FACE = "FACE"


@_attrs.define(kw_only=True, slots=True)
class UpdateApplicationPermissionStrategyDataDto:
    """Wire model ``UpdateApplicationPermissionStrategyDataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        permission_strategy: ``permissionStrategy``, UpdateApplicationPermissionStrategyDataDtoPermissionStrategy, required
        app_id: ``appId``, str, required
    """

    permission_strategy: UpdateApplicationPermissionStrategyDataDtoPermissionStrategy = _attrs.field(metadata={"wire": "permissionStrategy"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})


class UpdateApplicationPermissionStrategyDataDtoPermissionStrategy(WireEnum):
    """Enum of ``UpdateApplicationPermissionStrategyDataDto.permissionStrategy`` (unknown wire values are kept, not rejected)."""

    ALLOW_ALL = "ALLOW_ALL"
    DENY_ALL = "DENY_ALL"


@_attrs.define(kw_only=True, slots=True)
class UpdateAsaAccountDto:
    """Wire model ``UpdateAsaAccountDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        account_info: ``accountInfo``, Any, required
        account_id: ``accountId``, str, required
        app_id: ``appId``, str, required
    """

    account_info: Any = _attrs.field(metadata={"wire": "accountInfo"})
    account_id: str = _attrs.field(metadata={"wire": "accountId"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class UpdateAuthEnabledDto:
    """Wire model ``UpdateAuthEnabledDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        id: ``id``, str, required
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    id: str = _attrs.field(metadata={"wire": "id"})


@_attrs.define(kw_only=True, slots=True)
class UpdateBizEmailTemplateDto:
    """Wire model ``UpdateBizEmailTemplateDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, str, optional
        subject: ``subject``, str, required
        content: ``content``, str, required
        sender: ``sender``, str, optional
        tpl_engine: ``tplEngine``, UpdateBizEmailTemplateDtoTplEngine, optional
    """

    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    subject: str = _attrs.field(metadata={"wire": "subject"})
    content: str = _attrs.field(metadata={"wire": "content"})
    sender: str | None = _attrs.field(default=None, metadata={"wire": "sender"})
    tpl_engine: UpdateBizEmailTemplateDtoTplEngine | None = _attrs.field(default=None, metadata={"wire": "tplEngine"})


class UpdateBizEmailTemplateDtoTplEngine(WireEnum):
    """Enum of ``UpdateBizEmailTemplateDto.tplEngine`` (unknown wire values are kept, not rejected)."""

    HANDLEBAR = "handlebar"
    EJS = "ejs"


@_attrs.define(kw_only=True, slots=True)
class UpdateDataPolicyDto:
    """Wire model ``UpdateDataPolicyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
        policy_name: ``policyName``, str, optional
        description: ``description``, str, optional
        statement_list: ``statementList``, list[DataStatementPermissionDto], optional
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    policy_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "policyName"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    statement_list: List[DataStatementPermissionDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "statementList"})


@_attrs.define(kw_only=True, slots=True)
class UpdateDataPolicyRespDto:
    """Wire model ``UpdateDataPolicyRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
        policy_name: ``policyName``, str, required
        description: ``description``, str, optional
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    policy_name: str = _attrs.field(metadata={"wire": "policyName"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


@_attrs.define(kw_only=True, slots=True)
class UpdateDataPolicyResponseDto:
    """Wire model ``UpdateDataPolicyResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UpdateDataPolicyRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UpdateDataPolicyRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UpdateDataResourceDto:
    """Wire model ``UpdateDataResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        namespace_code: ``namespaceCode``, str, required
        resource_name: ``resourceName``, str, optional
        description: ``description``, str, optional
        struct: ``struct``, DataResourceTreeStructs | str | list[str], optional
        actions: ``actions``, list[str], optional
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    resource_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resourceName"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    struct: DataResourceTreeStructs | str | List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "struct"})
    actions: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "actions"})


@_attrs.define(kw_only=True, slots=True)
class UpdateDataResourceRespDto:
    """Wire model ``UpdateDataResourceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_name: ``resourceName``, str, required
        resource_code: ``resourceCode``, str, required
        type: ``type``, UpdateDataResourceRespDtoType, required
        description: ``description``, str, optional
        struct: ``struct``, DataResourceTreeStructs | str | list[str], required
        extend_field_list: ``extendFieldList``, list[ExtendField], optional
        actions: ``actions``, list[str], required
    """

    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    type: UpdateDataResourceRespDtoType = _attrs.field(metadata={"wire": "type"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    struct: DataResourceTreeStructs | str | List[str] = _attrs.field(metadata={"wire": "struct"})
    extend_field_list: List[ExtendField] | None = _attrs.field(default=None, metadata={"wire": "extendFieldList"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})


class UpdateDataResourceRespDtoType(WireEnum):
    """Enum of ``UpdateDataResourceRespDto.type`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"


@_attrs.define(kw_only=True, slots=True)
class UpdateDataResourceResponseDto:
    """Wire model ``UpdateDataResourceResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UpdateDataResourceRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UpdateDataResourceRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UpdateDepartmentReqDto:
    """Wire model ``UpdateDepartmentReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        department_id: ``departmentId``, str, required
        metadata: ``metadata``, Any, required
        leader_user_ids: ``leaderUserIds``, list[str], optional
        description: ``description``, str, optional
        code: ``code``, str, optional
        i18n: ``i18n``, DepartmentI18nDto, optional
        status: ``status``, bool, optional
        name: ``name``, str, optional
        department_id_type: ``departmentIdType``, UpdateDepartmentReqDtoDepartmentIdType, optional
        parent_department_id: ``parentDepartmentId``, str, optional
        custom_data: ``customData``, Any, optional
        post_id_list: ``postIdList``, list[str], optional
        tenant_id: ``tenantId``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    metadata: Any = _attrs.field(metadata={"wire": "metadata"})
    leader_user_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "leaderUserIds"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "code"})
    i18n: DepartmentI18nDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})
    status: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "status"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    department_id_type: UpdateDepartmentReqDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})
    parent_department_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "parentDepartmentId"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})
    post_id_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postIdList"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


class UpdateDepartmentReqDtoDepartmentIdType(WireEnum):
    """Enum of ``UpdateDepartmentReqDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class UpdateDepartmentStatusReqDto:
    """Wire model ``UpdateDepartmentStatusReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        status: ``status``, bool, required
        department_id: ``departmentId``, str, required
    """

    status: bool = _attrs.field(metadata={"wire": "status"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})


@_attrs.define(kw_only=True, slots=True)
class UpdateDeviceExclusiveRuleDto:
    """Wire model ``UpdateDeviceExclusiveRuleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        rule: ``rule``, UpdateDeviceExclusiveRuleDtoRule, required
        device_rule: ``deviceRule``, DeviceRuleDto, optional
        ip_rule: ``ipRule``, IPRuleDto, optional
    """

    rule: UpdateDeviceExclusiveRuleDtoRule = _attrs.field(metadata={"wire": "rule"})
    device_rule: DeviceRuleDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "deviceRule"})
    ip_rule: IPRuleDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ipRule"})


class UpdateDeviceExclusiveRuleDtoRule(WireEnum):
    """Enum of ``UpdateDeviceExclusiveRuleDto.rule`` (unknown wire values are kept, not rejected)."""

    DISABLE = "disable"
    CONDITION_DEVICE = "condition:device"
    CONDITION_IP = "condition:ip"


@_attrs.define(kw_only=True, slots=True)
class UpdateDnefReq:
    """Wire model ``UpdateDnefReq`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        resource_code: ``resourceCode``, str, required
        namespace_code: ``namespaceCode``, str, required
        description: ``description``, str, optional
        label: ``label``, str, optional
        config: ``config``, Config, optional
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    label: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "label"})
    config: Config | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "config"})


@_attrs.define(kw_only=True, slots=True)
class UpdateEmailByEmailPassCodeDto:
    """Wire model ``UpdateEmailByEmailPassCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        new_email: ``newEmail``, str, required
        new_email_pass_code: ``newEmailPassCode``, str, required
        old_email: ``oldEmail``, str, optional
        old_email_pass_code: ``oldEmailPassCode``, str, optional
    """

    new_email: str = _attrs.field(metadata={"wire": "newEmail"})
    new_email_pass_code: str = _attrs.field(metadata={"wire": "newEmailPassCode"})
    old_email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "oldEmail"})
    old_email_pass_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "oldEmailPassCode"})


@_attrs.define(kw_only=True, slots=True)
class UpdateEmailDto:
    """Wire model ``UpdateEmailDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        update_email_token: ``updateEmailToken``, str, required
    """

    update_email_token: str = _attrs.field(metadata={"wire": "updateEmailToken"})


@_attrs.define(kw_only=True, slots=True)
class UpdateEmailTemplateDto:
    """Wire model ``UpdateEmailTemplateDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, UpdateEmailTemplateDtoType, required
        customize_enabled: ``customizeEnabled``, bool, required
        name: ``name``, str, required
        subject: ``subject``, str, required
        sender: ``sender``, str, required
        content: ``content``, str, required
        expires_in: ``expiresIn``, int, optional
        redirect_to: ``redirectTo``, str, optional
        tpl_engine: ``tplEngine``, UpdateEmailTemplateDtoTplEngine, optional
    """

    type: UpdateEmailTemplateDtoType = _attrs.field(metadata={"wire": "type"})
    customize_enabled: bool = _attrs.field(metadata={"wire": "customizeEnabled"})
    name: str = _attrs.field(metadata={"wire": "name"})
    subject: str = _attrs.field(metadata={"wire": "subject"})
    sender: str = _attrs.field(metadata={"wire": "sender"})
    content: str = _attrs.field(metadata={"wire": "content"})
    expires_in: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "expiresIn"})
    redirect_to: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "redirectTo"})
    tpl_engine: UpdateEmailTemplateDtoTplEngine | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tplEngine"})


class UpdateEmailTemplateDtoTplEngine(WireEnum):
    """Enum of ``UpdateEmailTemplateDto.tplEngine`` (unknown wire values are kept, not rejected)."""

    HANDLEBAR = "handlebar"
    EJS = "ejs"


class UpdateEmailTemplateDtoType(WireEnum):
    """Enum of ``UpdateEmailTemplateDto.type`` (unknown wire values are kept, not rejected)."""

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
class UpdateEmailVerifyRequestDto:
    """Wire model ``UpdateEmailVerifyRequestDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        email_passcode_payload: ``emailPasscodePayload``, UpdateEmailByEmailPassCodeDto, required
        verify_method: ``verifyMethod``, UpdateEmailVerifyRequestDtoVerifyMethod, required
    """

    email_passcode_payload: UpdateEmailByEmailPassCodeDto = _attrs.field(metadata={"wire": "emailPasscodePayload"})
    verify_method: UpdateEmailVerifyRequestDtoVerifyMethod = _attrs.field(metadata={"wire": "verifyMethod"})


class UpdateEmailVerifyRequestDtoVerifyMethod(WireEnum):
    """Enum of ``UpdateEmailVerifyRequestDto.verifyMethod`` (unknown wire values are kept, not rejected)."""

    EMAIL_PASSCODE = "EMAIL_PASSCODE"


@_attrs.define(kw_only=True, slots=True)
class UpdateExtIdpConnDto:
    """Wire model ``UpdateExtIdpConnDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        display_name: ``displayName``, str, required
        fields: ``fields``, Any, required
        logo: ``logo``, str, optional
        login_only: ``loginOnly``, bool, optional
        tenant_id: ``tenantId``, str, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    display_name: str = _attrs.field(metadata={"wire": "displayName"})
    fields: Any = _attrs.field(metadata={"wire": "fields"})
    logo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "logo"})
    login_only: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "loginOnly"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class UpdateExtIdpDto:
    """Wire model ``UpdateExtIdpDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        id: ``id``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    id: str = _attrs.field(metadata={"wire": "id"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class UpdateExtendsFieldDto:
    """Wire model ``UpdateExtendsFieldDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, UpdateExtendsFieldDtoType, required
        id: ``id``, str, required
        name: ``name``, str, required
        label: ``label``, str, required
        show: ``show``, bool, required
        allow_rewrite: ``allowRewrite``, bool, required
        input_type: ``inputType``, UpdateExtendsFieldDtoInputType, required
        required: ``required``, bool, optional
        validate_rules: ``validateRules``, AppValidateRuleDto, optional
        i18n: ``i18n``, CustomFieldI18n, optional
    """

    type: UpdateExtendsFieldDtoType = _attrs.field(metadata={"wire": "type"})
    id: str = _attrs.field(metadata={"wire": "id"})
    name: str = _attrs.field(metadata={"wire": "name"})
    label: str = _attrs.field(metadata={"wire": "label"})
    show: bool = _attrs.field(metadata={"wire": "show"})
    allow_rewrite: bool = _attrs.field(metadata={"wire": "allowRewrite"})
    input_type: UpdateExtendsFieldDtoInputType = _attrs.field(metadata={"wire": "inputType"})
    required: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "required"})
    validate_rules: AppValidateRuleDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "validateRules"})
    i18n: CustomFieldI18n | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})


class UpdateExtendsFieldDtoInputType(WireEnum):
    """Enum of ``UpdateExtendsFieldDto.inputType`` (unknown wire values are kept, not rejected)."""

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


class UpdateExtendsFieldDtoType(WireEnum):
    """Enum of ``UpdateExtendsFieldDto.type`` (unknown wire values are kept, not rejected)."""

    USER = "user"
    INTERNAL = "internal"


@_attrs.define(kw_only=True, slots=True)
class UpdateFunctionModelDto:
    """Wire model ``UpdateFunctionModelDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        show_field_key: ``showFieldKey``, str, required
        config: ``config``, Any, required
        field_order: ``fieldOrder``, str, required
        type: ``type``, UpdateFunctionModelDtoType, required
        parent_key: ``parentKey``, str, required
        enable: ``enable``, bool, required
        description: ``description``, str, required
        name: ``name``, str, required
        id: ``id``, str, required
    """

    show_field_key: str = _attrs.field(metadata={"wire": "showFieldKey"})
    config: Any = _attrs.field(metadata={"wire": "config"})
    field_order: str = _attrs.field(metadata={"wire": "fieldOrder"})
    type: UpdateFunctionModelDtoType = _attrs.field(metadata={"wire": "type"})
    parent_key: str = _attrs.field(metadata={"wire": "parentKey"})
    enable: bool = _attrs.field(metadata={"wire": "enable"})
    description: str = _attrs.field(metadata={"wire": "description"})
    name: str = _attrs.field(metadata={"wire": "name"})
    id: str = _attrs.field(metadata={"wire": "id"})


class UpdateFunctionModelDtoType(WireEnum):
    """Enum of ``UpdateFunctionModelDto.type`` (unknown wire values are kept, not rejected)."""

    UEBA = "ueba"
    USER = "user"
    POST = "post"
    GROUP = "group"
    DEPARTMENT = "department"
    ORGANIZATION = "organization"
    DEVICE = "device"
    DEVICE_RELY = "device_rely"
    CUSTOM = "custom"


@_attrs.define(kw_only=True, slots=True)
class UpdateFunctionModelFieldDto:
    """Wire model ``UpdateFunctionModelFieldDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_visible: ``userVisible``, bool, required
        relation_optional_range: ``relationOptionalRange``, RelationOptionalRange, required
        relation_show_key: ``relationShowKey``, str, required
        for_login: ``forLogin``, bool, required
        fuzzy_search: ``fuzzySearch``, bool, required
        drop_down: ``dropDown``, list[str], required
        format: ``format``, int, required
        regexp: ``regexp``, str, required
        min: ``min``, int, required
        max: ``max``, int, required
        max_length: ``maxLength``, int, required
        unique: ``unique``, bool, required
        require: ``require``, bool, required
        default: ``default``, Any, required
        help: ``help``, str, required
        editable: ``editable``, bool, required
        show: ``show``, bool, required
        name: ``name``, str, required
        model_id: ``modelId``, str, required
        id: ``id``, str, required
    """

    user_visible: bool = _attrs.field(metadata={"wire": "userVisible"})
    relation_optional_range: RelationOptionalRange = _attrs.field(metadata={"wire": "relationOptionalRange"})
    relation_show_key: str = _attrs.field(metadata={"wire": "relationShowKey"})
    for_login: bool = _attrs.field(metadata={"wire": "forLogin"})
    fuzzy_search: bool = _attrs.field(metadata={"wire": "fuzzySearch"})
    drop_down: List[str] = _attrs.field(metadata={"wire": "dropDown"})
    format: int = _attrs.field(metadata={"wire": "format"})
    regexp: str = _attrs.field(metadata={"wire": "regexp"})
    min: int = _attrs.field(metadata={"wire": "min"})
    max: int = _attrs.field(metadata={"wire": "max"})
    max_length: int = _attrs.field(metadata={"wire": "maxLength"})
    unique: bool = _attrs.field(metadata={"wire": "unique"})
    require: bool = _attrs.field(metadata={"wire": "require"})
    default: Any = _attrs.field(metadata={"wire": "default"})
    help: str = _attrs.field(metadata={"wire": "help"})
    editable: bool = _attrs.field(metadata={"wire": "editable"})
    show: bool = _attrs.field(metadata={"wire": "show"})
    name: str = _attrs.field(metadata={"wire": "name"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    id: str = _attrs.field(metadata={"wire": "id"})


@_attrs.define(kw_only=True, slots=True)
class UpdateGroupReqDto:
    """Wire model ``UpdateGroupReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        description: ``description``, str, required
        code: ``code``, str, required
        name: ``name``, str, optional
        new_code: ``newCode``, str, optional
        custom_data: ``customData``, Any, optional
    """

    description: str = _attrs.field(metadata={"wire": "description"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    new_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "newCode"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})


@_attrs.define(kw_only=True, slots=True)
class UpdateInvitationPolicyDto:
    """Wire model ``UpdateInvitationPolicyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
        name: ``name``, str, optional
        invite_method: ``inviteMethod``, UpdateInvitationPolicyDtoInviteMethod, optional
        invite_link_config: ``inviteLinkConfig``, InvitationLinkConfigDto, optional
        default_password_config: ``defaultPasswordConfig``, DefaultPasswordConfigDto, optional
        show_password_in_invite_email: ``showPasswordInInviteEmail``, bool, optional
        enabled_identifier_verify: ``enabledIdentifierVerify``, bool, optional
        send_verify_code_method: ``sendVerifyCodeMethod``, UpdateInvitationPolicyDtoSendVerifyCodeMethod, optional
        enabled_info_fill: ``enabledInfoFill``, bool, optional
        register_info_fill_msg: ``registerInfoFillMsg``, str, optional
        enabled_ext_idp: ``enabledExtIdp``, bool, optional
        allow_skip_bind_ext_idp: ``allowSkipBindExtIdp``, bool, optional
        ext_idp_bind_msg: ``extIdpBindMsg``, str, optional
        ext_idp_conn_ids: ``extIdpConnIds``, list[str], optional
        extends_fields: ``extendsFields``, list[str], optional
        invite_email_template_type: ``inviteEmailTemplateType``, str, optional
        welcome_email_template_type: ``welcomeEmailTemplateType``, str, optional
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    invite_method: UpdateInvitationPolicyDtoInviteMethod | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "inviteMethod"})
    invite_link_config: InvitationLinkConfigDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "inviteLinkConfig"})
    default_password_config: DefaultPasswordConfigDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "defaultPasswordConfig"})
    show_password_in_invite_email: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "showPasswordInInviteEmail"})
    enabled_identifier_verify: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledIdentifierVerify"})
    send_verify_code_method: UpdateInvitationPolicyDtoSendVerifyCodeMethod | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendVerifyCodeMethod"})
    enabled_info_fill: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledInfoFill"})
    register_info_fill_msg: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "registerInfoFillMsg"})
    enabled_ext_idp: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledExtIdp"})
    allow_skip_bind_ext_idp: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "allowSkipBindExtIdp"})
    ext_idp_bind_msg: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extIdpBindMsg"})
    ext_idp_conn_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extIdpConnIds"})
    extends_fields: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extendsFields"})
    invite_email_template_type: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "inviteEmailTemplateType"})
    welcome_email_template_type: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "welcomeEmailTemplateType"})


class UpdateInvitationPolicyDtoInviteMethod(WireEnum):
    """Enum of ``UpdateInvitationPolicyDto.inviteMethod`` (unknown wire values are kept, not rejected)."""

    EMAIL = "email"


class UpdateInvitationPolicyDtoSendVerifyCodeMethod(WireEnum):
    """Enum of ``UpdateInvitationPolicyDto.sendVerifyCodeMethod`` (unknown wire values are kept, not rejected)."""

    PRIORITY_SMS = "prioritySMS"
    PRIORITY_EMAIL = "priorityEmail"


@_attrs.define(kw_only=True, slots=True)
class UpdateInvitationRosterDto:
    """Wire model ``UpdateInvitationRosterDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
        name: ``name``, str, optional
        policy_id: ``policyId``, str, optional
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    policy_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "policyId"})


@_attrs.define(kw_only=True, slots=True)
class UpdateLoginConfig:
    """Wire model ``UpdateLoginConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tab_methods_sort_config: ``tabMethodsSortConfig``, ApplicationTabMethodsSortConfigDto, required
        qr_code_sort_config: ``qrCodeSortConfig``, ApplicationTabMethodsSortConfigDto, required
        sso_page_customization_settings: ``ssoPageCustomizationSettings``, ISsoPageCustomizationSettingsDto, required
        password_tab_config: ``passwordTabConfig``, TabConfigDto, required
        verify_code_tab_config: ``verifyCodeTabConfig``, TabConfigDto, required
        config: ``config``, LanguageCoinfigDto, required
        enable_create_tenant: ``enableCreateTenant``, bool, required
        create_tenant_scenes: ``createTenantScenes``, list[str], required
        enable_join_tenant: ``enableJoinTenant``, bool, required
        join_tenant_scenes: ``joinTenantScenes``, list[str], required
        enable_verify_domain: ``enableVerifyDomain``, bool, required
        enable_auto_connect_tenant_app: ``enableAutoConnectTenantApp``, bool, required
        verify_domain_scenes: ``verifyDomainScenes``, list[str], required
    """

    tab_methods_sort_config: ApplicationTabMethodsSortConfigDto = _attrs.field(metadata={"wire": "tabMethodsSortConfig"})
    qr_code_sort_config: ApplicationTabMethodsSortConfigDto = _attrs.field(metadata={"wire": "qrCodeSortConfig"})
    sso_page_customization_settings: ISsoPageCustomizationSettingsDto = _attrs.field(metadata={"wire": "ssoPageCustomizationSettings"})
    password_tab_config: TabConfigDto = _attrs.field(metadata={"wire": "passwordTabConfig"})
    verify_code_tab_config: TabConfigDto = _attrs.field(metadata={"wire": "verifyCodeTabConfig"})
    config: LanguageCoinfigDto = _attrs.field(metadata={"wire": "config"})
    enable_create_tenant: bool = _attrs.field(metadata={"wire": "enableCreateTenant"})
    create_tenant_scenes: List[str] = _attrs.field(metadata={"wire": "createTenantScenes"})
    enable_join_tenant: bool = _attrs.field(metadata={"wire": "enableJoinTenant"})
    join_tenant_scenes: List[str] = _attrs.field(metadata={"wire": "joinTenantScenes"})
    enable_verify_domain: bool = _attrs.field(metadata={"wire": "enableVerifyDomain"})
    enable_auto_connect_tenant_app: bool = _attrs.field(metadata={"wire": "enableAutoConnectTenantApp"})
    verify_domain_scenes: List[str] = _attrs.field(metadata={"wire": "verifyDomainScenes"})


@_attrs.define(kw_only=True, slots=True)
class UpdateLoginConfigDto:
    """Wire model ``UpdateLoginConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        update: ``update``, UpdateLoginConfig, required
    """

    update: UpdateLoginConfig = _attrs.field(metadata={"wire": "update"})


@_attrs.define(kw_only=True, slots=True)
class UpdateMultipleTenantAdminDto:
    """Wire model ``UpdateMultipleTenantAdminDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_ids: ``tenantIds``, list[str], required
        api_authorized: ``apiAuthorized``, bool, optional
    """

    tenant_ids: List[str] = _attrs.field(metadata={"wire": "tenantIds"})
    api_authorized: bool | None = _attrs.field(default=None, metadata={"wire": "apiAuthorized"})


@_attrs.define(kw_only=True, slots=True)
class UpdateNamespaceDto:
    """Wire model ``UpdateNamespaceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        description: ``description``, str, optional
        name: ``name``, str, optional
        new_code: ``newCode``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    new_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "newCode"})


@_attrs.define(kw_only=True, slots=True)
class UpdateNamespaceRespDto:
    """Wire model ``UpdateNamespaceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UpdateNamespaceDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UpdateNamespaceDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UpdateOperateModelDto:
    """Wire model ``UpdateOperateModelDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        icon: ``icon``, str, required
        config: ``config``, Any, required
        operate_name: ``operateName``, str, required
        operate_key: ``operateKey``, str, required
        show: ``show``, bool, required
        model_id: ``modelId``, str, required
        id: ``id``, str, required
        field_id: ``fieldId``, str, optional
    """

    icon: str = _attrs.field(metadata={"wire": "icon"})
    config: Any = _attrs.field(metadata={"wire": "config"})
    operate_name: str = _attrs.field(metadata={"wire": "operateName"})
    operate_key: str = _attrs.field(metadata={"wire": "operateKey"})
    show: bool = _attrs.field(metadata={"wire": "show"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    id: str = _attrs.field(metadata={"wire": "id"})
    field_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "fieldId"})


@_attrs.define(kw_only=True, slots=True)
class UpdateOrganizationReqDto:
    """Wire model ``UpdateOrganizationReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        description: ``description``, str, optional
        open_department_id: ``openDepartmentId``, str, optional
        leader_user_ids: ``leaderUserIds``, list[str], optional
        i18n: ``i18n``, OrganizationNameI18nDto, optional
        tenant_id: ``tenantId``, str, optional
        organization_new_code: ``organizationNewCode``, str, optional
        organization_name: ``organizationName``, str, optional
        post_id_list: ``postIdList``, list[str], optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    open_department_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "openDepartmentId"})
    leader_user_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "leaderUserIds"})
    i18n: OrganizationNameI18nDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    organization_new_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "organizationNewCode"})
    organization_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "organizationName"})
    post_id_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postIdList"})


@_attrs.define(kw_only=True, slots=True)
class UpdateOrganizationStatusReqDto:
    """Wire model ``UpdateOrganizationStatusReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        root_node_id: ``rootNodeId``, str, required
        status: ``status``, str, optional
    """

    root_node_id: str = _attrs.field(metadata={"wire": "rootNodeId"})
    status: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "status"})


@_attrs.define(kw_only=True, slots=True)
class UpdatePasskeyDto:
    """Wire model ``UpdatePasskeyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
    """

    name: str = _attrs.field(metadata={"wire": "name"})


@_attrs.define(kw_only=True, slots=True)
class UpdatePasswordDto:
    """Wire model ``UpdatePasswordDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        new_password: ``newPassword``, str, required
        old_password: ``oldPassword``, str, optional
        password_encrypt_type: ``passwordEncryptType``, UpdatePasswordDtoPasswordEncryptType, optional
        password_reset_token: ``passwordResetToken``, str, optional
    """

    new_password: str = _attrs.field(metadata={"wire": "newPassword"})
    old_password: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "oldPassword"})
    password_encrypt_type: UpdatePasswordDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})
    password_reset_token: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordResetToken"})


class UpdatePasswordDtoPasswordEncryptType(WireEnum):
    """Enum of ``UpdatePasswordDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"


@_attrs.define(kw_only=True, slots=True)
class UpdatePermissionNamespaceDto:
    """Wire model ``UpdatePermissionNamespaceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, optional
        new_code: ``newCode``, str, optional
        description: ``description``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    new_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "newCode"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class UpdatePermissionNamespaceRespDto:
    """Wire model ``UpdatePermissionNamespaceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class UpdatePermissionNamespaceResponseDto:
    """Wire model ``UpdatePermissionNamespaceResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UpdatePermissionNamespaceRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UpdatePermissionNamespaceRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UpdatePhoneByPhonePassCodeDto:
    """Wire model ``UpdatePhoneByPhonePassCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        new_phone_number: ``newPhoneNumber``, str, required
        new_phone_pass_code: ``newPhonePassCode``, str, required
        new_phone_country_code: ``newPhoneCountryCode``, str, optional
        old_phone_number: ``oldPhoneNumber``, str, optional
        old_phone_pass_code: ``oldPhonePassCode``, str, optional
        old_phone_country_code: ``oldPhoneCountryCode``, str, optional
    """

    new_phone_number: str = _attrs.field(metadata={"wire": "newPhoneNumber"})
    new_phone_pass_code: str = _attrs.field(metadata={"wire": "newPhonePassCode"})
    new_phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "newPhoneCountryCode"})
    old_phone_number: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "oldPhoneNumber"})
    old_phone_pass_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "oldPhonePassCode"})
    old_phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "oldPhoneCountryCode"})


@_attrs.define(kw_only=True, slots=True)
class UpdatePhoneDto:
    """Wire model ``UpdatePhoneDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        update_phone_token: ``updatePhoneToken``, str, required
    """

    update_phone_token: str = _attrs.field(metadata={"wire": "updatePhoneToken"})


@_attrs.define(kw_only=True, slots=True)
class UpdatePipelineFunctionDto:
    """Wire model ``UpdatePipelineFunctionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        func_id: ``funcId``, str, required
        func_name: ``funcName``, str, optional
        func_description: ``funcDescription``, str, optional
        source_code: ``sourceCode``, str, optional
        is_asynchronous: ``isAsynchronous``, bool, optional
        timeout: ``timeout``, int, optional
        terminate_on_timeout: ``terminateOnTimeout``, bool, optional
        enabled: ``enabled``, bool, optional
    """

    func_id: str = _attrs.field(metadata={"wire": "funcId"})
    func_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "funcName"})
    func_description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "funcDescription"})
    source_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sourceCode"})
    is_asynchronous: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isAsynchronous"})
    timeout: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "timeout"})
    terminate_on_timeout: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "terminateOnTimeout"})
    enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabled"})


@_attrs.define(kw_only=True, slots=True)
class UpdatePipelineOrderDto:
    """Wire model ``UpdatePipelineOrderDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        order: ``order``, list[str], required
        scene: ``scene``, UpdatePipelineOrderDtoScene, required
    """

    order: List[str] = _attrs.field(metadata={"wire": "order"})
    scene: UpdatePipelineOrderDtoScene = _attrs.field(metadata={"wire": "scene"})


class UpdatePipelineOrderDtoScene(WireEnum):
    """Enum of ``UpdatePipelineOrderDto.scene`` (unknown wire values are kept, not rejected)."""

    PRE_REGISTER = "PRE_REGISTER"
    POST_REGISTER = "POST_REGISTER"
    PRE_AUTHENTICATION = "PRE_AUTHENTICATION"
    POST_AUTHENTICATION = "POST_AUTHENTICATION"
    PRE_OIDC_ID_TOKEN_ISSUED = "PRE_OIDC_ID_TOKEN_ISSUED"
    PRE_OIDC_ACCESS_TOKEN_ISSUED = "PRE_OIDC_ACCESS_TOKEN_ISSUED"
    PRE_COMPLETE_USER_INFO = "PRE_COMPLETE_USER_INFO"
    PRE_MFA_VERIFY = "PRE_MFA_VERIFY"
    POST_MFA_VERIFY = "POST_MFA_VERIFY"


@_attrs.define(kw_only=True, slots=True)
class UpdatePublicAccountBatchOptionsDto:
    """Wire model ``UpdatePublicAccountBatchOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        reset_password_on_next_login: ``resetPasswordOnNextLogin``, bool, optional
        password_encrypt_type: ``passwordEncryptType``, UpdatePublicAccountBatchOptionsDtoPasswordEncryptType, optional
        auto_generate_password: ``autoGeneratePassword``, bool, optional
        send_password_reseted_notification: ``sendPasswordResetedNotification``, SendResetPasswordNotificationDto, optional
    """

    reset_password_on_next_login: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resetPasswordOnNextLogin"})
    password_encrypt_type: UpdatePublicAccountBatchOptionsDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})
    auto_generate_password: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "autoGeneratePassword"})
    send_password_reseted_notification: SendResetPasswordNotificationDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendPasswordResetedNotification"})


class UpdatePublicAccountBatchOptionsDtoPasswordEncryptType(WireEnum):
    """Enum of ``UpdatePublicAccountBatchOptionsDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"


@_attrs.define(kw_only=True, slots=True)
class UpdatePublicAccountBatchReqDto:
    """Wire model ``UpdatePublicAccountBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[UpdatePublicAccountInfoDto], required
        options: ``options``, UpdatePublicAccountBatchOptionsDto, optional
    """

    list: List[UpdatePublicAccountInfoDto] = _attrs.field(metadata={"wire": "list"})
    options: UpdatePublicAccountBatchOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class UpdatePublicAccountInfoDto:
    """Wire model ``UpdatePublicAccountInfoDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
        name: ``name``, str, optional
        nickname: ``nickname``, str, optional
        photo: ``photo``, str, optional
        external_id: ``externalId``, str, optional
        status: ``status``, UpdatePublicAccountInfoDtoStatus, optional
        email_verified: ``emailVerified``, bool, optional
        phone_verified: ``phoneVerified``, bool, optional
        birthdate: ``birthdate``, str, optional
        country: ``country``, str, optional
        province: ``province``, str, optional
        city: ``city``, str, optional
        address: ``address``, str, optional
        street_address: ``streetAddress``, str, optional
        postal_code: ``postalCode``, str, optional
        gender: ``gender``, UpdatePublicAccountInfoDtoGender, optional
        username: ``username``, str, optional
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        password: ``password``, str, optional
        company: ``company``, str, optional
        browser: ``browser``, str, optional
        device: ``device``, str, optional
        given_name: ``givenName``, str, optional
        family_name: ``familyName``, str, optional
        middle_name: ``middleName``, str, optional
        profile: ``profile``, str, optional
        preferred_username: ``preferredUsername``, str, optional
        website: ``website``, str, optional
        zoneinfo: ``zoneinfo``, str, optional
        locale: ``locale``, str, optional
        formatted: ``formatted``, str, optional
        region: ``region``, str, optional
        identity_number: ``identityNumber``, str, optional
        custom_data: ``customData``, Any, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    nickname: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "nickname"})
    photo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "photo"})
    external_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "externalId"})
    status: UpdatePublicAccountInfoDtoStatus | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "status"})
    email_verified: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "emailVerified"})
    phone_verified: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneVerified"})
    birthdate: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "birthdate"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    province: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "province"})
    city: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "city"})
    address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "address"})
    street_address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "streetAddress"})
    postal_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postalCode"})
    gender: UpdatePublicAccountInfoDtoGender | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "gender"})
    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    password: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "password"})
    company: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "company"})
    browser: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "browser"})
    device: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "device"})
    given_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "givenName"})
    family_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "familyName"})
    middle_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "middleName"})
    profile: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "profile"})
    preferred_username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "preferredUsername"})
    website: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "website"})
    zoneinfo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "zoneinfo"})
    locale: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "locale"})
    formatted: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "formatted"})
    region: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "region"})
    identity_number: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "identityNumber"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})


class UpdatePublicAccountInfoDtoGender(WireEnum):
    """Enum of ``UpdatePublicAccountInfoDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"


class UpdatePublicAccountInfoDtoStatus(WireEnum):
    """Enum of ``UpdatePublicAccountInfoDto.status`` (unknown wire values are kept, not rejected)."""

    SUSPENDED = "Suspended"
    RESIGNED = "Resigned"
    ACTIVATED = "Activated"
    ARCHIVED = "Archived"
    DEACTIVATED = "Deactivated"


@_attrs.define(kw_only=True, slots=True)
class UpdatePublicAccountOptionsDto:
    """Wire model ``UpdatePublicAccountOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id_type: ``userIdType``, UpdatePublicAccountOptionsDtoUserIdType, optional
        reset_password_on_first_login: ``resetPasswordOnFirstLogin``, bool, optional
        reset_password_on_next_login: ``resetPasswordOnNextLogin``, bool, optional
        password_encrypt_type: ``passwordEncryptType``, UpdatePublicAccountOptionsDtoPasswordEncryptType, optional
        auto_generate_password: ``autoGeneratePassword``, bool, optional
        send_password_reseted_notification: ``sendPasswordResetedNotification``, SendResetPasswordNotificationDto, optional
    """

    user_id_type: UpdatePublicAccountOptionsDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})
    reset_password_on_first_login: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resetPasswordOnFirstLogin"})
    reset_password_on_next_login: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resetPasswordOnNextLogin"})
    password_encrypt_type: UpdatePublicAccountOptionsDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})
    auto_generate_password: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "autoGeneratePassword"})
    send_password_reseted_notification: SendResetPasswordNotificationDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendPasswordResetedNotification"})


class UpdatePublicAccountOptionsDtoPasswordEncryptType(WireEnum):
    """Enum of ``UpdatePublicAccountOptionsDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"


class UpdatePublicAccountOptionsDtoUserIdType(WireEnum):
    """Enum of ``UpdatePublicAccountOptionsDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class UpdatePublicAccountReqDto:
    """Wire model ``UpdatePublicAccountReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
        name: ``name``, str, optional
        nickname: ``nickname``, str, optional
        photo: ``photo``, str, optional
        external_id: ``externalId``, str, optional
        status: ``status``, UpdatePublicAccountReqDtoStatus, optional
        email_verified: ``emailVerified``, bool, optional
        phone_verified: ``phoneVerified``, bool, optional
        birthdate: ``birthdate``, str, optional
        country: ``country``, str, optional
        province: ``province``, str, optional
        city: ``city``, str, optional
        address: ``address``, str, optional
        street_address: ``streetAddress``, str, optional
        postal_code: ``postalCode``, str, optional
        gender: ``gender``, UpdatePublicAccountReqDtoGender, optional
        username: ``username``, str, optional
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        password: ``password``, str, optional
        company: ``company``, str, optional
        browser: ``browser``, str, optional
        device: ``device``, str, optional
        given_name: ``givenName``, str, optional
        family_name: ``familyName``, str, optional
        middle_name: ``middleName``, str, optional
        profile: ``profile``, str, optional
        preferred_username: ``preferredUsername``, str, optional
        website: ``website``, str, optional
        zoneinfo: ``zoneinfo``, str, optional
        locale: ``locale``, str, optional
        formatted: ``formatted``, str, optional
        region: ``region``, str, optional
        identity_number: ``identityNumber``, str, optional
        custom_data: ``customData``, Any, optional
        options: ``options``, UpdatePublicAccountOptionsDto, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    nickname: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "nickname"})
    photo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "photo"})
    external_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "externalId"})
    status: UpdatePublicAccountReqDtoStatus | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "status"})
    email_verified: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "emailVerified"})
    phone_verified: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneVerified"})
    birthdate: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "birthdate"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    province: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "province"})
    city: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "city"})
    address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "address"})
    street_address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "streetAddress"})
    postal_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postalCode"})
    gender: UpdatePublicAccountReqDtoGender | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "gender"})
    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    password: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "password"})
    company: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "company"})
    browser: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "browser"})
    device: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "device"})
    given_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "givenName"})
    family_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "familyName"})
    middle_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "middleName"})
    profile: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "profile"})
    preferred_username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "preferredUsername"})
    website: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "website"})
    zoneinfo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "zoneinfo"})
    locale: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "locale"})
    formatted: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "formatted"})
    region: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "region"})
    identity_number: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "identityNumber"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})
    options: UpdatePublicAccountOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


class UpdatePublicAccountReqDtoGender(WireEnum):
    """Enum of ``UpdatePublicAccountReqDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"


class UpdatePublicAccountReqDtoStatus(WireEnum):
    """Enum of ``UpdatePublicAccountReqDto.status`` (unknown wire values are kept, not rejected)."""

    SUSPENDED = "Suspended"
    RESIGNED = "Resigned"
    ACTIVATED = "Activated"
    ARCHIVED = "Archived"
    DEACTIVATED = "Deactivated"


@_attrs.define(kw_only=True, slots=True)
class UpdateResourceDto:
    """Wire model ``UpdateResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        description: ``description``, str, optional
        name: ``name``, str, optional
        actions: ``actions``, list[ResourceAction], optional
        api_identifier: ``apiIdentifier``, str, optional
        namespace: ``namespace``, str, optional
        type: ``type``, UpdateResourceDtoType, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    actions: List[ResourceAction] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "actions"})
    api_identifier: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "apiIdentifier"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
    type: UpdateResourceDtoType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "type"})


class UpdateResourceDtoType(WireEnum):
    """Enum of ``UpdateResourceDto.type`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


@_attrs.define(kw_only=True, slots=True)
class UpdateRoleDto:
    """Wire model ``UpdateRoleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        new_code: ``newCode``, str, required
        code: ``code``, str, required
        namespace: ``namespace``, str, optional
        description: ``description``, str, optional
        status: ``status``, str, optional
        disable_time: ``disableTime``, str, optional
        enable_permission_apply: ``enablePermissionApply``, bool, optional
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    new_code: str = _attrs.field(metadata={"wire": "newCode"})
    code: str = _attrs.field(metadata={"wire": "code"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    status: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "status"})
    disable_time: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "disableTime"})
    enable_permission_apply: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enablePermissionApply"})


@_attrs.define(kw_only=True, slots=True)
class UpdateRosterUserInfoDto:
    """Wire model ``UpdateRosterUserInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        email: ``email``, str, required
        name: ``name``, str, required
        invitee_id: ``inviteeId``, str, required
        roster_id: ``rosterId``, str, required
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
    """

    email: str = _attrs.field(metadata={"wire": "email"})
    name: str = _attrs.field(metadata={"wire": "name"})
    invitee_id: str = _attrs.field(metadata={"wire": "inviteeId"})
    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    phone: str | None = _attrs.field(default=None, metadata={"wire": "phone"})
    phone_country_code: str | None = _attrs.field(default=None, metadata={"wire": "phoneCountryCode"})


@_attrs.define(kw_only=True, slots=True)
class UpdateRowDto:
    """Wire model ``UpdateRowDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        data: ``data``, Any, required
        row_id: ``rowId``, str, required
        model_id: ``modelId``, str, required
        show_field_id: ``showFieldId``, bool, optional
    """

    data: Any = _attrs.field(metadata={"wire": "data"})
    row_id: str = _attrs.field(metadata={"wire": "rowId"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    show_field_id: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "showFieldId"})


@_attrs.define(kw_only=True, slots=True)
class UpdateSecuritySettingsDto:
    """Wire model ``UpdateSecuritySettingsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        allowed_origins: ``allowedOrigins``, list[str], optional
        authing_token_expires_in: ``authingTokenExpiresIn``, int, optional
        verify_code_length: ``verifyCodeLength``, int, optional
        verify_code_max_attempts: ``verifyCodeMaxAttempts``, int, optional
        change_email_strategy: ``changeEmailStrategy``, ChangeEmailStrategyDto, optional
        change_phone_strategy: ``changePhoneStrategy``, ChangePhoneStrategyDto, optional
        cookie_settings: ``cookieSettings``, CookieSettingsDto, optional
        register_disabled: ``registerDisabled``, bool, optional
        register_anomaly_detection: ``registerAnomalyDetection``, RegisterAnomalyDetectionConfigDto, optional
        complete_password_after_pass_code_login: ``completePasswordAfterPassCodeLogin``, bool, optional
        login_anomaly_detection: ``loginAnomalyDetection``, LoginAnomalyDetectionConfigDto, optional
        login_require_email_verified: ``loginRequireEmailVerified``, bool, optional
        self_unlock_account: ``selfUnlockAccount``, SelfUnlockAccountConfigDto, optional
        enable_login_account_switch: ``enableLoginAccountSwitch``, bool, optional
        qrcode_login_strategy: ``qrcodeLoginStrategy``, QrcodeLoginStrategyDto, optional
    """

    allowed_origins: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "allowedOrigins"})
    authing_token_expires_in: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "authingTokenExpiresIn"})
    verify_code_length: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "verifyCodeLength"})
    verify_code_max_attempts: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "verifyCodeMaxAttempts"})
    change_email_strategy: ChangeEmailStrategyDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "changeEmailStrategy"})
    change_phone_strategy: ChangePhoneStrategyDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "changePhoneStrategy"})
    cookie_settings: CookieSettingsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "cookieSettings"})
    register_disabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "registerDisabled"})
    register_anomaly_detection: RegisterAnomalyDetectionConfigDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "registerAnomalyDetection"})
    complete_password_after_pass_code_login: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "completePasswordAfterPassCodeLogin"})
    login_anomaly_detection: LoginAnomalyDetectionConfigDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "loginAnomalyDetection"})
    login_require_email_verified: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "loginRequireEmailVerified"})
    self_unlock_account: SelfUnlockAccountConfigDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "selfUnlockAccount"})
    enable_login_account_switch: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enableLoginAccountSwitch"})
    qrcode_login_strategy: QrcodeLoginStrategyDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "qrcodeLoginStrategy"})


@_attrs.define(kw_only=True, slots=True)
class UpdateSyncTaskDto:
    """Wire model ``UpdateSyncTaskDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        sync_task_id: ``syncTaskId``, int, required
        sync_task_name: ``syncTaskName``, str, optional
        sync_task_type: ``syncTaskType``, UpdateSyncTaskDtoSyncTaskType, optional
        client_config: ``clientConfig``, SyncTaskClientConfig, optional
        sync_task_flow: ``syncTaskFlow``, UpdateSyncTaskDtoSyncTaskFlow, optional
        sync_task_trigger: ``syncTaskTrigger``, UpdateSyncTaskDtoSyncTaskTrigger, optional
        organization_code: ``organizationCode``, str, optional
        provisioning_scope: ``provisioningScope``, SyncTaskProvisioningScope, optional
        field_mapping: ``fieldMapping``, list[SyncTaskFieldMapping], optional
        timed_scheduler: ``timedScheduler``, SyncTaskTimedScheduler, optional
    """

    sync_task_id: int = _attrs.field(metadata={"wire": "syncTaskId"})
    sync_task_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "syncTaskName"})
    sync_task_type: UpdateSyncTaskDtoSyncTaskType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "syncTaskType"})
    client_config: SyncTaskClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "clientConfig"})
    sync_task_flow: UpdateSyncTaskDtoSyncTaskFlow | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "syncTaskFlow"})
    sync_task_trigger: UpdateSyncTaskDtoSyncTaskTrigger | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "syncTaskTrigger"})
    organization_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "organizationCode"})
    provisioning_scope: SyncTaskProvisioningScope | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "provisioningScope"})
    field_mapping: List[SyncTaskFieldMapping] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "fieldMapping"})
    timed_scheduler: SyncTaskTimedScheduler | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "timedScheduler"})


class UpdateSyncTaskDtoSyncTaskFlow(WireEnum):
    """Enum of ``UpdateSyncTaskDto.syncTaskFlow`` (unknown wire values are kept, not rejected)."""

    UPSTREAM = "upstream"
    DOWNSTREAM = "downstream"


class UpdateSyncTaskDtoSyncTaskTrigger(WireEnum):
    """Enum of ``UpdateSyncTaskDto.syncTaskTrigger`` (unknown wire values are kept, not rejected)."""

    MANUALLY = "manually"
    TIMED = "timed"
    AUTOMATIC = "automatic"


class UpdateSyncTaskDtoSyncTaskType(WireEnum):
    """Enum of ``UpdateSyncTaskDto.syncTaskType`` (unknown wire values are kept, not rejected)."""

    LARK = "lark"
    LARK_INTERNATIONAL = "lark-international"
    WECHATWORK = "wechatwork"
    DINGTALK = "dingtalk"
    ACTIVE_DIRECTORY = "active-directory"
    ITALENT = "italent"
    MAYCUR = "maycur"
    LDAP = "ldap"
    MOKA = "moka"
    FXIAOKE = "fxiaoke"
    SCIM = "scim"
    XIAOSHOUYI = "xiaoshouyi"
    KAYANG = "kayang"
    CUSTOM = "custom"


@_attrs.define(kw_only=True, slots=True)
class UpdateTenantAppqrcodeState:
    """Wire model ``UpdateTenantAppqrcodeState`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})


@_attrs.define(kw_only=True, slots=True)
class UpdateTenantCooperatorDto:
    """Wire model ``UpdateTenantCooperatorDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        api_authorized: ``apiAuthorized``, bool, required
        policies: ``policies``, list[str], required
    """

    api_authorized: bool = _attrs.field(metadata={"wire": "apiAuthorized"})
    policies: List[str] = _attrs.field(metadata={"wire": "policies"})


@_attrs.define(kw_only=True, slots=True)
class UpdateTenantDto:
    """Wire model ``UpdateTenantDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        name: ``name``, str, optional
        app_ids: ``appIds``, list[str], optional
        logo: ``logo``, list[str], optional
        description: ``description``, str, optional
        reject_hint: ``rejectHint``, str, optional
        source_app_id: ``sourceAppId``, str, optional
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    app_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appIds"})
    logo: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "logo"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    reject_hint: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "rejectHint"})
    source_app_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sourceAppId"})


@_attrs.define(kw_only=True, slots=True)
class UpdateTenantUserDto:
    """Wire model ``UpdateTenantUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        updates: ``updates``, Any, required
        tenant_id: ``tenantId``, str, required
        link_user_id: ``linkUserId``, str, optional
        member_id: ``memberId``, str, optional
    """

    updates: Any = _attrs.field(metadata={"wire": "updates"})
    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    link_user_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "linkUserId"})
    member_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "memberId"})


@_attrs.define(kw_only=True, slots=True)
class UpdateTerminalDto:
    """Wire model ``UpdateTerminalDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})


@_attrs.define(kw_only=True, slots=True)
class UpdateTerminalUserDto:
    """Wire model ``UpdateTerminalUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        user_id: ``userId``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class UpdateUniversalInvitationDto:
    """Wire model ``UpdateUniversalInvitationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        admin_invitation_config: ``adminInvitationConfig``, bool, optional
        member_invitation_config: ``memberInvitationConfig``, bool, optional
        enabled_member_invitation: ``enabledMemberInvitation``, bool, optional
    """

    admin_invitation_config: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "adminInvitationConfig"})
    member_invitation_config: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "memberInvitationConfig"})
    enabled_member_invitation: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledMemberInvitation"})


@_attrs.define(kw_only=True, slots=True)
class UpdateUserBatchOptionsDto:
    """Wire model ``UpdateUserBatchOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        reset_password_on_next_login: ``resetPasswordOnNextLogin``, bool, optional
        password_encrypt_type: ``passwordEncryptType``, UpdateUserBatchOptionsDtoPasswordEncryptType, optional
        auto_generate_password: ``autoGeneratePassword``, bool, optional
        send_password_reseted_notification: ``sendPasswordResetedNotification``, SendResetPasswordNotificationDto, optional
    """

    reset_password_on_next_login: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resetPasswordOnNextLogin"})
    password_encrypt_type: UpdateUserBatchOptionsDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})
    auto_generate_password: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "autoGeneratePassword"})
    send_password_reseted_notification: SendResetPasswordNotificationDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendPasswordResetedNotification"})


class UpdateUserBatchOptionsDtoPasswordEncryptType(WireEnum):
    """Enum of ``UpdateUserBatchOptionsDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"


@_attrs.define(kw_only=True, slots=True)
class UpdateUserBatchReqDto:
    """Wire model ``UpdateUserBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[UpdateUserInfoDto], required
        options: ``options``, UpdateUserBatchOptionsDto, optional
    """

    list: List[UpdateUserInfoDto] = _attrs.field(metadata={"wire": "list"})
    options: UpdateUserBatchOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
