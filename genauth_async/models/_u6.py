# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (UpdateGroupReqDto, ..., UpdateNamespaceRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._a7 import (
        ApplicationTabMethodsSortConfigDto,
    )
    from ._d2 import (
        DefaultPasswordConfigDto,
    )
    from ._i1 import (
        ISsoPageCustomizationSettingsDto,
    )
    from ._i3 import (
        InvitationLinkConfigDto,
    )
    from ._l1 import (
        LanguageCoinfigDto,
    )
    from ._t1 import (
        TabConfigDto,
    )

__all__ = [
    "UpdateGroupReqDto", "UpdateInvitationPolicyDto", "UpdateInvitationPolicyDtoInviteMethod",
    "UpdateInvitationPolicyDtoSendVerifyCodeMethod", "UpdateInvitationRosterDto",
    "UpdateLoginConfig", "UpdateLoginConfigDto", "UpdateMultipleTenantAdminDto",
    "UpdateNamespaceDto", "UpdateNamespaceRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class UpdateGroupReqDto:
    """Wire model ``UpdateGroupReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        description: ``description``, str, required
        code: ``code``, str, required
        name: ``name``, str, optional
        new_code: ``newCode``, str, optional
        custom_data: ``customData``, Any, optional
    """

    description: str = _attrs.field(metadata={"wire": "description"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    new_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "newCode"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})


@_attrs.define(kw_only=True, slots=True)
class UpdateInvitationPolicyDto:
    """Wire model ``UpdateInvitationPolicyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
        name: ``name``, str, optional
        invite_method: ``inviteMethod``, UpdateInvitationPolicyDtoInviteMethod, optional
        invite_link_config: ``inviteLinkConfig``, InvitationLinkConfigDto, optional
        default_password_config: ``defaultPasswordConfig``, DefaultPasswordConfigDto, optional
        show_password_in_invite_email: ``showPasswordInInviteEmail``, bool, optional
        enabled_identifier_verify: ``enabledIdentifierVerify``, bool, optional
        send_verify_code_method: ``sendVerifyCodeMethod``, UpdateInvitationPolicyDtoSendVerifyCodeMethod, optional
        enabled_info_fill: ``enabledInfoFill``, bool, optional
        register_info_fill_msg: ``registerInfoFillMsg``, str, optional
        enabled_ext_idp: ``enabledExtIdp``, bool, optional
        allow_skip_bind_ext_idp: ``allowSkipBindExtIdp``, bool, optional
        ext_idp_bind_msg: ``extIdpBindMsg``, str, optional
        ext_idp_conn_ids: ``extIdpConnIds``, list[str], optional
        extends_fields: ``extendsFields``, list[str], optional
        invite_email_template_type: ``inviteEmailTemplateType``, str, optional
        welcome_email_template_type: ``welcomeEmailTemplateType``, str, optional
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    invite_method: UpdateInvitationPolicyDtoInviteMethod | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "inviteMethod"})
    invite_link_config: InvitationLinkConfigDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "inviteLinkConfig"})
    default_password_config: DefaultPasswordConfigDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "defaultPasswordConfig"})
    show_password_in_invite_email: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "showPasswordInInviteEmail"})
    enabled_identifier_verify: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledIdentifierVerify"})
    send_verify_code_method: UpdateInvitationPolicyDtoSendVerifyCodeMethod | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendVerifyCodeMethod"})
    enabled_info_fill: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledInfoFill"})
    register_info_fill_msg: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "registerInfoFillMsg"})
    enabled_ext_idp: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledExtIdp"})
    allow_skip_bind_ext_idp: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "allowSkipBindExtIdp"})
    ext_idp_bind_msg: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extIdpBindMsg"})
    ext_idp_conn_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extIdpConnIds"})
    extends_fields: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extendsFields"})
    invite_email_template_type: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "inviteEmailTemplateType"})
    welcome_email_template_type: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "welcomeEmailTemplateType"})


class UpdateInvitationPolicyDtoInviteMethod(WireEnum):
    """Enum of ``UpdateInvitationPolicyDto.inviteMethod`` (unknown wire values are kept, not rejected)."""

    EMAIL = "email"


class UpdateInvitationPolicyDtoSendVerifyCodeMethod(WireEnum):
    """Enum of ``UpdateInvitationPolicyDto.sendVerifyCodeMethod`` (unknown wire values are kept, not rejected)."""

    PRIORITY_SMS = "prioritySMS"
    PRIORITY_EMAIL = "priorityEmail"


@_attrs.define(kw_only=True, slots=True)
class UpdateInvitationRosterDto:
    """Wire model ``UpdateInvitationRosterDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
        name: ``name``, str, optional
        policy_id: ``policyId``, str, optional
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    policy_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "policyId"})


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


@_attrs.define(kw_only=True, slots=True)
class UpdateLoginConfigDto:
    """Wire model ``UpdateLoginConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        update: ``update``, UpdateLoginConfig, required
    """

    update: UpdateLoginConfig = _attrs.field(metadata={"wire": "update"})


@_attrs.define(kw_only=True, slots=True)
class UpdateMultipleTenantAdminDto:
    """Wire model ``UpdateMultipleTenantAdminDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_ids: ``tenantIds``, list[str], required
        api_authorized: ``apiAuthorized``, bool, optional
    """

    tenant_ids: List[str] = _attrs.field(metadata={"wire": "tenantIds"})
    api_authorized: bool | None = _attrs.field(default=None, metadata={"wire": "apiAuthorized"})


@_attrs.define(kw_only=True, slots=True)
class UpdateNamespaceDto:
    """Wire model ``UpdateNamespaceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        description: ``description``, str, optional
        name: ``name``, str, optional
        new_code: ``newCode``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    new_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "newCode"})


@_attrs.define(kw_only=True, slots=True)
class UpdateNamespaceRespDto(WireBacked):
    """Wire model ``UpdateNamespaceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UpdateNamespaceDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UpdateNamespaceDto = _attrs.field(metadata={"wire": "data"})
