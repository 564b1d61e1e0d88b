# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SendEnrollFactorRequestDataDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked
from genauth_async.models._redact import masked as _masked

from .send_enroll_factor_request_otp_data_dto import SendEnrollFactorRequestOtpDataDto

__all__ = ["SendEnrollFactorRequestDataDto"]


@_attrs.define(kw_only=True, slots=True)
class SendEnrollFactorRequestDataDto(WireBacked):
    """Wire model ``SendEnrollFactorRequestDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        enrollment_token: ``enrollmentToken``, str, required
        otp_data: ``otpData``, SendEnrollFactorRequestOtpDataDto, optional
    """

    enrollment_token: str = _attrs.field(repr=_masked, metadata={"wire": "enrollmentToken"})
    otp_data: SendEnrollFactorRequestOtpDataDto | None = _attrs.field(default=None, metadata={"wire": "otpData"})
