# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetAsaAccountBatchDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["GetAsaAccountBatchDto"]


@_attrs.define(kw_only=True, slots=True)
class GetAsaAccountBatchDto:
    """Wire model ``GetAsaAccountBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        account_ids: ``accountIds``, list[str], required
        app_id: ``appId``, str, required
    """

    account_ids: List[str] = _attrs.field(metadata={"wire": "accountIds"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
