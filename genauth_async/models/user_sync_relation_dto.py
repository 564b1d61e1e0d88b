# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserSyncRelationDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked

from .user import User

__all__ = ["UserSyncRelationDto"]


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
