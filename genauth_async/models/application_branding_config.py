# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApplicationBrandingConfig`` and its enums (ApplicationBrandingConfigDefaultLanguage, ApplicationBrandingConfigGuardVersion)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .application_agreement_dto import ApplicationAgreementDto

__all__ = ["ApplicationBrandingConfig", "ApplicationBrandingConfigDefaultLanguage", "ApplicationBrandingConfigGuardVersion"]


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
