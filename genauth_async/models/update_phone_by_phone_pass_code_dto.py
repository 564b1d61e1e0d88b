# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdatePhoneByPhonePassCodeDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["UpdatePhoneByPhonePassCodeDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdatePhoneByPhonePassCodeDto:
    """Wire model ``UpdatePhoneByPhonePassCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        new_phone_number: ``newPhoneNumber``, str, required
        new_phone_pass_code: ``newPhonePassCode``, str, required
        new_phone_country_code: ``newPhoneCountryCode``, str, optional
        old_phone_number: ``oldPhoneNumber``, str, optional
        old_phone_pass_code: ``oldPhonePassCode``, str, optional
        old_phone_country_code: ``oldPhoneCountryCode``, str, optional
    """

    new_phone_number: str = _attrs.field(metadata={"wire": "newPhoneNumber"})
    new_phone_pass_code: str = _attrs.field(repr=_masked, metadata={"wire": "newPhonePassCode"})
    new_phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "newPhoneCountryCode"})
    old_phone_number: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "oldPhoneNumber"})
    old_phone_pass_code: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "oldPhonePassCode"})
    old_phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "oldPhoneCountryCode"})
