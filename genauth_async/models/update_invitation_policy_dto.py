# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateInvitationPolicyDto`` and its enums (UpdateInvitationPolicyDtoInviteMethod, UpdateInvitationPolicyDtoSendVerifyCodeMethod)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .default_password_config_dto import DefaultPasswordConfigDto
from .invitation_link_config_dto import InvitationLinkConfigDto

__all__ = ["UpdateInvitationPolicyDto", "UpdateInvitationPolicyDtoInviteMethod", "UpdateInvitationPolicyDtoSendVerifyCodeMethod"]


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
