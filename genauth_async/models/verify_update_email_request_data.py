# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``VerifyUpdateEmailRequestData``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["VerifyUpdateEmailRequestData"]


@_attrs.define(kw_only=True, slots=True)
class VerifyUpdateEmailRequestData:
    """Wire model ``VerifyUpdateEmailRequestData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        update_email_token: ``updateEmailToken``, str, required
        token_expires_in: ``tokenExpiresIn``, int, required
    """

    update_email_token: str = _attrs.field(repr=_masked, metadata={"wire": "updateEmailToken"})
    token_expires_in: int = _attrs.field(metadata={"wire": "tokenExpiresIn"})
