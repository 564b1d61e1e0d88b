# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ResetPasswordByPhonePassCodeDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["ResetPasswordByPhonePassCodeDto"]


@_attrs.define(kw_only=True, slots=True)
class ResetPasswordByPhonePassCodeDto:
    """Wire model ``ResetPasswordByPhonePassCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        phone_number: ``phoneNumber``, str, required
        pass_code: ``passCode``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
    """

    phone_number: str = _attrs.field(metadata={"wire": "phoneNumber"})
    pass_code: str = _attrs.field(repr=_masked, metadata={"wire": "passCode"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
