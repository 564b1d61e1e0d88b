# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Authentication API endpoints, area ``mfa`` (sync facade)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import AuthenticationClient as _AsyncAuthenticationClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        EnrollFactorDtoFactorType, EnrollFactorEnrollmentDataDto, FactorDto, FactorProfile,
        FactorToEnrollDto, MfaTokenIntrospectResponse, OtpVerityRespDto,
        SendEnrollFactorRequestDataDto, SendEnrollFactorRequestDtoFactorType,
    )


class MfaMixin(_SyncClient["_AsyncAuthenticationClient"]):
    """Authentication API, area ``mfa``: 8 endpoints."""

    def enroll_factor(
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
        self._run_method(
            "enroll_factor",
            (
                enrollment_data,
                enrollment_token,
                factor_type,
            ),
            call_options,
        )

    def get_factor(
        self,
        factor_id: str,
        **call_options: Unpack[CallOptions],
    ) -> FactorDto:
        """``GET /api/v3/get-factor`` -> ``FactorDto``.

        Official python name, Node ``getFactor``; area ``mfa``.

        Parameters (name: wire name, location):
            factor_id: ``factorId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_factor",
            (factor_id,),
            call_options,
        )

    def list_enrolled_factors(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[FactorDto]:
        """``GET /api/v3/list-enrolled-factors`` -> ``list[FactorDto]``.

        Official python name, Node ``listEnrolledFactors``; area ``mfa``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_enrolled_factors",
            (),
            call_options,
        )

    def list_factors_to_enroll(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[FactorToEnrollDto]:
        """``GET /api/v3/list-factors-to-enroll`` -> ``list[FactorToEnrollDto]``.

        Official python name, Node ``listFactorsToEnroll``; area ``mfa``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_factors_to_enroll",
            (),
            call_options,
        )

    def mfa_otp_verify(
        self,
        totp: str,
        **call_options: Unpack[CallOptions],
    ) -> OtpVerityRespDto:
        """``POST /api/v3/mfa-totp-verify`` -> ``OtpVerityRespDto``.

        Official python name, Node ``mfaOtpVerify``; area ``mfa``.

        Parameters (name: wire name, location):
            totp: ``totp``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "mfa_otp_verify",
            (totp,),
            call_options,
        )

    def reset_factor(
        self,
        factor_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/reset-factor`` -> ``None``.

        Official python name, Node ``resetFactor``; area ``mfa``.

        Parameters (name: wire name, location):
            factor_id: ``factorId``, json, required
        """
        self._run_method(
            "reset_factor",
            (factor_id,),
            call_options,
        )

    def send_enroll_factor_request(
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
        return self._run_method(  # type: ignore[no-any-return]
            "send_enroll_factor_request",
            (
                profile,
                factor_type,
            ),
            call_options,
        )

    def verify_mfa_token(
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
        return self._run_method(  # type: ignore[no-any-return]
            "verify_mfa_token",
            (token,),
            call_options,
        )
