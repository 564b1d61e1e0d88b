# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateApplicationDto`` and its enum (UpdateApplicationDtoDefaultProtocol)."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .application_branding_config_input_dto import ApplicationBrandingConfigInputDto
from .application_register_config_input_dto import ApplicationRegisterConfigInputDto
from .cas_id_p_config import CasIdPConfig
from .oauth_idp_config import OauthIdpConfig
from .oidc_config import OIDCConfig
from .saml_idp_config import SamlIdpConfig
from .update_application_login_config_input_dto import UpdateApplicationLoginConfigInputDto

__all__ = ["UpdateApplicationDto", "UpdateApplicationDtoDefaultProtocol"]


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
