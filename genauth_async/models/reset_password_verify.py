# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ResetPasswordVerify``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["ResetPasswordVerify"]


@_attrs.define(kw_only=True, slots=True)
class ResetPasswordVerify:
    """Wire model ``ResetPasswordVerify`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        password_reset_token: ``passwordResetToken``, str, required
        token_expires_in: ``tokenExpiresIn``, int, required
    """

    password_reset_token: str = _attrs.field(repr=_masked, metadata={"wire": "passwordResetToken"})
    token_expires_in: int = _attrs.field(metadata={"wire": "tokenExpiresIn"})
