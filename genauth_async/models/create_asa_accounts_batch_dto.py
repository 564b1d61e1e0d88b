# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateAsaAccountsBatchDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from .create_asa_accounts_batch_item_dto import CreateAsaAccountsBatchItemDto

__all__ = ["CreateAsaAccountsBatchDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateAsaAccountsBatchDto:
    """Wire model ``CreateAsaAccountsBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[CreateAsaAccountsBatchItemDto], required
        app_id: ``appId``, str, required
    """

    list: List[CreateAsaAccountsBatchItemDto] = _attrs.field(metadata={"wire": "list"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
