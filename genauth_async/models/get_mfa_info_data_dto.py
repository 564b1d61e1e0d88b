# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetMfaInfoDataDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

from .application_mfa_dto import ApplicationMfaDto

__all__ = ["GetMfaInfoDataDto"]


@_attrs.define(kw_only=True, slots=True)
class GetMfaInfoDataDto:
    """Wire model ``GetMfaInfoDataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        mfa_token: ``mfaToken``, str, required
        mfa_phone: ``mfaPhone``, str, optional
        mfa_phone_country_code: ``mfaPhoneCountryCode``, str, optional
        mfa_email: ``mfaEmail``, str, optional
        nickname: ``nickname``, str, optional
        username: ``username``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        face_mfa_enabled: ``faceMfaEnabled``, bool, optional
        totp_mfa_enabled: ``totpMfaEnabled``, bool, optional
        application_mfa: ``applicationMfa``, list[ApplicationMfaDto], required
    """

    mfa_token: str = _attrs.field(repr=_masked, metadata={"wire": "mfaToken"})
    mfa_phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "mfaPhone"})
    mfa_phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "mfaPhoneCountryCode"})
    mfa_email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "mfaEmail"})
    nickname: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "nickname"})
    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    face_mfa_enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "faceMfaEnabled"})
    totp_mfa_enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "totpMfaEnabled"})
    application_mfa: List[ApplicationMfaDto] = _attrs.field(metadata={"wire": "applicationMfa"})
