# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApplicationBrandingConfigInputDto`` and its enums (ApplicationBrandingConfigInputDtoDefaultLanguage, ApplicationBrandingConfigInputDtoGuardVersion)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["ApplicationBrandingConfigInputDto", "ApplicationBrandingConfigInputDtoDefaultLanguage", "ApplicationBrandingConfigInputDtoGuardVersion"]


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
