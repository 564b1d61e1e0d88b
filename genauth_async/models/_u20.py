# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (UserPermissionListDto, ..., UserTenantListDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._a6 import (
        ApplicationLoginConfigDto,
    )
    from ._d1 import (
        DataResourceActionListDto,
    )
    from ._i1 import (
        ISsoPageCustomizationSettingsDto,
    )
    from ._o1 import (
        OpenResource,
    )
    from ._u14 import (
        User,
    )
    from ._u17 import (
        UserDto,
    )

__all__ = [
    "UserPermissionListDto", "UserPermissionResourceDto", "UserPermissionResourceOtherDto",
    "UserPoolPublicConfigDto", "UserPoolTenantConfigDto",
    "UserPoolTenantConfigDtoEnableSwitchType", "UserPoolTenantConfigDtoRespDto",
    "UserSingleRespDto", "UserSyncRelationDto", "UserTenantListDto",
]


@_attrs.define(kw_only=True, slots=True)
class UserPermissionListDto(WireBacked):
    """Wire model ``UserPermissionListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        namespace_code: ``namespaceCode``, str, required
        resource_list: ``resourceList``, list[OpenResource], optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    resource_list: List[OpenResource] | None = _attrs.field(default=None, metadata={"wire": "resourceList"})


@_attrs.define(kw_only=True, slots=True)
class UserPermissionResourceDto(WireBacked):
    """Wire model ``UserPermissionResourceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        action_list: ``actionList``, list[DataResourceActionListDto], required
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    action_list: List[DataResourceActionListDto] = _attrs.field(metadata={"wire": "actionList"})


@_attrs.define(kw_only=True, slots=True)
class UserPermissionResourceOtherDto:
    """Wire model ``UserPermissionResourceOtherDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        action_list: ``actionList``, list[str], required
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    action_list: List[str] = _attrs.field(metadata={"wire": "actionList"})


@_attrs.define(kw_only=True, slots=True)
class UserPoolPublicConfigDto:
    """Wire model ``UserPoolPublicConfigDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, str, optional
        logo: ``logo``, str, optional
        description: ``description``, str, optional
    """

    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    logo: str | None = _attrs.field(default=None, metadata={"wire": "logo"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})


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


@_attrs.define(kw_only=True, slots=True)
class UserPoolTenantConfigDtoRespDto(WireBacked):
    """Wire model ``UserPoolTenantConfigDtoRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        data: ``data``, UserPoolTenantConfigDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    data: UserPoolTenantConfigDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserSingleRespDto(WireBacked):
    """Wire model ``UserSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UserDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UserDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserSyncRelationDto(WireBacked):
    """Wire model ``UserSyncRelationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        provider: ``provider``, str, required
        user_id_in_idp: ``userIdInIdp``, str, required
        user_info_in_idp: ``userInfoInIdp``, User, required
    """

    provider: str = _attrs.field(metadata={"wire": "provider"})
    user_id_in_idp: str = _attrs.field(metadata={"wire": "userIdInIdp"})
    user_info_in_idp: User = _attrs.field(metadata={"wire": "userInfoInIdp"})


@_attrs.define(kw_only=True, slots=True)
class UserTenantListDto:
    """Wire model ``UserTenantListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        tenant_name: ``tenantName``, str, required
        join_at: ``joinAt``, str, required
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    tenant_name: str = _attrs.field(metadata={"wire": "tenantName"})
    join_at: str = _attrs.field(metadata={"wire": "joinAt"})
