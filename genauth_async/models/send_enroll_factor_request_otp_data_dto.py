# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SendEnrollFactorRequestOtpDataDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["SendEnrollFactorRequestOtpDataDto"]


@_attrs.define(kw_only=True, slots=True)
class SendEnrollFactorRequestOtpDataDto:
    """Wire model ``SendEnrollFactorRequestOtpDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        qr_code_uri: ``qrCodeUri``, str, required
        qr_code_data_url: ``qrCodeDataUrl``, str, required
        recovery_code: ``recoveryCode``, str, required
    """

    qr_code_uri: str = _attrs.field(metadata={"wire": "qrCodeUri"})
    qr_code_data_url: str = _attrs.field(metadata={"wire": "qrCodeDataUrl"})
    recovery_code: str = _attrs.field(repr=_masked, metadata={"wire": "recoveryCode"})
