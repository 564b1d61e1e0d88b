# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetUniversalInvitationDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked

from .invitation_config_dto import InvitationConfigDto

__all__ = ["GetUniversalInvitationDto"]


@_attrs.define(kw_only=True, slots=True)
class GetUniversalInvitationDto(WireBacked):
    """Wire model ``GetUniversalInvitationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        admin_invitation_config: ``adminInvitationConfig``, InvitationConfigDto, optional
        member_invitation_config: ``memberInvitationConfig``, InvitationConfigDto, optional
        enabled_member_invitation: ``enabledMemberInvitation``, bool, optional
    """

    admin_invitation_config: InvitationConfigDto | None = _attrs.field(default=None, metadata={"wire": "adminInvitationConfig"})
    member_invitation_config: InvitationConfigDto | None = _attrs.field(default=None, metadata={"wire": "memberInvitationConfig"})
    enabled_member_invitation: bool | None = _attrs.field(default=None, metadata={"wire": "enabledMemberInvitation"})
