# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (CreateAccessKeyDto, ..., CreateApplicationDtoDefaultProtocol)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._a4 import (
        ApplicationBrandingConfigInputDto,
    )
    from ._a6 import (
        ApplicationLoginConfigInputDto,
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

__all__ = [
    "CreateAccessKeyDto", "CreateAccessKeyRespDto", "CreateAccessKeyResponseDto",
    "CreateAdminRoleDto", "CreateApplicationDto", "CreateApplicationDtoAppType",
    "CreateApplicationDtoDefaultProtocol",
]


@_attrs.define(kw_only=True, slots=True)
class CreateAccessKeyDto:
    """Wire model ``CreateAccessKeyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, str, required
        user_id: ``userId``, str, optional
        tenant_id: ``tenantId``, str, optional
    """

    type: str = _attrs.field(metadata={"wire": "type"})
    user_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userId"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class CreateAccessKeyRespDto:
    """Wire model ``CreateAccessKeyRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        access_key_id: ``accessKeyId``, str, required
        access_key_secret: ``accessKeySecret``, str, required
        user_id: ``userId``, str, required
        created_at: ``createdAt``, str, required
        status: ``status``, str, required
        last_date: ``lastDate``, str, required
        user_pool_id: ``userPoolId``, str, required
        enable: ``enable``, bool, required
    """

    access_key_id: str = _attrs.field(metadata={"wire": "accessKeyId"})
    access_key_secret: str = _attrs.field(repr=_masked, metadata={"wire": "accessKeySecret"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    status: str = _attrs.field(metadata={"wire": "status"})
    last_date: str = _attrs.field(metadata={"wire": "lastDate"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    enable: bool = _attrs.field(metadata={"wire": "enable"})


@_attrs.define(kw_only=True, slots=True)
class CreateAccessKeyResponseDto(WireBacked):
    """Wire model ``CreateAccessKeyResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[CreateAccessKeyRespDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[CreateAccessKeyRespDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreateAdminRoleDto:
    """Wire model ``CreateAdminRoleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        code: ``code``, str, required
        description: ``description``, str, optional
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class CreateApplicationDto:
    """Wire model ``CreateApplicationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_name: ``appName``, str, required
        template: ``template``, str, optional
        template_data: ``templateData``, Any, optional
        app_identifier: ``appIdentifier``, str, optional
        app_logo: ``appLogo``, str, optional
        app_description: ``appDescription``, str, optional
        app_type: ``appType``, CreateApplicationDtoAppType, optional
        default_protocol: ``defaultProtocol``, CreateApplicationDtoDefaultProtocol, optional
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
        login_config: ``loginConfig``, ApplicationLoginConfigInputDto, optional
        register_config: ``registerConfig``, ApplicationRegisterConfigInputDto, optional
        branding_config: ``brandingConfig``, ApplicationBrandingConfigInputDto, optional
    """

    app_name: str = _attrs.field(metadata={"wire": "appName"})
    template: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "template"})
    template_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "templateData"})
    app_identifier: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appIdentifier"})
    app_logo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appLogo"})
    app_description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appDescription"})
    app_type: CreateApplicationDtoAppType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appType"})
    default_protocol: CreateApplicationDtoDefaultProtocol | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "defaultProtocol"})
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
    login_config: ApplicationLoginConfigInputDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "loginConfig"})
    register_config: ApplicationRegisterConfigInputDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "registerConfig"})
    branding_config: ApplicationBrandingConfigInputDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "brandingConfig"})


class CreateApplicationDtoAppType(WireEnum):
    """Enum of ``CreateApplicationDto.appType`` (unknown wire values are kept, not rejected)."""

    WEB = "web"
    SPA = "spa"
    NATIVE = "native"
    API = "api"
    MFA = "mfa"
    MINI_PROGRAM = "mini-program"
    GATEWAY_APP = "gateway-app"
    GATEWAY_AGENT = "gateway-agent"


class CreateApplicationDtoDefaultProtocol(WireEnum):
    """Enum of ``CreateApplicationDto.defaultProtocol`` (unknown wire values are kept, not rejected)."""

    OIDC = "oidc"
    OAUTH = "oauth"
    SAML = "saml"
    CAS = "cas"
    ASA = "asa"
