# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``VerifyDeleteAccountRequestDataDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["VerifyDeleteAccountRequestDataDto"]


@_attrs.define(kw_only=True, slots=True)
class VerifyDeleteAccountRequestDataDto:
    """Wire model ``VerifyDeleteAccountRequestDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        delete_account_token: ``deleteAccountToken``, str, required
        token_expires_in: ``tokenExpiresIn``, int, required
    """

    delete_account_token: str = _attrs.field(repr=_masked, metadata={"wire": "deleteAccountToken"})
    token_expires_in: int = _attrs.field(metadata={"wire": "tokenExpiresIn"})
