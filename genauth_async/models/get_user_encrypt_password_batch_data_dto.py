# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetUserEncryptPasswordBatchDataDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["GetUserEncryptPasswordBatchDataDto"]


@_attrs.define(kw_only=True, slots=True)
class GetUserEncryptPasswordBatchDataDto:
    """Wire model ``GetUserEncryptPasswordBatchDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        encrypted_password: ``encryptedPassword``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    encrypted_password: str = _attrs.field(repr=_masked, metadata={"wire": "encryptedPassword"})
