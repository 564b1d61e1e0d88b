# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official authentication methods, area ``mfa``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import AuthenticationClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class MfaMixin(_SyncCompatBase[_Typed]):
    """Official authentication methods, area ``mfa``: the official answers."""

    __slots__ = ()

    def enroll_factor(
        self,
        enrollment_data: Any,
        enrollment_token: Any,
        factor_type: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``enroll_factor``: ``POST /api/v3/enroll-factor``, the whole answer."""
        return self._call("enroll_factor", (enrollment_data, enrollment_token, factor_type), {**call_options})  # type: ignore[no-any-return]

    def get_factor(
        self,
        factor_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_factor``: ``GET /api/v3/get-factor``, the whole answer."""
        return self._call("get_factor", (factor_id,), {**call_options})  # type: ignore[no-any-return]

    def list_enrolled_factors(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_enrolled_factors``: ``GET /api/v3/list-enrolled-factors``, the whole answer."""
        return self._call("list_enrolled_factors", (), {**call_options})  # type: ignore[no-any-return]

    def list_factors_to_enroll(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_factors_to_enroll``: ``GET /api/v3/list-factors-to-enroll``, the whole answer."""
        return self._call("list_factors_to_enroll", (), {**call_options})  # type: ignore[no-any-return]

    def mfa_otp_verify(
        self,
        totp: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``mfa_otp_verify``: ``POST /api/v3/mfa-totp-verify``, the whole answer."""
        return self._call("mfa_otp_verify", (totp,), {**call_options})  # type: ignore[no-any-return]

    def reset_factor(
        self,
        factor_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``reset_factor``: ``POST /api/v3/reset-factor``, the whole answer."""
        return self._call("reset_factor", (factor_id,), {**call_options})  # type: ignore[no-any-return]

    def send_enroll_factor_request(
        self,
        profile: Any,
        factor_type: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``send_enroll_factor_request``: ``POST /api/v3/send-enroll-factor-request``, the whole answer."""
        return self._call("send_enroll_factor_request", (profile, factor_type), {**call_options})  # type: ignore[no-any-return]

    def verify_mfa_token(
        self,
        token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_mfa_token``: ``POST /mfa/token/introspection``, the whole answer."""
        return self._call("verify_mfa_token", (token,), {**call_options})  # type: ignore[no-any-return]
