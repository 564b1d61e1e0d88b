# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UnbindPublicAccountBatchReqDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["UnbindPublicAccountBatchReqDto"]


@_attrs.define(kw_only=True, slots=True)
class UnbindPublicAccountBatchReqDto:
    """Wire model ``UnbindPublicAccountBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        public_account_id: ``publicAccountId``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    public_account_id: str = _attrs.field(metadata={"wire": "publicAccountId"})
