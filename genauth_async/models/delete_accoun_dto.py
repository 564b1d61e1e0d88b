# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteAccounDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["DeleteAccounDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteAccounDto:
    """Wire model ``DeleteAccounDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        delete_account_token: ``deleteAccountToken``, str, required
    """

    delete_account_token: str = _attrs.field(repr=_masked, metadata={"wire": "deleteAccountToken"})
