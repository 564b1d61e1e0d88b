# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ApplicationDto, ..., ApplicationEnabledExtIdpConnDtoExtIdpConnType)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._a4 import (
        ApplicationBrandingConfig,
    )
    from ._a6 import (
        ApplicationEnabledExtIdpConnDtoExtIdpType, ApplicationLoginConfigDto,
    )
    from ._a7 import (
        ApplicationRegisterConfig,
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

__all__ = [
    "ApplicationDto", "ApplicationDtoAppType", "ApplicationDtoDefaultProtocol",
    "ApplicationEnabledExtIdpConnDto", "ApplicationEnabledExtIdpConnDtoExtIdpConnType",
]


@_attrs.define(kw_only=True, slots=True)
class ApplicationDto(WireBacked):
    """Wire model ``ApplicationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_identifier: ``appIdentifier``, str, required
        app_name: ``appName``, str, required
        app_logo: ``appLogo``, str, required
        app_description: ``appDescription``, str, optional
        app_type: ``appType``, ApplicationDtoAppType, required
        user_pool_id: ``userPoolId``, str, required
        is_integrate_app: ``isIntegrateApp``, bool, required
        default_protocol: ``defaultProtocol``, ApplicationDtoDefaultProtocol, required
        redirect_uris: ``redirectUris``, list[str], required
        logout_redirect_uris: ``logoutRedirectUris``, list[str], required
        init_login_uri: ``initLoginUri``, str, required
        sso_enabled: ``ssoEnabled``, bool, required
        sso_enabled_at: ``ssoEnabledAt``, str, optional
        login_config: ``loginConfig``, ApplicationLoginConfigDto, required
        register_config: ``registerConfig``, ApplicationRegisterConfig, required
        branding_config: ``brandingConfig``, ApplicationBrandingConfig, required
        oidc_config: ``oidcConfig``, OIDCConfig, required
        saml_provider_enabled: ``samlProviderEnabled``, bool, required
        saml_config: ``samlConfig``, SamlIdpConfig, optional
        oauth_provider_enabled: ``oauthProviderEnabled``, bool, required
        oauth_config: ``oauthConfig``, OauthIdpConfig, optional
        cas_provider_enabled: ``casProviderEnabled``, bool, required
        cas_config: ``casConfig``, CasIdPConfig, optional
        custom_branding_enabled: ``customBrandingEnabled``, bool, required
        custom_security_enabled: ``customSecurityEnabled``, bool, required
        template: ``template``, str, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_identifier: str = _attrs.field(metadata={"wire": "appIdentifier"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    app_logo: str = _attrs.field(metadata={"wire": "appLogo"})
    app_description: str | None = _attrs.field(default=None, metadata={"wire": "appDescription"})
    app_type: ApplicationDtoAppType = _attrs.field(metadata={"wire": "appType"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    is_integrate_app: bool = _attrs.field(metadata={"wire": "isIntegrateApp"})
    default_protocol: ApplicationDtoDefaultProtocol = _attrs.field(metadata={"wire": "defaultProtocol"})
    redirect_uris: List[str] = _attrs.field(metadata={"wire": "redirectUris"})
    logout_redirect_uris: List[str] = _attrs.field(metadata={"wire": "logoutRedirectUris"})
    init_login_uri: str = _attrs.field(metadata={"wire": "initLoginUri"})
    sso_enabled: bool = _attrs.field(metadata={"wire": "ssoEnabled"})
    sso_enabled_at: str | None = _attrs.field(default=None, metadata={"wire": "ssoEnabledAt"})
    login_config: ApplicationLoginConfigDto = _attrs.field(metadata={"wire": "loginConfig"})
    register_config: ApplicationRegisterConfig = _attrs.field(metadata={"wire": "registerConfig"})
    branding_config: ApplicationBrandingConfig = _attrs.field(metadata={"wire": "brandingConfig"})
    oidc_config: OIDCConfig = _attrs.field(metadata={"wire": "oidcConfig"})
    saml_provider_enabled: bool = _attrs.field(metadata={"wire": "samlProviderEnabled"})
    saml_config: SamlIdpConfig | None = _attrs.field(default=None, metadata={"wire": "samlConfig"})
    oauth_provider_enabled: bool = _attrs.field(metadata={"wire": "oauthProviderEnabled"})
    oauth_config: OauthIdpConfig | None = _attrs.field(default=None, metadata={"wire": "oauthConfig"})
    cas_provider_enabled: bool = _attrs.field(metadata={"wire": "casProviderEnabled"})
    cas_config: CasIdPConfig | None = _attrs.field(default=None, metadata={"wire": "casConfig"})
    custom_branding_enabled: bool = _attrs.field(metadata={"wire": "customBrandingEnabled"})
    custom_security_enabled: bool = _attrs.field(metadata={"wire": "customSecurityEnabled"})
    template: str | None = _attrs.field(default=None, metadata={"wire": "template"})


class ApplicationDtoAppType(WireEnum):
    """Enum of ``ApplicationDto.appType`` (unknown wire values are kept, not rejected)."""

    WEB = "web"
    SPA = "spa"
    NATIVE = "native"
    API = "api"
    MFA = "mfa"
    MINI_PROGRAM = "mini-program"
    GATEWAY_APP = "gateway-app"
    GATEWAY_AGENT = "gateway-agent"


class ApplicationDtoDefaultProtocol(WireEnum):
    """Enum of ``ApplicationDto.defaultProtocol`` (unknown wire values are kept, not rejected)."""

    OIDC = "oidc"
    OAUTH = "oauth"
    SAML = "saml"
    CAS = "cas"
    ASA = "asa"


@_attrs.define(kw_only=True, slots=True)
class ApplicationEnabledExtIdpConnDto:
    """Wire model ``ApplicationEnabledExtIdpConnDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        is_social: ``isSocial``, bool, required
        ext_idp_id: ``extIdpId``, str, required
        ext_idp_type: ``extIdpType``, ApplicationEnabledExtIdpConnDtoExtIdpType, required
        ext_idp_conn_id: ``extIdpConnId``, str, required
        ext_idp_conn_type: ``extIdpConnType``, ApplicationEnabledExtIdpConnDtoExtIdpConnType, required
        ext_idp_conn_identifier: ``extIdpConnIdentifier``, str, required
        ext_idp_conn_display_name: ``extIdpConnDisplayName``, str, required
        ext_idp_conn_logo: ``extIdpConnLogo``, str, required
        enabled: ``enabled``, bool, optional
    """

    is_social: bool = _attrs.field(metadata={"wire": "isSocial"})
    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})
    ext_idp_type: ApplicationEnabledExtIdpConnDtoExtIdpType = _attrs.field(metadata={"wire": "extIdpType"})
    ext_idp_conn_id: str = _attrs.field(metadata={"wire": "extIdpConnId"})
    ext_idp_conn_type: ApplicationEnabledExtIdpConnDtoExtIdpConnType = _attrs.field(metadata={"wire": "extIdpConnType"})
    ext_idp_conn_identifier: str = _attrs.field(metadata={"wire": "extIdpConnIdentifier"})
    ext_idp_conn_display_name: str = _attrs.field(metadata={"wire": "extIdpConnDisplayName"})
    ext_idp_conn_logo: str = _attrs.field(metadata={"wire": "extIdpConnLogo"})
    enabled: bool | None = _attrs.field(default=None, metadata={"wire": "enabled"})


class ApplicationEnabledExtIdpConnDtoExtIdpConnType(WireEnum):
    """Enum of ``ApplicationEnabledExtIdpConnDto.extIdpConnType`` (unknown wire values are kept, not rejected)."""

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
