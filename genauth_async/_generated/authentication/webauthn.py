# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Authentication API endpoints, area ``webauthn``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.types import JsonValue
    from genauth_async.models import (
        AuthenticationCredentialDto, AuthenticationOptionsDto, IsSuccessDto,
        ListWebAuthnAuthenticatorDeviceDataDto, RegistrationCredentialDto, RegistrationOptionsDto,
        SignInByWebAuthnOptionsDto, VerifyAuthenticationResultDto,
        VerifyRegistrationDtoAuthenticatorCode, VerifyRegistrationResultDto,
    )

_EP_CHECK_VALID_CREDENTIALS_BY_CRED_IDS = Endpoint(
    "check_valid_credentials_by_cred_ids",
    "POST",
    "/api/v3/webauthn/check-valid-credentials-by-credIds",
    (),
    idempotent=False,
)

_EP_DELETE_WEB_AUTHN_ADMIN_CREDENTIAL = Endpoint(
    "delete_web_authn_admin_credential",
    "DELETE",
    "/api/v3/webauthn/admin/credentials/{credentialId}/{userId}/{appId}",
    (
        Param("credential_id", "credentialId", "path", True, "str"),
        Param("user_id", "userId", "path", True, "str"),
        Param("app_id", "appId", "path", True, "str"),
    ),
    idempotent=True,
)

_EP_DELETE_WEB_AUTHN_CREDENTIAL = Endpoint(
    "delete_web_authn_credential",
    "DELETE",
    "/api/v3/webauthn/credentials/{credentialId}",
    (
        Param("credential_id", "credentialId", "path", True, "str"),
    ),
    idempotent=True,
)

_EP_INIT_AUTHENTICATION_OPTIONS = Endpoint(
    "init_authentication_options",
    "GET",
    "/api/v3/webauthn/authentication",
    (),
    idempotent=True,
)

_EP_INIT_REGISTER_OPTIONS = Endpoint(
    "init_register_options",
    "GET",
    "/api/v3/webauthn/registration",
    (),
    idempotent=True,
)

_EP_LIST_CREDENTIALS_BY_PAGE = Endpoint(
    "list_credentials_by_page",
    "POST",
    "/api/v3/webauthn/page-authenticator-device",
    (),
    idempotent=False,
)

_EP_LIST_WEB_AUTHN_CREDENTIALS = Endpoint(
    "list_web_authn_credentials",
    "GET",
    "/api/v3/webauthn/credentials",
    (
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
    ),
    idempotent=True,
)

_EP_LIST_WEB_AUTHN_PERSON_CREDENTIALS = Endpoint(
    "list_web_authn_person_credentials",
    "GET",
    "/api/v3/webauthn/person/credentials",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("app_id", "appId", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_REMOVE_ALL_CREDENTIALS = Endpoint(
    "remove_all_credentials",
    "POST",
    "/api/v3/webauthn/remove-credentials-by-authenticator-code",
    (),
    idempotent=False,
)

_EP_REMOVE_CREDENTIAL = Endpoint(
    "remove_credential",
    "POST",
    "/api/v3/webauthn/remove-credential/{credentialID}",
    (
        Param("credential_id", "credentialID", "path", True, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_WEB_AUTHN_ADMIN_CREDENTIAL = Endpoint(
    "update_web_authn_admin_credential",
    "PUT",
    "/api/v3/webauthn/admin/credentials/{credentialId}",
    (
        Param("credential_id", "credentialId", "path", True, "str"),
        Param("name", "name", "json", True, "str"),
    ),
    idempotent=True,
)

_EP_UPDATE_WEB_AUTHN_CREDENTIAL = Endpoint(
    "update_web_authn_credential",
    "PUT",
    "/api/v3/webauthn/credentials/{credentialId}",
    (
        Param("credential_id", "credentialId", "path", True, "str"),
        Param("name", "name", "json", True, "str"),
    ),
    idempotent=True,
)

_EP_VERIFY_AUTHENTICATION = Endpoint(
    "verify_authentication",
    "POST",
    "/api/v3/webauthn/authentication",
    (
        Param("ticket", "ticket", "json", True, "str"),
        Param("authentication_credential", "authenticationCredential", "json", True, "dict"),
        Param("options", "options", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_VERIFY_REGISTER = Endpoint(
    "verify_register",
    "POST",
    "/api/v3/webauthn/registration",
    (
        Param("ticket", "ticket", "json", True, "str"),
        Param("registration_credential", "registrationCredential", "json", True, "dict"),
        Param("authenticator_code", "authenticatorCode", "json", False, "str", "any", ("fingerprint", "face", "other")),
    ),
    idempotent=False,
)

_EP_WEB_AUTHN_ADMIN_INITIALIZE = Endpoint(
    "web_authn_admin_initialize",
    "POST",
    "/api/v3/webauthn/admin/initialize",
    (),
    idempotent=False,
)

_EP_WEB_AUTHN_ADMIN_REGISTER_FINALIZE = Endpoint(
    "web_authn_admin_register_finalize",
    "POST",
    "/api/v3/webauthn/admin/registration/finalize",
    (),
    idempotent=False,
)

_EP_WEB_AUTHN_LOGIN_FINALIZE = Endpoint(
    "web_authn_login_finalize",
    "POST",
    "/api/v3/webauthn/login/finalize",
    (
        Param("ticket", "ticket", "json", True, "str"),
        Param("credential", "credential", "json", True, "dict"),
        Param("options", "options", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_WEB_AUTHN_LOGIN_INITALIZE = Endpoint(
    "web_authn_login_initalize",
    "POST",
    "/api/v3/webauthn/login/initialize",
    (),
    idempotent=False,
)

_EP_WEB_AUTHN_MFA_BIND_INITIALIZE = Endpoint(
    "web_authn_mfa_bind_initialize",
    "POST",
    "/api/v3/webauthn/mfa-bind/initialize",
    (),
    idempotent=False,
)

_EP_WEB_AUTHN_MFA_VERIFY_INITALIZE = Endpoint(
    "web_authn_mfa_verify_initalize",
    "POST",
    "/api/v3/webauthn/mfa-verify/initialize",
    (),
    idempotent=False,
)

_EP_WEB_AUTHN_REGISTER_FINALIZE = Endpoint(
    "web_authn_register_finalize",
    "POST",
    "/api/v3/webauthn/registration/finalize",
    (),
    idempotent=False,
)

_EP_WEB_AUTHN_REGISTER_INITALIZE = Endpoint(
    "web_authn_register_initalize",
    "POST",
    "/api/v3/webauthn/registration/initialize",
    (),
    idempotent=False,
)


class WebauthnMixin(_Caller):
    """Authentication API, area ``webauthn``: 22 endpoints."""

    __slots__ = ()

    async def check_valid_credentials_by_cred_ids(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[JsonValue]:
        """``POST /api/v3/webauthn/check-valid-credentials-by-credIds`` -> ``list[JsonValue]``.

        Official python name, Node ``checkValidCredentialsByCredIds``; area ``webauthn``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CHECK_VALID_CREDENTIALS_BY_CRED_IDS,
            (),
            "list[Any]",
            _request_options(call_options),
        )

    async def delete_web_authn_admin_credential(
        self,
        credential_id: str,
        user_id: str,
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``DELETE /api/v3/webauthn/admin/credentials/{credentialId}/{userId}/{appId}`` -> ``JsonValue``.

        Node-only endpoint, Node ``deleteWebAuthnAdminCredential``; area ``webauthn``.

        Parameters (name: wire name, location):
            credential_id: ``credentialId``, path, required
            user_id: ``userId``, path, required
            app_id: ``appId``, path, required

        Correction: Node sends a literal {credentialId} in the path; 'credentialId' fills the path parameter

        Correction: Node sends a literal {userId} in the path; 'userId' fills the path parameter

        Correction: Node sends a literal {appId} in the path; 'appId' fills the path parameter
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_WEB_AUTHN_ADMIN_CREDENTIAL,
            (
                credential_id,
                user_id,
                app_id,
            ),
            "Any",
            _request_options(call_options),
        )

    async def delete_web_authn_credential(
        self,
        credential_id: str,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``DELETE /api/v3/webauthn/credentials/{credentialId}`` -> ``JsonValue``.

        Node-only endpoint, Node ``deleteWebAuthnCredential``; area ``webauthn``.

        Parameters (name: wire name, location):
            credential_id: ``credentialId``, path, required

        Correction: Node sends a literal {credentialId} in the path; 'credentialId' fills the path parameter
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_WEB_AUTHN_CREDENTIAL,
            (credential_id,),
            "Any",
            _request_options(call_options),
        )

    async def init_authentication_options(
        self,
        **call_options: Unpack[CallOptions],
    ) -> AuthenticationOptionsDto:
        """``GET /api/v3/webauthn/authentication`` -> ``AuthenticationOptionsDto``.

        Official python name, Node ``initAuthenticationOptions``; area ``webauthn``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_INIT_AUTHENTICATION_OPTIONS,
            (),
            "AuthenticationOptionsDto",
            _request_options(call_options),
        )

    async def init_register_options(
        self,
        **call_options: Unpack[CallOptions],
    ) -> RegistrationOptionsDto:
        """``GET /api/v3/webauthn/registration`` -> ``RegistrationOptionsDto``.

        Official python name, Node ``initRegisterOptions``; area ``webauthn``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_INIT_REGISTER_OPTIONS,
            (),
            "RegistrationOptionsDto",
            _request_options(call_options),
        )

    async def list_credentials_by_page(
        self,
        **call_options: Unpack[CallOptions],
    ) -> ListWebAuthnAuthenticatorDeviceDataDto:
        """``POST /api/v3/webauthn/page-authenticator-device`` -> ``ListWebAuthnAuthenticatorDeviceDataDto``.

        Official python name, Node ``listCredentialsByPage``; area ``webauthn``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_CREDENTIALS_BY_PAGE,
            (),
            "ListWebAuthnAuthenticatorDeviceDataDto",
            _request_options(call_options),
        )

    async def list_web_authn_credentials(
        self,
        page: int | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``GET /api/v3/webauthn/credentials`` -> ``JsonValue``.

        Node-only endpoint, Node ``listWebAuthnCredentials``; area ``webauthn``.

        Parameters (name: wire name, location):
            page: ``page``, query
            limit: ``limit``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_WEB_AUTHN_CREDENTIALS,
            (
                page,
                limit,
            ),
            "Any",
            _request_options(call_options),
        )

    async def list_web_authn_person_credentials(
        self,
        user_id: str,
        page: int | None = None,
        limit: int | None = None,
        app_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``GET /api/v3/webauthn/person/credentials`` -> ``JsonValue``.

        Node-only endpoint, Node ``listWebAuthnPersonCredentials``; area ``webauthn``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            page: ``page``, query
            limit: ``limit``, query
            app_id: ``appId``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_WEB_AUTHN_PERSON_CREDENTIALS,
            (
                user_id,
                page,
                limit,
                app_id,
            ),
            "Any",
            _request_options(call_options),
        )

    async def remove_all_credentials(
        self,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/webauthn/remove-credentials-by-authenticator-code`` -> ``IsSuccessDto``.

        Official python name, Node ``removeAllCredentials``; area ``webauthn``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REMOVE_ALL_CREDENTIALS,
            (),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def remove_credential(
        self,
        credential_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/webauthn/remove-credential/{credentialID}`` -> ``IsSuccessDto``.

        Official python name, Node ``removeCredential``; area ``webauthn``.

        Parameters (name: wire name, location):
            credential_id: ``credentialID``, path, required

        Correction: the official path holds a literal {credentialID} and no argument fills it; added the path parameter 'credential_id' (last in the signature)
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REMOVE_CREDENTIAL,
            (credential_id,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_web_authn_admin_credential(
        self,
        credential_id: str,
        name: str,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``PUT /api/v3/webauthn/admin/credentials/{credentialId}`` -> ``JsonValue``.

        Node-only endpoint, Node ``updateWebAuthnAdminCredential``; area ``webauthn``.

        Parameters (name: wire name, location):
            credential_id: ``credentialId``, path, required
            name: ``name``, json, required

        Correction: Node sends a literal {credentialId} in the path; 'credentialId' fills the path parameter
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_WEB_AUTHN_ADMIN_CREDENTIAL,
            (
                credential_id,
                name,
            ),
            "Any",
            _request_options(call_options),
        )

    async def update_web_authn_credential(
        self,
        credential_id: str,
        name: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``PUT /api/v3/webauthn/credentials/{credentialId}`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``updateWebAuthnCredential``; area ``webauthn``.

        Parameters (name: wire name, location):
            credential_id: ``credentialId``, path, required
            name: ``name``, json, required

        Correction: Node sends a literal {credentialId} in the path; 'credentialId' fills the path parameter
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_WEB_AUTHN_CREDENTIAL,
            (
                credential_id,
                name,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def verify_authentication(
        self,
        ticket: str,
        authentication_credential: AuthenticationCredentialDto | Mapping[str, Any],
        options: SignInByWebAuthnOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> VerifyAuthenticationResultDto:
        """``POST /api/v3/webauthn/authentication`` -> ``VerifyAuthenticationResultDto``.

        Official python name, Node ``verifyAuthentication``; area ``webauthn``.

        Parameters (name: wire name, location):
            ticket: ``ticket``, json, required
            authentication_credential: ``authenticationCredential``, json, required
            options: ``options``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_VERIFY_AUTHENTICATION,
            (
                ticket,
                authentication_credential,
                options,
            ),
            "VerifyAuthenticationResultDto",
            _request_options(call_options),
        )

    async def verify_register(
        self,
        ticket: str,
        registration_credential: RegistrationCredentialDto | Mapping[str, Any],
        authenticator_code: VerifyRegistrationDtoAuthenticatorCode | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> VerifyRegistrationResultDto:
        """``POST /api/v3/webauthn/registration`` -> ``VerifyRegistrationResultDto``.

        Official python name, Node ``verifyRegister``; area ``webauthn``.

        Parameters (name: wire name, location):
            ticket: ``ticket``, json, required
            registration_credential: ``registrationCredential``, json, required
            authenticator_code: ``authenticatorCode``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_VERIFY_REGISTER,
            (
                ticket,
                registration_credential,
                authenticator_code,
            ),
            "VerifyRegistrationResultDto",
            _request_options(call_options),
        )

    async def web_authn_admin_initialize(
        self,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/webauthn/admin/initialize`` -> ``JsonValue``.

        Node-only endpoint, Node ``webAuthnAdminInitialize``; area ``webauthn``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_WEB_AUTHN_ADMIN_INITIALIZE,
            (),
            "Any",
            _request_options(call_options),
        )

    async def web_authn_admin_register_finalize(
        self,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/webauthn/admin/registration/finalize`` -> ``JsonValue``.

        Node-only endpoint, Node ``webAuthnAdminRegisterFinalize``; area ``webauthn``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_WEB_AUTHN_ADMIN_REGISTER_FINALIZE,
            (),
            "Any",
            _request_options(call_options),
        )

    async def web_authn_login_finalize(
        self,
        ticket: str,
        credential: AuthenticationCredentialDto | Mapping[str, Any],
        options: SignInByWebAuthnOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/webauthn/login/finalize`` -> ``JsonValue``.

        Node-only endpoint, Node ``webAuthnLoginFinalize``; area ``webauthn``.

        Parameters (name: wire name, location):
            ticket: ``ticket``, json, required
            credential: ``credential``, json, required
            options: ``options``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_WEB_AUTHN_LOGIN_FINALIZE,
            (
                ticket,
                credential,
                options,
            ),
            "Any",
            _request_options(call_options),
        )

    async def web_authn_login_initalize(
        self,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/webauthn/login/initialize`` -> ``JsonValue``.

        Node-only endpoint, Node ``webAuthnLoginInitalize``; area ``webauthn``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_WEB_AUTHN_LOGIN_INITALIZE,
            (),
            "Any",
            _request_options(call_options),
        )

    async def web_authn_login_initialize(
        self,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/webauthn/login/initialize`` -> ``JsonValue``.

        Correctly spelled alias of ``web_authn_login_initalize`` (same endpoint).
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_WEB_AUTHN_LOGIN_INITALIZE,
            (),
            "Any",
            _request_options(call_options),
        )

    async def web_authn_mfa_bind_initialize(
        self,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/webauthn/mfa-bind/initialize`` -> ``JsonValue``.

        Node-only endpoint, Node ``webAuthnMfaBindInitialize``; area ``webauthn``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_WEB_AUTHN_MFA_BIND_INITIALIZE,
            (),
            "Any",
            _request_options(call_options),
        )

    async def web_authn_mfa_verify_initalize(
        self,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/webauthn/mfa-verify/initialize`` -> ``JsonValue``.

        Node-only endpoint, Node ``webAuthnMfaVerifyInitalize``; area ``webauthn``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_WEB_AUTHN_MFA_VERIFY_INITALIZE,
            (),
            "Any",
            _request_options(call_options),
        )

    async def web_authn_mfa_verify_initialize(
        self,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/webauthn/mfa-verify/initialize`` -> ``JsonValue``.

        Correctly spelled alias of ``web_authn_mfa_verify_initalize`` (same endpoint).
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_WEB_AUTHN_MFA_VERIFY_INITALIZE,
            (),
            "Any",
            _request_options(call_options),
        )

    async def web_authn_register_finalize(
        self,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/webauthn/registration/finalize`` -> ``JsonValue``.

        Node-only endpoint, Node ``webAuthnRegisterFinalize``; area ``webauthn``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_WEB_AUTHN_REGISTER_FINALIZE,
            (),
            "Any",
            _request_options(call_options),
        )

    async def web_authn_register_initalize(
        self,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/webauthn/registration/initialize`` -> ``JsonValue``.

        Node-only endpoint, Node ``webAuthnRegisterInitalize``; area ``webauthn``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_WEB_AUTHN_REGISTER_INITALIZE,
            (),
            "Any",
            _request_options(call_options),
        )

    async def web_authn_register_initialize(
        self,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/webauthn/registration/initialize`` -> ``JsonValue``.

        Correctly spelled alias of ``web_authn_register_initalize`` (same endpoint).
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_WEB_AUTHN_REGISTER_INITALIZE,
            (),
            "Any",
            _request_options(call_options),
        )
