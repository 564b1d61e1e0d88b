# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``FactorToEnrollDto`` and its enum (FactorToEnrollDtoFactorType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["FactorToEnrollDto", "FactorToEnrollDtoFactorType"]


@_attrs.define(kw_only=True, slots=True)
class FactorToEnrollDto:
    """Wire model ``FactorToEnrollDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        factor_type: ``factorType``, FactorToEnrollDtoFactorType, required
    """

    factor_type: FactorToEnrollDtoFactorType = _attrs.field(metadata={"wire": "factorType"})


class FactorToEnrollDtoFactorType(WireEnum):
    """Enum of ``FactorToEnrollDto.factorType`` (unknown wire values are kept, not rejected)."""

    OTP = "OTP"
    SMS = "SMS"
    EMAIL = "EMAIL"
    FACE = "FACE"
