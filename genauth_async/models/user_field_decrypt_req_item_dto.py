# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserFieldDecryptReqItemDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["UserFieldDecryptReqItemDto"]


@_attrs.define(kw_only=True, slots=True)
class UserFieldDecryptReqItemDto:
    """Wire model ``UserFieldDecryptReqItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, optional
        field_name: ``fieldName``, str, optional
        encrypted_content: ``encryptedContent``, str, required
    """

    user_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userId"})
    field_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "fieldName"})
    encrypted_content: str = _attrs.field(metadata={"wire": "encryptedContent"})
