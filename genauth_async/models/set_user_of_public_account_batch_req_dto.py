# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SetUserOfPublicAccountBatchReqDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["SetUserOfPublicAccountBatchReqDto"]


@_attrs.define(kw_only=True, slots=True)
class SetUserOfPublicAccountBatchReqDto:
    """Wire model ``SetUserOfPublicAccountBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        public_account_ids: ``publicAccountIds``, list[str], required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    public_account_ids: List[str] = _attrs.field(metadata={"wire": "publicAccountIds"})
