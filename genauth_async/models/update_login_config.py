# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateLoginConfig``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from .application_tab_methods_sort_config_dto import ApplicationTabMethodsSortConfigDto
from .i_sso_page_customization_settings_dto import ISsoPageCustomizationSettingsDto
from .language_coinfig_dto import LanguageCoinfigDto
from .tab_config_dto import TabConfigDto

__all__ = ["UpdateLoginConfig"]


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
