# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``BindByAccountIdInputApi``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["BindByAccountIdInputApi"]


@_attrs.define(kw_only=True, slots=True)
class BindByAccountIdInputApi:
    """Wire model ``BindByAccountIdInputApi`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        action: ``action``, str, required
        account_id: ``accountId``, str, required
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    action: str = _attrs.field(metadata={"wire": "action"})
    account_id: str = _attrs.field(metadata={"wire": "accountId"})
