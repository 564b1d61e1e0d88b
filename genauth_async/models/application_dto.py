# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApplicationDto`` and its enums (ApplicationDtoAppType, ApplicationDtoDefaultProtocol)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .application_branding_config import ApplicationBrandingConfig
from .application_login_config_dto import ApplicationLoginConfigDto
from .application_register_config import ApplicationRegisterConfig
from .cas_id_p_config import CasIdPConfig
from .oauth_idp_config import OauthIdpConfig
from .oidc_config import OIDCConfig
from .saml_idp_config import SamlIdpConfig

__all__ = ["ApplicationDto", "ApplicationDtoAppType", "ApplicationDtoDefaultProtocol"]


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
