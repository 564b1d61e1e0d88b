# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official authentication methods, area ``mfa``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import AuthenticationClient as _Typed
from genauth_async._generated.authentication.mfa import (
    _EP_ENROLL_FACTOR,
    _EP_GET_FACTOR,
    _EP_LIST_ENROLLED_FACTORS,
    _EP_LIST_FACTORS_TO_ENROLL,
    _EP_MFA_OTP_VERIFY,
    _EP_RESET_FACTOR,
    _EP_SEND_ENROLL_FACTOR_REQUEST,
    _EP_VERIFY_MFA_TOKEN,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class MfaMixin(_CompatBase[_Typed]):
    """Official authentication methods, area ``mfa``: the official answers."""

    __slots__ = ()

    async def enroll_factor(
        self,
        enrollment_data: Any,
        enrollment_token: Any,
        factor_type: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``enroll_factor``: ``POST /api/v3/enroll-factor``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_ENROLL_FACTOR, (enrollment_data, enrollment_token, factor_type), None, _request_options(call_options),
        )

    async def get_factor(
        self,
        factor_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_factor``: ``GET /api/v3/get-factor``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_FACTOR, (factor_id,), None, _request_options(call_options),
        )

    async def list_enrolled_factors(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_enrolled_factors``: ``GET /api/v3/list-enrolled-factors``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_ENROLLED_FACTORS, (), None, _request_options(call_options),
        )

    async def list_factors_to_enroll(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_factors_to_enroll``: ``GET /api/v3/list-factors-to-enroll``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_FACTORS_TO_ENROLL, (), None, _request_options(call_options),
        )

    async def mfa_otp_verify(
        self,
        totp: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``mfa_otp_verify``: ``POST /api/v3/mfa-totp-verify``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_MFA_OTP_VERIFY, (totp,), None, _request_options(call_options),
        )

    async def reset_factor(
        self,
        factor_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``reset_factor``: ``POST /api/v3/reset-factor``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_RESET_FACTOR, (factor_id,), None, _request_options(call_options),
        )

    async def send_enroll_factor_request(
        self,
        profile: Any,
        factor_type: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``send_enroll_factor_request``: ``POST /api/v3/send-enroll-factor-request``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_SEND_ENROLL_FACTOR_REQUEST, (profile, factor_type), None, _request_options(call_options),
        )

    async def verify_mfa_token(
        self,
        token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_mfa_token``: ``POST /mfa/token/introspection``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_VERIFY_MFA_TOKEN, (token,), None, _request_options(call_options),
        )
