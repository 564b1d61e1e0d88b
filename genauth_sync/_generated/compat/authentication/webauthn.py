# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official authentication methods, area ``webauthn``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import AuthenticationClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class WebauthnMixin(_SyncCompatBase[_Typed]):
    """Official authentication methods, area ``webauthn``: the official answers."""

    __slots__ = ()

    def check_valid_credentials_by_cred_ids(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_valid_credentials_by_cred_ids``: ``POST /api/v3/webauthn/check-valid-credentials-by-credIds``, the whole answer."""
        return self._call("check_valid_credentials_by_cred_ids", (), {**call_options})  # type: ignore[no-any-return]

    def init_authentication_options(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``init_authentication_options``: ``GET /api/v3/webauthn/authentication``, the whole answer."""
        return self._call("init_authentication_options", (), {**call_options})  # type: ignore[no-any-return]

    def init_register_options(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``init_register_options``: ``GET /api/v3/webauthn/registration``, the whole answer."""
        return self._call("init_register_options", (), {**call_options})  # type: ignore[no-any-return]

    def list_credentials_by_page(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_credentials_by_page``: ``POST /api/v3/webauthn/page-authenticator-device``, the whole answer."""
        return self._call("list_credentials_by_page", (), {**call_options})  # type: ignore[no-any-return]

    def remove_all_credentials(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_all_credentials``: ``POST /api/v3/webauthn/remove-credentials-by-authenticator-code``, the whole answer."""
        return self._call("remove_all_credentials", (), {**call_options})  # type: ignore[no-any-return]

    def remove_credential(
        self,
        credential_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_credential``: ``POST /api/v3/webauthn/remove-credential/{credentialID}``, the whole answer."""
        return self._call("remove_credential", (credential_id,), {**call_options})  # type: ignore[no-any-return]

    def verify_authentication(
        self,
        ticket: Any,
        authentication_credential: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_authentication``: ``POST /api/v3/webauthn/authentication``, the whole answer."""
        return self._call("verify_authentication", (ticket, authentication_credential, options), {**call_options})  # type: ignore[no-any-return]

    def verify_register(
        self,
        ticket: Any,
        registration_credential: Any,
        authenticator_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_register``: ``POST /api/v3/webauthn/registration``, the whole answer."""
        return self._call("verify_register", (ticket, registration_credential, authenticator_code), {**call_options})  # type: ignore[no-any-return]
