# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``FactorDto`` and its enum (FactorDtoFactorType)."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["FactorDto", "FactorDtoFactorType"]


@_attrs.define(kw_only=True, slots=True)
class FactorDto:
    """Wire model ``FactorDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        factor_id: ``factorId``, str, required
        factor_type: ``factorType``, FactorDtoFactorType, required
        profile: ``profile``, Any, required
    """

    factor_id: str = _attrs.field(metadata={"wire": "factorId"})
    factor_type: FactorDtoFactorType = _attrs.field(metadata={"wire": "factorType"})
    profile: Any = _attrs.field(metadata={"wire": "profile"})


class FactorDtoFactorType(WireEnum):
    """Enum of ``FactorDto.factorType`` (unknown wire values are kept, not rejected)."""

    OTP = "OTP"
    SMS = "SMS"
    EMAIL = "EMAIL"
    FACE = "FACE"
