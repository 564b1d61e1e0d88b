# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateUniversalInvitationDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["UpdateUniversalInvitationDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateUniversalInvitationDto:
    """Wire model ``UpdateUniversalInvitationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        admin_invitation_config: ``adminInvitationConfig``, bool, optional
        member_invitation_config: ``memberInvitationConfig``, bool, optional
        enabled_member_invitation: ``enabledMemberInvitation``, bool, optional
    """

    admin_invitation_config: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "adminInvitationConfig"})
    member_invitation_config: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "memberInvitationConfig"})
    enabled_member_invitation: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledMemberInvitation"})
