# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SetPublicAccountBatchReqDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["SetPublicAccountBatchReqDto"]


@_attrs.define(kw_only=True, slots=True)
class SetPublicAccountBatchReqDto:
    """Wire model ``SetPublicAccountBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        public_account_id: ``publicAccountId``, str, required
        user_ids: ``userIds``, list[str], required
    """

    public_account_id: str = _attrs.field(metadata={"wire": "publicAccountId"})
    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
