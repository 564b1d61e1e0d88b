# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ApplicationAgreementDtoLang, ..., ApplicationDefaultLoginMethodQrcodeType)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._a3 import (
        ApplicationAgreementDto,
    )

__all__ = [
    "ApplicationAgreementDtoLang", "ApplicationBrandingConfig",
    "ApplicationBrandingConfigDefaultLanguage", "ApplicationBrandingConfigGuardVersion",
    "ApplicationBrandingConfigInputDto", "ApplicationBrandingConfigInputDtoDefaultLanguage",
    "ApplicationBrandingConfigInputDtoGuardVersion", "ApplicationDefaultLoginMethod",
    "ApplicationDefaultLoginMethodConnectionType", "ApplicationDefaultLoginMethodInput",
    "ApplicationDefaultLoginMethodInputConnectionType",
    "ApplicationDefaultLoginMethodInputQrcodeType", "ApplicationDefaultLoginMethodQrcodeType",
]


class ApplicationAgreementDtoLang(WireEnum):
    """Enum of ``ApplicationAgreementDto.lang`` (unknown wire values are kept, not rejected)."""

    ZH_CN = "zh-CN"
    EN_US = "en-US"
    ZH_TW = "zh-TW"
    JA_JP = "ja-JP"


@_attrs.define(kw_only=True, slots=True)
class ApplicationBrandingConfig(WireBacked):
    """Wire model ``ApplicationBrandingConfig`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        custom_css_enabled: ``customCSSEnabled``, bool, required
        custom_css: ``customCSS``, str, optional
        guard_version: ``guardVersion``, ApplicationBrandingConfigGuardVersion, required
        custom_loading_image: ``customLoadingImage``, str, optional
        custom_background: ``customBackground``, str, optional
        show_change_language_button: ``showChangeLanguageButton``, bool, required
        default_language: ``defaultLanguage``, ApplicationBrandingConfigDefaultLanguage, required
        show_forget_password_button: ``showForgetPasswordButton``, bool, required
        show_enterprise_connections: ``showEnterpriseConnections``, bool, required
        show_social_connections: ``showSocialConnections``, bool, required
        show_agreement: ``showAgreement``, bool, required
        agreements: ``agreements``, list[ApplicationAgreementDto], required
    """

    custom_css_enabled: bool = _attrs.field(metadata={"wire": "customCSSEnabled"})
    custom_css: str | None = _attrs.field(default=None, metadata={"wire": "customCSS"})
    guard_version: ApplicationBrandingConfigGuardVersion = _attrs.field(metadata={"wire": "guardVersion"})
    custom_loading_image: str | None = _attrs.field(default=None, metadata={"wire": "customLoadingImage"})
    custom_background: str | None = _attrs.field(default=None, metadata={"wire": "customBackground"})
    show_change_language_button: bool = _attrs.field(metadata={"wire": "showChangeLanguageButton"})
    default_language: ApplicationBrandingConfigDefaultLanguage = _attrs.field(metadata={"wire": "defaultLanguage"})
    show_forget_password_button: bool = _attrs.field(metadata={"wire": "showForgetPasswordButton"})
    show_enterprise_connections: bool = _attrs.field(metadata={"wire": "showEnterpriseConnections"})
    show_social_connections: bool = _attrs.field(metadata={"wire": "showSocialConnections"})
    show_agreement: bool = _attrs.field(metadata={"wire": "showAgreement"})
    agreements: List[ApplicationAgreementDto] = _attrs.field(metadata={"wire": "agreements"})


class ApplicationBrandingConfigDefaultLanguage(WireEnum):
    """Enum of ``ApplicationBrandingConfig.defaultLanguage`` (unknown wire values are kept, not rejected)."""

    ZH_CN = "zh-CN"
    EN_US = "en-US"
    ZH_TW = "zh-TW"
    JA_JP = "ja-JP"


class ApplicationBrandingConfigGuardVersion(WireEnum):
    """Enum of ``ApplicationBrandingConfig.guardVersion`` (unknown wire values are kept, not rejected)."""

    ADVANCED = "Advanced"
    CLASSICAL = "Classical"


@_attrs.define(kw_only=True, slots=True)
class ApplicationBrandingConfigInputDto:
    """Wire model ``ApplicationBrandingConfigInputDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        custom_css_enabled: ``customCSSEnabled``, bool, optional
        custom_css: ``customCSS``, str, optional
        guard_version: ``guardVersion``, ApplicationBrandingConfigInputDtoGuardVersion, optional
        custom_loading_image: ``customLoadingImage``, str, optional
        custom_background: ``customBackground``, str, optional
        show_change_language_button: ``showChangeLanguageButton``, bool, optional
        default_language: ``defaultLanguage``, ApplicationBrandingConfigInputDtoDefaultLanguage, optional
        show_forget_password_button: ``showForgetPasswordButton``, bool, optional
        show_enterprise_connections: ``showEnterpriseConnections``, bool, optional
        show_social_connections: ``showSocialConnections``, bool, optional
    """

    custom_css_enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "customCSSEnabled"})
    custom_css: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "customCSS"})
    guard_version: ApplicationBrandingConfigInputDtoGuardVersion | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "guardVersion"})
    custom_loading_image: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "customLoadingImage"})
    custom_background: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "customBackground"})
    show_change_language_button: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "showChangeLanguageButton"})
    default_language: ApplicationBrandingConfigInputDtoDefaultLanguage | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "defaultLanguage"})
    show_forget_password_button: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "showForgetPasswordButton"})
    show_enterprise_connections: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "showEnterpriseConnections"})
    show_social_connections: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "showSocialConnections"})


class ApplicationBrandingConfigInputDtoDefaultLanguage(WireEnum):
    """Enum of ``ApplicationBrandingConfigInputDto.defaultLanguage`` (unknown wire values are kept, not rejected)."""

    ZH_CN = "zh-CN"
    EN_US = "en-US"
    ZH_TW = "zh-TW"
    JA_JP = "ja-JP"


class ApplicationBrandingConfigInputDtoGuardVersion(WireEnum):
    """Enum of ``ApplicationBrandingConfigInputDto.guardVersion`` (unknown wire values are kept, not rejected)."""

    ADVANCED = "Advanced"
    CLASSICAL = "Classical"


@_attrs.define(kw_only=True, slots=True)
class ApplicationDefaultLoginMethod:
    """Wire model ``ApplicationDefaultLoginMethod`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        connection_type: ``connectionType``, ApplicationDefaultLoginMethodConnectionType, required
        qrcode_type: ``qrcodeType``, ApplicationDefaultLoginMethodQrcodeType, required
        qrcode_ext_idp_conn_id: ``qrcodeExtIdpConnId``, str, required
        ad_ext_idp_conn_id: ``adExtIdpConnId``, str, required
        ldap_ext_idp_conn_id: ``ldapExtIdpConnId``, str, required
    """

    connection_type: ApplicationDefaultLoginMethodConnectionType = _attrs.field(metadata={"wire": "connectionType"})
    qrcode_type: ApplicationDefaultLoginMethodQrcodeType = _attrs.field(metadata={"wire": "qrcodeType"})
    qrcode_ext_idp_conn_id: str = _attrs.field(metadata={"wire": "qrcodeExtIdpConnId"})
    ad_ext_idp_conn_id: str = _attrs.field(metadata={"wire": "adExtIdpConnId"})
    ldap_ext_idp_conn_id: str = _attrs.field(metadata={"wire": "ldapExtIdpConnId"})


class ApplicationDefaultLoginMethodConnectionType(WireEnum):
    """Enum of ``ApplicationDefaultLoginMethod.connectionType`` (unknown wire values are kept, not rejected)."""

    PASSCODE = "PASSCODE"
    PASSWORD = "PASSWORD"
    QRCODE = "QRCODE"
    LDAP = "LDAP"
    AD = "AD"


@_attrs.define(kw_only=True, slots=True)
class ApplicationDefaultLoginMethodInput:
    """Wire model ``ApplicationDefaultLoginMethodInput`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        connection_type: ``connectionType``, ApplicationDefaultLoginMethodInputConnectionType, required
        qrcode_type: ``qrcodeType``, ApplicationDefaultLoginMethodInputQrcodeType, optional
        qrcode_ext_idp_conn_id: ``qrcodeExtIdpConnId``, str, optional
        ad_ext_idp_conn_id: ``adExtIdpConnId``, str, optional
        ldap_ext_idp_conn_id: ``ldapExtIdpConnId``, str, optional
    """

    connection_type: ApplicationDefaultLoginMethodInputConnectionType = _attrs.field(metadata={"wire": "connectionType"})
    qrcode_type: ApplicationDefaultLoginMethodInputQrcodeType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "qrcodeType"})
    qrcode_ext_idp_conn_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "qrcodeExtIdpConnId"})
    ad_ext_idp_conn_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "adExtIdpConnId"})
    ldap_ext_idp_conn_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ldapExtIdpConnId"})


class ApplicationDefaultLoginMethodInputConnectionType(WireEnum):
    """Enum of ``ApplicationDefaultLoginMethodInput.connectionType`` (unknown wire values are kept, not rejected)."""

    PASSCODE = "PASSCODE"
    PASSWORD = "PASSWORD"
    QRCODE = "QRCODE"
    LDAP = "LDAP"
    AD = "AD"


class ApplicationDefaultLoginMethodInputQrcodeType(WireEnum):
    """Enum of ``ApplicationDefaultLoginMethodInput.qrcodeType`` (unknown wire values are kept, not rejected)."""

    SELF_BUILT_APP = "SELF_BUILT_APP"
    WECHAT_OFFICIAL_ACCOUNT = "WECHAT_OFFICIAL_ACCOUNT"
    WECHAT_MINI_PROGRAM = "WECHAT_MINI_PROGRAM"


class ApplicationDefaultLoginMethodQrcodeType(WireEnum):
    """Enum of ``ApplicationDefaultLoginMethod.qrcodeType`` (unknown wire values are kept, not rejected)."""

    SELF_BUILT_APP = "SELF_BUILT_APP"
    WECHAT_OFFICIAL_ACCOUNT = "WECHAT_OFFICIAL_ACCOUNT"
    WECHAT_MINI_PROGRAM = "WECHAT_MINI_PROGRAM"
