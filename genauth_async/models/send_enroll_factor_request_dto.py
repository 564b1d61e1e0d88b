# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SendEnrollFactorRequestDto`` and its enum (SendEnrollFactorRequestDtoFactorType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

from .factor_profile import FactorProfile

__all__ = ["SendEnrollFactorRequestDto", "SendEnrollFactorRequestDtoFactorType"]


@_attrs.define(kw_only=True, slots=True)
class SendEnrollFactorRequestDto:
    """Wire model ``SendEnrollFactorRequestDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        profile: ``profile``, FactorProfile, required
        factor_type: ``factorType``, SendEnrollFactorRequestDtoFactorType, required
    """

    profile: FactorProfile = _attrs.field(metadata={"wire": "profile"})
    factor_type: SendEnrollFactorRequestDtoFactorType = _attrs.field(metadata={"wire": "factorType"})


class SendEnrollFactorRequestDtoFactorType(WireEnum):
    """Enum of ``SendEnrollFactorRequestDto.factorType`` (unknown wire values are kept, not rejected)."""

    OTP = "OTP"
    SMS = "SMS"
    EMAIL = "EMAIL"
    FACE = "FACE"
