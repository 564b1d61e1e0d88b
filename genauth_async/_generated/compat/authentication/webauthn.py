# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official authentication methods, area ``webauthn``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import AuthenticationClient as _Typed
from genauth_async._generated.authentication.webauthn import (
    _EP_CHECK_VALID_CREDENTIALS_BY_CRED_IDS,
    _EP_INIT_AUTHENTICATION_OPTIONS,
    _EP_INIT_REGISTER_OPTIONS,
    _EP_LIST_CREDENTIALS_BY_PAGE,
    _EP_REMOVE_ALL_CREDENTIALS,
    _EP_REMOVE_CREDENTIAL,
    _EP_VERIFY_AUTHENTICATION,
    _EP_VERIFY_REGISTER,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class WebauthnMixin(_CompatBase[_Typed]):
    """Official authentication methods, area ``webauthn``: the official answers."""

    __slots__ = ()

    async def check_valid_credentials_by_cred_ids(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_valid_credentials_by_cred_ids``: ``POST /api/v3/webauthn/check-valid-credentials-by-credIds``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CHECK_VALID_CREDENTIALS_BY_CRED_IDS, (), None, _request_options(call_options),
        )

    async def init_authentication_options(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``init_authentication_options``: ``GET /api/v3/webauthn/authentication``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_INIT_AUTHENTICATION_OPTIONS, (), None, _request_options(call_options),
        )

    async def init_register_options(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``init_register_options``: ``GET /api/v3/webauthn/registration``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_INIT_REGISTER_OPTIONS, (), None, _request_options(call_options),
        )

    async def list_credentials_by_page(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_credentials_by_page``: ``POST /api/v3/webauthn/page-authenticator-device``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_CREDENTIALS_BY_PAGE, (), None, _request_options(call_options),
        )

    async def remove_all_credentials(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_all_credentials``: ``POST /api/v3/webauthn/remove-credentials-by-authenticator-code``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_REMOVE_ALL_CREDENTIALS, (), None, _request_options(call_options),
        )

    async def remove_credential(
        self,
        credential_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_credential``: ``POST /api/v3/webauthn/remove-credential/{credentialID}``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_REMOVE_CREDENTIAL, (credential_id,), None, _request_options(call_options),
        )

    async def verify_authentication(
        self,
        ticket: Any,
        authentication_credential: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_authentication``: ``POST /api/v3/webauthn/authentication``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_VERIFY_AUTHENTICATION, (ticket, authentication_credential, options), None, _request_options(call_options),
        )

    async def verify_register(
        self,
        ticket: Any,
        registration_credential: Any,
        authenticator_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_register``: ``POST /api/v3/webauthn/registration``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_VERIFY_REGISTER, (ticket, registration_credential, authenticator_code), None, _request_options(call_options),
        )
