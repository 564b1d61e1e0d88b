# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UniversalInvitationPublicConfigDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked

from .inviter_detail_dto import InviterDetailDto
from .user_pool_public_config_dto import UserPoolPublicConfigDto

__all__ = ["UniversalInvitationPublicConfigDto"]


@_attrs.define(kw_only=True, slots=True)
class UniversalInvitationPublicConfigDto(WireBacked):
    """Wire model ``UniversalInvitationPublicConfigDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_pool: ``userPool``, UserPoolPublicConfigDto, required
        inviter: ``inviter``, InviterDetailDto, optional
    """

    user_pool: UserPoolPublicConfigDto = _attrs.field(metadata={"wire": "userPool"})
    inviter: InviterDetailDto | None = _attrs.field(default=None, metadata={"wire": "inviter"})
