# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Authentication API endpoints, area ``mfa``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        EnrollFactorDtoFactorType, EnrollFactorEnrollmentDataDto, FactorDto, FactorProfile,
        FactorToEnrollDto, MfaTokenIntrospectResponse, OtpVerityRespDto,
        SendEnrollFactorRequestDataDto, SendEnrollFactorRequestDtoFactorType,
    )

_EP_ENROLL_FACTOR = Endpoint(
    "enroll_factor",
    "POST",
    "/api/v3/enroll-factor",
    (
        Param("enrollment_data", "enrollmentData", "json", True, "dict"),
        Param("enrollment_token", "enrollmentToken", "json", True, "str"),
        Param("factor_type", "factorType", "json", True, "str", "any", ("OTP", "SMS", "EMAIL", "FACE")),
    ),
    idempotent=False,
)

_EP_GET_FACTOR = Endpoint(
    "get_factor",
    "GET",
    "/api/v3/get-factor",
    (
        Param("factor_id", "factorId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_LIST_ENROLLED_FACTORS = Endpoint(
    "list_enrolled_factors",
    "GET",
    "/api/v3/list-enrolled-factors",
    (),
    idempotent=True,
)

_EP_LIST_FACTORS_TO_ENROLL = Endpoint(
    "list_factors_to_enroll",
    "GET",
    "/api/v3/list-factors-to-enroll",
    (),
    idempotent=True,
)

_EP_MFA_OTP_VERIFY = Endpoint(
    "mfa_otp_verify",
    "POST",
    "/api/v3/mfa-totp-verify",
    (
        Param("totp", "totp", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_RESET_FACTOR = Endpoint(
    "reset_factor",
    "POST",
    "/api/v3/reset-factor",
    (
        Param("factor_id", "factorId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_SEND_ENROLL_FACTOR_REQUEST = Endpoint(
    "send_enroll_factor_request",
    "POST",
    "/api/v3/send-enroll-factor-request",
    (
        Param("profile", "profile", "json", True, "dict"),
        Param("factor_type", "factorType", "json", True, "str", "any", ("OTP", "SMS", "EMAIL", "FACE")),
    ),
    idempotent=False,
)

_EP_VERIFY_MFA_TOKEN = Endpoint(
    "verify_mfa_token",
    "POST",
    "/mfa/token/introspection",
    (
        Param("token", "token", "form", True, "str"),
    ),
    idempotent=False, envelope=False,
)


class MfaMixin(_Caller):
    """Authentication API, area ``mfa``: 8 endpoints."""

    __slots__ = ()

    async def enroll_factor(
        self,
        enrollment_data: EnrollFactorEnrollmentDataDto | Mapping[str, Any],
        enrollment_token: str,
        factor_type: EnrollFactorDtoFactorType | str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/enroll-factor`` -> ``None``.

        Official python name, Node ``enrollFactor``; area ``mfa``.

        Parameters (name: wire name, location):
            enrollment_data: ``enrollmentData``, json, required
            enrollment_token: ``enrollmentToken``, json, required
            factor_type: ``factorType``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_ENROLL_FACTOR,
            (
                enrollment_data,
                enrollment_token,
                factor_type,
            ),
            None,
            _request_options(call_options),
        )

    async def get_factor(
        self,
        factor_id: str,
        **call_options: Unpack[CallOptions],
    ) -> FactorDto:
        """``GET /api/v3/get-factor`` -> ``FactorDto``.

        Official python name, Node ``getFactor``; area ``mfa``.

        Parameters (name: wire name, location):
            factor_id: ``factorId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_FACTOR,
            (factor_id,),
            "FactorDto",
            _request_options(call_options),
        )

    async def list_enrolled_factors(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[FactorDto]:
        """``GET /api/v3/list-enrolled-factors`` -> ``list[FactorDto]``.

        Official python name, Node ``listEnrolledFactors``; area ``mfa``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_ENROLLED_FACTORS,
            (),
            "list[FactorDto]",
            _request_options(call_options),
        )

    async def list_factors_to_enroll(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[FactorToEnrollDto]:
        """``GET /api/v3/list-factors-to-enroll`` -> ``list[FactorToEnrollDto]``.

        Official python name, Node ``listFactorsToEnroll``; area ``mfa``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_FACTORS_TO_ENROLL,
            (),
            "list[FactorToEnrollDto]",
            _request_options(call_options),
        )

    async def mfa_otp_verify(
        self,
        totp: str,
        **call_options: Unpack[CallOptions],
    ) -> OtpVerityRespDto:
        """``POST /api/v3/mfa-totp-verify`` -> ``OtpVerityRespDto``.

        Official python name, Node ``mfaOtpVerify``; area ``mfa``.

        Parameters (name: wire name, location):
            totp: ``totp``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_MFA_OTP_VERIFY,
            (totp,),
            "OtpVerityRespDto",
            _request_options(call_options),
        )

    async def reset_factor(
        self,
        factor_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/reset-factor`` -> ``None``.

        Official python name, Node ``resetFactor``; area ``mfa``.

        Parameters (name: wire name, location):
            factor_id: ``factorId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_RESET_FACTOR,
            (factor_id,),
            None,
            _request_options(call_options),
        )

    async def send_enroll_factor_request(
        self,
        profile: FactorProfile | Mapping[str, Any],
        factor_type: SendEnrollFactorRequestDtoFactorType | str,
        **call_options: Unpack[CallOptions],
    ) -> SendEnrollFactorRequestDataDto:
        """``POST /api/v3/send-enroll-factor-request`` -> ``SendEnrollFactorRequestDataDto``.

        Official python name, Node ``sendEnrollFactorRequest``; area ``mfa``.

        Parameters (name: wire name, location):
            profile: ``profile``, json, required
            factor_type: ``factorType``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SEND_ENROLL_FACTOR_REQUEST,
            (
                profile,
                factor_type,
            ),
            "SendEnrollFactorRequestDataDto",
            _request_options(call_options),
        )

    async def verify_mfa_token(
        self,
        token: str,
        **call_options: Unpack[CallOptions],
    ) -> MfaTokenIntrospectResponse:
        """``POST /mfa/token/introspection`` -> ``MfaTokenIntrospectResponse``.

        Official python name, Node ``verifyMfaToken``; area ``mfa``.

        Parameters (name: wire name, location):
            token: ``token``, form, required

        Correction: the official call ignores 'token' and sends no body; Node declares the argument as formData (MfaTokenIntrospectEndpointParams), so 'token' is sent form-encoded; the answer is the raw introspection object, not the {statusCode, data} envelope
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_VERIFY_MFA_TOKEN,
            (token,),
            "MfaTokenIntrospectResponse",
            _request_options(call_options),
        )
