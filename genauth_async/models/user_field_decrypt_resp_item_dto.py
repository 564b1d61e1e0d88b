# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserFieldDecryptRespItemDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["UserFieldDecryptRespItemDto"]


@_attrs.define(kw_only=True, slots=True)
class UserFieldDecryptRespItemDto:
    """Wire model ``UserFieldDecryptRespItemDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, optional
        field_name: ``fieldName``, str, optional
        decrypted_content: ``decryptedContent``, str, required
    """

    user_id: str | None = _attrs.field(default=None, metadata={"wire": "userId"})
    field_name: str | None = _attrs.field(default=None, metadata={"wire": "fieldName"})
    decrypted_content: str = _attrs.field(metadata={"wire": "decryptedContent"})
