# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``LinkIdentity``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

__all__ = ["LinkIdentity"]


@_attrs.define(kw_only=True, slots=True)
class LinkIdentity:
    """Wire model ``LinkIdentity`` (response side; optional fields default to None).

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
    type: str | None = _attrs.field(default=None, metadata={"wire": "type"})
    is_social: bool | None = _attrs.field(default=None, metadata={"wire": "isSocial"})
