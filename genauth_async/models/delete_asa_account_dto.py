# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteAsaAccountDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["DeleteAsaAccountDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteAsaAccountDto:
    """Wire model ``DeleteAsaAccountDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        account_id: ``accountId``, str, required
        app_id: ``appId``, str, required
    """

    account_id: str = _attrs.field(metadata={"wire": "accountId"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
