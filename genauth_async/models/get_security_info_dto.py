# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetSecurityInfoDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["GetSecurityInfoDto"]


@_attrs.define(kw_only=True, slots=True)
class GetSecurityInfoDto:
    """Wire model ``GetSecurityInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        password_security_level: ``passwordSecurityLevel``, int, required
        mfa_enrolled: ``mfaEnrolled``, bool, required
        password_set: ``passwordSet``, bool, required
        email_binded: ``emailBinded``, bool, required
        phone_binded: ``phoneBinded``, bool, required
        security_score: ``securityScore``, int, required
    """

    password_security_level: int = _attrs.field(metadata={"wire": "passwordSecurityLevel"})
    mfa_enrolled: bool = _attrs.field(metadata={"wire": "mfaEnrolled"})
    password_set: bool = _attrs.field(metadata={"wire": "passwordSet"})
    email_binded: bool = _attrs.field(metadata={"wire": "emailBinded"})
    phone_binded: bool = _attrs.field(metadata={"wire": "phoneBinded"})
    security_score: int = _attrs.field(metadata={"wire": "securityScore"})
