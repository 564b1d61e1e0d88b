# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserMfaRespDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["UserMfaRespDto"]


@_attrs.define(kw_only=True, slots=True)
class UserMfaRespDto:
    """Wire model ``UserMfaRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        totp_status: ``totpStatus``, str, required
        face_mfa_status: ``faceMfaStatus``, str, required
        sms_mfa_status: ``smsMfaStatus``, str, required
        email_mfa_status: ``emailMfaStatus``, str, required
    """

    totp_status: str = _attrs.field(metadata={"wire": "totpStatus"})
    face_mfa_status: str = _attrs.field(metadata={"wire": "faceMfaStatus"})
    sms_mfa_status: str = _attrs.field(metadata={"wire": "smsMfaStatus"})
    email_mfa_status: str = _attrs.field(metadata={"wire": "emailMfaStatus"})
