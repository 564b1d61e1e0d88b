# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``EnrollFactorDto`` and its enum (EnrollFactorDtoFactorType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum
from genauth_async.models._redact import masked as _masked

from .enroll_factor_enrollment_data_dto import EnrollFactorEnrollmentDataDto

__all__ = ["EnrollFactorDto", "EnrollFactorDtoFactorType"]


@_attrs.define(kw_only=True, slots=True)
class EnrollFactorDto:
    """Wire model ``EnrollFactorDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enrollment_data: ``enrollmentData``, EnrollFactorEnrollmentDataDto, required
        enrollment_token: ``enrollmentToken``, str, required
        factor_type: ``factorType``, EnrollFactorDtoFactorType, required
    """

    enrollment_data: EnrollFactorEnrollmentDataDto = _attrs.field(metadata={"wire": "enrollmentData"})
    enrollment_token: str = _attrs.field(repr=_masked, metadata={"wire": "enrollmentToken"})
    factor_type: EnrollFactorDtoFactorType = _attrs.field(metadata={"wire": "factorType"})


class EnrollFactorDtoFactorType(WireEnum):
    """Enum of ``EnrollFactorDto.factorType`` (unknown wire values are kept, not rejected)."""

    OTP = "OTP"
    SMS = "SMS"
    EMAIL = "EMAIL"
    FACE = "FACE"
