# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``LinkIdentityDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["LinkIdentityDto"]


@_attrs.define(kw_only=True, slots=True)
class LinkIdentityDto:
    """Wire model ``LinkIdentityDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id_in_idp: ``userIdInIdp``, str, required
        user_id: ``userId``, str, required
        ext_idp_id: ``extIdpId``, str, required
        type: ``type``, str, optional
        is_social: ``isSocial``, bool, optional
    """

    user_id_in_idp: str = _attrs.field(metadata={"wire": "userIdInIdp"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})
    type: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "type"})
    is_social: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isSocial"})
