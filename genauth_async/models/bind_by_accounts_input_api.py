# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``BindByAccountsInputApi``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["BindByAccountsInputApi"]


@_attrs.define(kw_only=True, slots=True)
class BindByAccountsInputApi:
    """Wire model ``BindByAccountsInputApi`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        action: ``action``, str, required
        account: ``account``, str, required
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    action: str = _attrs.field(metadata={"wire": "action"})
    account: str = _attrs.field(metadata={"wire": "account"})
