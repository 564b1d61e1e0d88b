# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (UnlinkIdentityResDto, ..., UpdateAsaAccountDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._a4 import (
        ApplicationBrandingConfigInputDto, ApplicationDefaultLoginMethodInput,
    )
    from ._a7 import (
        ApplicationRegisterConfigInputDto,
    )
    from ._c1 import (
        CasIdPConfig,
    )
    from ._o1 import (
        OIDCConfig, OauthIdpConfig,
    )
    from ._s1 import (
        SamlIdpConfig,
    )
    from ._u1 import (
        UnlinkIdentityDataDto,
    )

__all__ = [
    "UnlinkIdentityResDto", "UpdateAccessKeyDto", "UpdateApplicationDto",
    "UpdateApplicationDtoDefaultProtocol", "UpdateApplicationLoginConfigInputDto",
    "UpdateApplicationLoginConfigInputDtoEnabledBasicLoginMethods",
    "UpdateApplicationMfaSettingsDto", "UpdateApplicationMfaSettingsDtoDisabledFactors",
    "UpdateApplicationMfaSettingsDtoEnabledFactors", "UpdateApplicationPermissionStrategyDataDto",
    "UpdateApplicationPermissionStrategyDataDtoPermissionStrategy", "UpdateAsaAccountDto",
]


@_attrs.define(kw_only=True, slots=True)
class UnlinkIdentityResDto(WireBacked):
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
