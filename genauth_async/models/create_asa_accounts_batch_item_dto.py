# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateAsaAccountsBatchItemDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["CreateAsaAccountsBatchItemDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateAsaAccountsBatchItemDto:
    """Wire model ``CreateAsaAccountsBatchItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        account_info: ``accountInfo``, Any, required
    """

    account_info: Any = _attrs.field(metadata={"wire": "accountInfo"})
