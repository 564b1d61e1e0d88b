# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``VerifyUpdatePhoneRequestData``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["VerifyUpdatePhoneRequestData"]


@_attrs.define(kw_only=True, slots=True)
class VerifyUpdatePhoneRequestData:
    """Wire model ``VerifyUpdatePhoneRequestData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        update_phone_token: ``updatePhoneToken``, str, required
        token_expires_in: ``tokenExpiresIn``, int, required
    """

    update_phone_token: str = _attrs.field(repr=_masked, metadata={"wire": "updatePhoneToken"})
    token_expires_in: int = _attrs.field(metadata={"wire": "tokenExpiresIn"})
