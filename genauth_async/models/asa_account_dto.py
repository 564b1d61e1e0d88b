# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AsaAccountDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["AsaAccountDto"]


@_attrs.define(kw_only=True, slots=True)
class AsaAccountDto:
    """Wire model ``AsaAccountDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        account_id: ``accountId``, str, required
        account_info: ``accountInfo``, Any, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    account_id: str = _attrs.field(metadata={"wire": "accountId"})
    account_info: Any = _attrs.field(metadata={"wire": "accountInfo"})
