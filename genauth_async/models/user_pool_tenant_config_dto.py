# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserPoolTenantConfigDto`` and its enum (UserPoolTenantConfigDtoEnableSwitchType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .application_login_config_dto import ApplicationLoginConfigDto
from .i_sso_page_customization_settings_dto import ISsoPageCustomizationSettingsDto

__all__ = ["UserPoolTenantConfigDto", "UserPoolTenantConfigDtoEnableSwitchType"]


@_attrs.define(kw_only=True, slots=True)
class UserPoolTenantConfigDto(WireBacked):
    """Wire model ``UserPoolTenantConfigDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_pool_id: ``userPoolId``, str, required
        is_user_pool_as_tenant: ``isUserPoolAsTenant``, bool, required
        enable_switch_type: ``enableSwitchType``, UserPoolTenantConfigDtoEnableSwitchType, required
        css: ``css``, str, required
        css_enabled: ``cssEnabled``, bool, required
        custom_loading: ``customLoading``, str, required
        enable_guard_version_switch: ``enableGuardVersionSwitch``, bool, required
        guard_version: ``guardVersion``, str, required
        loading_background: ``loadingBackground``, str, required
        enable_create_tenant: ``enableCreateTenant``, bool, required
        create_tenant_scenes: ``createTenantScenes``, list[str], required
        enable_join_tenant: ``enableJoinTenant``, bool, required
        join_tenant_scenes: ``joinTenantScenes``, list[str], required
        enable_verify_domain: ``enableVerifyDomain``, bool, required
        verify_domain_scenes: ``verifyDomainScenes``, list[str], required
        sso_page_customization_settings: ``ssoPageCustomizationSettings``, ISsoPageCustomizationSettingsDto, required
        enable_multiple_tenant_portal: ``enableMultipleTenantPortal``, bool, required
        login_config: ``loginConfig``, ApplicationLoginConfigDto, required
    """

    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    is_user_pool_as_tenant: bool = _attrs.field(metadata={"wire": "isUserPoolAsTenant"})
    enable_switch_type: UserPoolTenantConfigDtoEnableSwitchType = _attrs.field(metadata={"wire": "enableSwitchType"})
    css: str = _attrs.field(metadata={"wire": "css"})
    css_enabled: bool = _attrs.field(metadata={"wire": "cssEnabled"})
    custom_loading: str = _attrs.field(metadata={"wire": "customLoading"})
    enable_guard_version_switch: bool = _attrs.field(metadata={"wire": "enableGuardVersionSwitch"})
    guard_version: str = _attrs.field(metadata={"wire": "guardVersion"})
    loading_background: str = _attrs.field(metadata={"wire": "loadingBackground"})
    enable_create_tenant: bool = _attrs.field(metadata={"wire": "enableCreateTenant"})
    create_tenant_scenes: List[str] = _attrs.field(metadata={"wire": "createTenantScenes"})
    enable_join_tenant: bool = _attrs.field(metadata={"wire": "enableJoinTenant"})
    join_tenant_scenes: List[str] = _attrs.field(metadata={"wire": "joinTenantScenes"})
    enable_verify_domain: bool = _attrs.field(metadata={"wire": "enableVerifyDomain"})
    verify_domain_scenes: List[str] = _attrs.field(metadata={"wire": "verifyDomainScenes"})
    sso_page_customization_settings: ISsoPageCustomizationSettingsDto = _attrs.field(metadata={"wire": "ssoPageCustomizationSettings"})
    enable_multiple_tenant_portal: bool = _attrs.field(metadata={"wire": "enableMultipleTenantPortal"})
    login_config: ApplicationLoginConfigDto = _attrs.field(metadata={"wire": "loginConfig"})


class UserPoolTenantConfigDtoEnableSwitchType(WireEnum):
    """Enum of ``UserPoolTenantConfigDto.enableSwitchType`` (unknown wire values are kept, not rejected)."""

    TENANT_CONSOLE = "tenant-console"
    TENANT_APP = "tenant-app"
    TENANT_LAUNPAD = "tenant-launpad"
