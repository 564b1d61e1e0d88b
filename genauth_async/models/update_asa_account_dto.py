# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateAsaAccountDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["UpdateAsaAccountDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateAsaAccountDto:
    """Wire model ``UpdateAsaAccountDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        account_info: ``accountInfo``, Any, required
        account_id: ``accountId``, str, required
        app_id: ``appId``, str, required
    """

    account_info: Any = _attrs.field(metadata={"wire": "accountInfo"})
    account_id: str = _attrs.field(metadata={"wire": "accountId"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
