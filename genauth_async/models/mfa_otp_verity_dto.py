# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``MfaOtpVerityDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["MfaOtpVerityDto"]


@_attrs.define(kw_only=True, slots=True)
class MfaOtpVerityDto:
    """Wire model ``MfaOtpVerityDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        totp: ``totp``, str, required
    """

    totp: str = _attrs.field(repr=_masked, metadata={"wire": "totp"})
