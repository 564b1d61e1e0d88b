# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``FactorProfile``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["FactorProfile"]


@_attrs.define(kw_only=True, slots=True)
class FactorProfile:
    """Wire model ``FactorProfile`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        phone_number: ``phoneNumber``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        email: ``email``, str, optional
    """

    phone_number: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneNumber"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
