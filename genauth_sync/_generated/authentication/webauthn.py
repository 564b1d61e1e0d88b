# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Authentication API endpoints, area ``webauthn`` (sync facade)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import AuthenticationClient as _AsyncAuthenticationClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.types import JsonValue
    from genauth_async.models import (
        AuthenticationCredentialDto, AuthenticationOptionsDto, IsSuccessDto,
        ListWebAuthnAuthenticatorDeviceDataDto, RegistrationCredentialDto, RegistrationOptionsDto,
        SignInByWebAuthnOptionsDto, VerifyAuthenticationResultDto,
        VerifyRegistrationDtoAuthenticatorCode, VerifyRegistrationResultDto,
    )


class WebauthnMixin(_SyncClient["_AsyncAuthenticationClient"]):
    """Authentication API, area ``webauthn``: 22 endpoints."""

    def check_valid_credentials_by_cred_ids(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[JsonValue]:
        """``POST /api/v3/webauthn/check-valid-credentials-by-credIds`` -> ``list[JsonValue]``.

        Official python name, Node ``checkValidCredentialsByCredIds``; area ``webauthn``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "check_valid_credentials_by_cred_ids",
            (),
            call_options,
        )

    def delete_web_authn_admin_credential(
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
        return self._run_method(  # type: ignore[no-any-return]
            "delete_web_authn_admin_credential",
            (
                credential_id,
                user_id,
                app_id,
            ),
            call_options,
        )

    def delete_web_authn_credential(
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
        return self._run_method(  # type: ignore[no-any-return]
            "delete_web_authn_credential",
            (credential_id,),
            call_options,
        )

    def init_authentication_options(
        self,
        **call_options: Unpack[CallOptions],
    ) -> AuthenticationOptionsDto:
        """``GET /api/v3/webauthn/authentication`` -> ``AuthenticationOptionsDto``.

        Official python name, Node ``initAuthenticationOptions``; area ``webauthn``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "init_authentication_options",
            (),
            call_options,
        )

    def init_register_options(
        self,
        **call_options: Unpack[CallOptions],
    ) -> RegistrationOptionsDto:
        """``GET /api/v3/webauthn/registration`` -> ``RegistrationOptionsDto``.

        Official python name, Node ``initRegisterOptions``; area ``webauthn``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "init_register_options",
            (),
            call_options,
        )

    def list_credentials_by_page(
        self,
        **call_options: Unpack[CallOptions],
    ) -> ListWebAuthnAuthenticatorDeviceDataDto:
        """``POST /api/v3/webauthn/page-authenticator-device`` -> ``ListWebAuthnAuthenticatorDeviceDataDto``.

        Official python name, Node ``listCredentialsByPage``; area ``webauthn``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_credentials_by_page",
            (),
            call_options,
        )

    def list_web_authn_credentials(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_web_authn_credentials",
            (
                page,
                limit,
            ),
            call_options,
        )

    def list_web_authn_person_credentials(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_web_authn_person_credentials",
            (
                user_id,
                page,
                limit,
                app_id,
            ),
            call_options,
        )

    def remove_all_credentials(
        self,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/webauthn/remove-credentials-by-authenticator-code`` -> ``IsSuccessDto``.

        Official python name, Node ``removeAllCredentials``; area ``webauthn``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "remove_all_credentials",
            (),
            call_options,
        )

    def remove_credential(
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
        return self._run_method(  # type: ignore[no-any-return]
            "remove_credential",
            (credential_id,),
            call_options,
        )

    def update_web_authn_admin_credential(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_web_authn_admin_credential",
            (
                credential_id,
                name,
            ),
            call_options,
        )

    def update_web_authn_credential(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_web_authn_credential",
            (
                credential_id,
                name,
            ),
            call_options,
        )

    def verify_authentication(
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
        return self._run_method(  # type: ignore[no-any-return]
            "verify_authentication",
            (
                ticket,
                authentication_credential,
                options,
            ),
            call_options,
        )

    def verify_register(
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
        return self._run_method(  # type: ignore[no-any-return]
            "verify_register",
            (
                ticket,
                registration_credential,
                authenticator_code,
            ),
            call_options,
        )

    def web_authn_admin_initialize(
        self,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/webauthn/admin/initialize`` -> ``JsonValue``.

        Node-only endpoint, Node ``webAuthnAdminInitialize``; area ``webauthn``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "web_authn_admin_initialize",
            (),
            call_options,
        )

    def web_authn_admin_register_finalize(
        self,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/webauthn/admin/registration/finalize`` -> ``JsonValue``.

        Node-only endpoint, Node ``webAuthnAdminRegisterFinalize``; area ``webauthn``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "web_authn_admin_register_finalize",
            (),
            call_options,
        )

    def web_authn_login_finalize(
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
        return self._run_method(  # type: ignore[no-any-return]
            "web_authn_login_finalize",
            (
                ticket,
                credential,
                options,
            ),
            call_options,
        )

    def web_authn_login_initalize(
        self,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/webauthn/login/initialize`` -> ``JsonValue``.

        Node-only endpoint, Node ``webAuthnLoginInitalize``; area ``webauthn``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "web_authn_login_initalize",
            (),
            call_options,
        )

    def web_authn_login_initialize(
        self,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/webauthn/login/initialize`` -> ``JsonValue``.

        Correctly spelled alias of ``web_authn_login_initalize`` (same endpoint).
        """
        return self._run_method(  # type: ignore[no-any-return]
            "web_authn_login_initialize",
            (),
            call_options,
        )

    def web_authn_mfa_bind_initialize(
        self,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/webauthn/mfa-bind/initialize`` -> ``JsonValue``.

        Node-only endpoint, Node ``webAuthnMfaBindInitialize``; area ``webauthn``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "web_authn_mfa_bind_initialize",
            (),
            call_options,
        )

    def web_authn_mfa_verify_initalize(
        self,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/webauthn/mfa-verify/initialize`` -> ``JsonValue``.

        Node-only endpoint, Node ``webAuthnMfaVerifyInitalize``; area ``webauthn``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "web_authn_mfa_verify_initalize",
            (),
            call_options,
        )

    def web_authn_mfa_verify_initialize(
        self,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/webauthn/mfa-verify/initialize`` -> ``JsonValue``.

        Correctly spelled alias of ``web_authn_mfa_verify_initalize`` (same endpoint).
        """
        return self._run_method(  # type: ignore[no-any-return]
            "web_authn_mfa_verify_initialize",
            (),
            call_options,
        )

    def web_authn_register_finalize(
        self,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/webauthn/registration/finalize`` -> ``JsonValue``.

        Node-only endpoint, Node ``webAuthnRegisterFinalize``; area ``webauthn``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "web_authn_register_finalize",
            (),
            call_options,
        )

    def web_authn_register_initalize(
        self,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/webauthn/registration/initialize`` -> ``JsonValue``.

        Node-only endpoint, Node ``webAuthnRegisterInitalize``; area ``webauthn``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "web_authn_register_initalize",
            (),
            call_options,
        )

    def web_authn_register_initialize(
        self,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/webauthn/registration/initialize`` -> ``JsonValue``.

        Correctly spelled alias of ``web_authn_register_initalize`` (same endpoint).
        """
        return self._run_method(  # type: ignore[no-any-return]
            "web_authn_register_initialize",
            (),
            call_options,
        )
