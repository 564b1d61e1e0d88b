# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""The sync clients: every generated endpoint mixin on the portal-owning base class."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Literal, TYPE_CHECKING

from genauth_sync._generated.raw import SyncAuthenticationWithRawResponse, SyncManagementWithRawResponse
from genauth_sync._portal import SyncClient
from genauth_sync._subscribe import deliver as _deliver
from genauth_sync._generated.management.applications import ApplicationsMixin as _MApplicationsMixin
from genauth_sync._generated.management.approvals import ApprovalsMixin as _MApprovalsMixin
from genauth_sync._generated.management.asa_accounts import AsaAccountsMixin as _MAsaAccountsMixin
from genauth_sync._generated.management.audit_logs import AuditLogsMixin as _MAuditLogsMixin
from genauth_sync._generated.management.billing import BillingMixin as _MBillingMixin
from genauth_sync._generated.management.data_permissions import DataPermissionsMixin as _MDataPermissionsMixin
from genauth_sync._generated.management.devices import DevicesMixin as _MDevicesMixin
from genauth_sync._generated.management.events import EventsMixin as _MEventsMixin
from genauth_sync._generated.management.groups import GroupsMixin as _MGroupsMixin
from genauth_sync._generated.management.identity_sources import IdentitySourcesMixin as _MIdentitySourcesMixin
from genauth_sync._generated.management.invitations import InvitationsMixin as _MInvitationsMixin
from genauth_sync._generated.management.messages import MessagesMixin as _MMessagesMixin
from genauth_sync._generated.management.metadata import MetadataMixin as _MMetadataMixin
from genauth_sync._generated.management.mfa import MfaMixin as _MMfaMixin
from genauth_sync._generated.management.namespaces import NamespacesMixin as _MNamespacesMixin
from genauth_sync._generated.management.organizations import OrganizationsMixin as _MOrganizationsMixin
from genauth_sync._generated.management.pipelines import PipelinesMixin as _MPipelinesMixin
from genauth_sync._generated.management.public_accounts import PublicAccountsMixin as _MPublicAccountsMixin
from genauth_sync._generated.management.resources import ResourcesMixin as _MResourcesMixin
from genauth_sync._generated.management.roles import RolesMixin as _MRolesMixin
from genauth_sync._generated.management.security import SecurityMixin as _MSecurityMixin
from genauth_sync._generated.management.sync import SyncMixin as _MSyncMixin
from genauth_sync._generated.management.tenants import TenantsMixin as _MTenantsMixin
from genauth_sync._generated.management.users import UsersMixin as _MUsersMixin
from genauth_sync._generated.management.webhooks import WebhooksMixin as _MWebhooksMixin
from genauth_sync._generated.authentication.access import AccessMixin as _AAccessMixin
from genauth_sync._generated.authentication.identity_sources import IdentitySourcesMixin as _AIdentitySourcesMixin
from genauth_sync._generated.authentication.invitations import InvitationsMixin as _AInvitationsMixin
from genauth_sync._generated.authentication.mfa import MfaMixin as _AMfaMixin
from genauth_sync._generated.authentication.profile import ProfileMixin as _AProfileMixin
from genauth_sync._generated.authentication.sign_in import SignInMixin as _ASignInMixin
from genauth_sync._generated.authentication.webauthn import WebauthnMixin as _AWebauthnMixin

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._generated.clients import AuthenticationClient as _AsyncAuthenticationClient  # noqa: F401
    from genauth_async._auth import ManagementToken
    from genauth_async._checks import VerifyTypes
    from genauth_async._hooks import RequestHook, ResponseHook
    from genauth_async._options import CallOptions, Unpack
    from genauth_async._retry import RetryPolicy
    from genauth_async.models import LoginTokenResponseDataDto, PubEventRespDataDto, UserDto
    from genauth_async.protocols.jwt_parse import AccessTokenClaims, IDTokenClaims
    from genauth_async.protocols.redirect import LoginRedirect, LoginResult, LoginTransaction, TransactionStorage
    from genauth_async.types import CasValidation, IntrospectionResult, JsonObject, JsonValue, TokenSet

__all__ = ["AuthenticationClient", "ManagementClient"]


class ManagementClient(
    _MApplicationsMixin,
    _MApprovalsMixin,
    _MAsaAccountsMixin,
    _MAuditLogsMixin,
    _MBillingMixin,
    _MDataPermissionsMixin,
    _MDevicesMixin,
    _MEventsMixin,
    _MGroupsMixin,
    _MIdentitySourcesMixin,
    _MInvitationsMixin,
    _MMessagesMixin,
    _MMetadataMixin,
    _MMfaMixin,
    _MNamespacesMixin,
    _MOrganizationsMixin,
    _MPipelinesMixin,
    _MPublicAccountsMixin,
    _MResourcesMixin,
    _MRolesMixin,
    _MSecurityMixin,
    _MSyncMixin,
    _MTenantsMixin,
    _MUsersMixin,
    _MWebhooksMixin,
    SyncClient["_AsyncManagementClient"],
):
    """GenAuth management API client (sync facade over ``genauth_async.ManagementClient``).

    Owns one event-loop thread (an anyio blocking portal), started on first use and stopped by
    ``close()``, a ``with`` block or interpreter exit. Safe to share between threads; after
    ``os.fork()`` the child process gets its own loop thread and connections.
    """

    _async_class_path = ("genauth_async._generated.clients", "ManagementClient")
    _raw_response_class = SyncManagementWithRawResponse

    if TYPE_CHECKING:

        @property
        def with_raw_response(self) -> SyncManagementWithRawResponse: ...

    def __init__(
        self,
        access_key_id: str,
        access_key_secret: str,
        host: str | None = None,
        timeout: float = 10.0,
        lang: str | None = None,
        use_unverified_ssl: bool = False,
        websocket_host: str | None = None,
        websocket_endpoint: str | None = None,
        *,
        max_retries: int = 2,
        max_connections: int = 100,
        retry_on_post: bool = False,
        token_leeway: float = 60.0,
        retry_policy: RetryPolicy | None = None,
        verify: VerifyTypes = True,
        trust_env: bool = False,
        deadline: float | None = None,
        on_request: RequestHook | None = None,
        on_response: ResponseHook | None = None,
    ) -> None:
        """Same arguments as ``genauth_async.ManagementClient`` (without ``session``: the facade owns its loop)."""
        self._setup(
            {
                'access_key_id': access_key_id,
                'access_key_secret': access_key_secret,
                'host': host,
                'timeout': timeout,
                'lang': lang,
                'use_unverified_ssl': use_unverified_ssl,
                'websocket_host': websocket_host,
                'websocket_endpoint': websocket_endpoint,
                'max_retries': max_retries,
                'max_connections': max_connections,
                'retry_on_post': retry_on_post,
                'token_leeway': token_leeway,
                'retry_policy': retry_policy,
                'verify': verify,
                'trust_env': trust_env,
                'deadline': deadline,
                'on_request': on_request,
                'on_response': on_response,
            }
        )

    def make_request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | Sequence[tuple[str, Any]] | None = None,
        data: Any = None,
        headers: Mapping[str, str] | None = None,
        envelope: bool = True,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """Call any endpoint of this client's host (Node's ``makeRequest``): ``params`` is the
        query, ``data`` the JSON body. Same auth, retries and errors as the generated methods;
        returns the answer's ``data`` (the whole answer with ``envelope=False``).

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.make_request(
                method,
                url,
                params=params,
                data=data,
                headers=headers,
                envelope=envelope,
                **call_options,
            )
        )

    def pub(
        self,
        event_code: str,
        data: str,
        **call_options: Unpack[CallOptions],
    ) -> PubEventRespDataDto:
        """Publish a custom event with ``data`` as the ``eventData`` string, unchanged (Node's
        ``pub``; ``put_event`` JSON-encodes its data, as the official Python SDK does).

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.pub(
                event_code,
                data,
                **call_options,
            )
        )

    def put_event(
        self,
        event_code: str,
        data: Any,
        **call_options: Unpack[CallOptions],
    ) -> PubEventRespDataDto:
        """Publish a custom event (``/api/v3/pub-event``); ``eventData`` is a JSON string of
        ``data``.

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.put_event(
                event_code,
                data,
                **call_options,
            )
        )

    def sub_event(
        self,
        event_code: str,
        callback: Callable[[str], Any] | None = None,
        *,
        max_reconnects: int | None = None,
    ) -> Iterator[str] | None:
        """Subscribe to an event code and receive its messages.

        Runs on the client's portal thread. With ``callback``, blocks and calls it in this thread
        for each message.
        """
        return _deliver(self._iter(lambda c: c.sub_event(event_code, None, max_reconnects=max_reconnects)), callback)

    def get_management_token(
        self,
    ) -> ManagementToken:
        """The current management token (fetched if needed).

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.get_management_token(
            )
        )

    def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | Sequence[tuple[str, Any]] | None = None,
        json: Any = None,
        form: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        envelope: bool = True,
        idempotent: bool | None = None,
        deadline: float | None = None,
    ) -> Any:
        """Call any endpoint, including ones newer than this SDK.

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.request(
                method,
                path,
                query=query,
                json=json,
                form=form,
                headers=headers,
                timeout=timeout,
                max_retries=max_retries,
                envelope=envelope,
                idempotent=idempotent,
                deadline=deadline,
            )
        )

    # The Node SDK's names of the helpers above (the same methods, as on the async client).
    sub = sub_event


class AuthenticationClient(
    _AAccessMixin,
    _AIdentitySourcesMixin,
    _AInvitationsMixin,
    _AMfaMixin,
    _AProfileMixin,
    _ASignInMixin,
    _AWebauthnMixin,
    SyncClient["_AsyncAuthenticationClient"],
):
    """GenAuth authentication API client (sync facade over ``genauth_async.AuthenticationClient``).

    Owns one event-loop thread (an anyio blocking portal), started on first use and stopped by
    ``close()``, a ``with`` block or interpreter exit. Safe to share between threads; after
    ``os.fork()`` the child process gets its own loop thread and connections.
    """

    _async_class_path = ("genauth_async._generated.clients", "AuthenticationClient")
    _raw_response_class = SyncAuthenticationWithRawResponse

    if TYPE_CHECKING:

        @property
        def with_raw_response(self) -> SyncAuthenticationWithRawResponse: ...

    def __init__(
        self,
        app_id: str,
        app_host: str,
        app_secret: str | None = None,
        access_token: str | None = None,
        timeout: float = 10.0,
        protocol: str | None = None,
        token_endpoint_auth_method: str | None = None,
        introspection_endpoint_auth_method: str | None = None,
        revocation_endpoint_auth_method: str | None = None,
        redirect_uri: str | None = None,
        post_logout_redirect_uri: str | None = None,
        use_unverified_ssl: bool = False,
        lang: str | None = None,
        websocket_host: str | None = None,
        websocket_endpoint: str | None = None,
        real_ip: str | None = None,
        *,
        max_retries: int = 2,
        max_connections: int = 100,
        retry_on_post: bool = False,
        retry_policy: RetryPolicy | None = None,
        verify: VerifyTypes = True,
        trust_env: bool = False,
        deadline: float | None = None,
        on_request: RequestHook | None = None,
        on_response: ResponseHook | None = None,
    ) -> None:
        """Same arguments as ``genauth_async.AuthenticationClient`` (without ``session``: the facade owns its loop)."""
        self._setup(
            {
                'app_id': app_id,
                'app_host': app_host,
                'app_secret': app_secret,
                'access_token': access_token,
                'timeout': timeout,
                'protocol': protocol,
                'token_endpoint_auth_method': token_endpoint_auth_method,
                'introspection_endpoint_auth_method': introspection_endpoint_auth_method,
                'revocation_endpoint_auth_method': revocation_endpoint_auth_method,
                'redirect_uri': redirect_uri,
                'post_logout_redirect_uri': post_logout_redirect_uri,
                'use_unverified_ssl': use_unverified_ssl,
                'lang': lang,
                'websocket_host': websocket_host,
                'websocket_endpoint': websocket_endpoint,
                'real_ip': real_ip,
                'max_retries': max_retries,
                'max_connections': max_connections,
                'retry_on_post': retry_on_post,
                'retry_policy': retry_policy,
                'verify': verify,
                'trust_env': trust_env,
                'deadline': deadline,
                'on_request': on_request,
                'on_response': on_response,
            }
        )

    def build_authorize_url(
        self,
        redirect_uri: str | None = None,
        response_type: str | None = None,
        response_mode: str | None = None,
        state: str | None = None,
        nonce: str | None = None,
        scope: str | None = None,
        code_challenge_method: str | None = None,
        code_challenge: str | None = None,
        service: str | None = None,
        *,
        tenant_id: str | None = None,
        forced: bool | None = None,
    ) -> str:
        """The login URL for the client's ``protocol`` (oidc, oauth, saml, cas).

        Computed in the calling thread: sends nothing and starts no event-loop thread.
        """
        return self._direct(
            lambda c: c.build_authorize_url(
                redirect_uri,
                response_type,
                response_mode,
                state,
                nonce,
                scope,
                code_challenge_method,
                code_challenge,
                service,
                tenant_id=tenant_id,
                forced=forced,
            )
        )

    def build_logout_url(
        self,
        redirect_uri: str | None = None,
        id_token: str | None = None,
        state: str | None = None,
    ) -> str:
        """The sign-out URL: OIDC session end (``redirect_uri`` defaults to
        ``post_logout_redirect_uri`` and then needs ``id_token``), CAS logout, or the hosted-login
        logout for other protocols.

        Computed in the calling thread: sends nothing and starts no event-loop thread.
        """
        return self._direct(
            lambda c: c.build_logout_url(
                redirect_uri,
                id_token,
                state,
            )
        )

    def generate_code_challenge(
        self,
        length: int = 43,
    ) -> str:
        """A new PKCE code *verifier* (the official name is kept): ``length`` 43-128 random
        characters from the RFC 7636 unreserved set. Keep it; send its digest as ``code_challenge``.

        Computed in the calling thread: sends nothing and starts no event-loop thread.
        """
        return self._direct(
            lambda c: c.generate_code_challenge(
                length,
            )
        )

    def generate_code_challenge_digest(
        self,
        code_challenge: str,
        method: str | None = None,
    ) -> str:
        """The ``code_challenge`` for a verifier: S256 (default) or plain.

        Computed in the calling thread: sends nothing and starts no event-loop thread.
        """
        return self._direct(
            lambda c: c.generate_code_challenge_digest(
                code_challenge,
                method,
            )
        )

    def get_access_token_by_client_credentials(
        self,
        scope: str,
        access_key: str,
        access_secret: str,
        **call_options: Unpack[CallOptions],
    ) -> TokenSet:
        """Machine-to-machine token for a programmatic access account (its AK/SK in the form).

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.get_access_token_by_client_credentials(
                scope,
                access_key,
                access_secret,
                **call_options,
            )
        )

    def get_access_token_by_code(
        self,
        code: str,
        code_verifier: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> TokenSet:
        """Exchange an authorization code (plus the PKCE verifier, if one was used) for tokens.

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.get_access_token_by_code(
                code,
                code_verifier,
                **call_options,
            )
        )

    def get_new_access_token_by_refresh_token(
        self,
        refresh_token: str,
        **call_options: Unpack[CallOptions],
    ) -> TokenSet:
        """New tokens from a refresh token (issued when the scope had ``offline_access``).

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.get_new_access_token_by_refresh_token(
                refresh_token,
                **call_options,
            )
        )

    def get_user_info_by_access_token(
        self,
        access_token: str,
        *,
        method: Literal['GET', 'POST'] | None = None,
        token_place: Literal['query', 'header', 'body'] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> JsonObject:
        """The userinfo endpoint's claims for ``access_token``.

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.get_user_info_by_access_token(
                access_token,
                method=method,
                token_place=token_place,
                **call_options,
            )
        )

    def handle_redirect_callback(
        self,
        callback: str | Mapping[str, str],
        *,
        transaction: LoginTransaction | str | None = None,
        storage: TransactionStorage | None = None,
        verify_id_token: bool = True,
        **call_options: Unpack[CallOptions],
    ) -> LoginResult:
        """Finish a login: check the callback (URL, query string or parsed query) against the kept
        transaction, exchange the code with its PKCE verifier, verify the ID token (signature,
        claims, nonce) and return the tokens.

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.handle_redirect_callback(
                callback,
                transaction=transaction,
                storage=storage,
                verify_id_token=verify_id_token,
                **call_options,
            )
        )

    def introspect_token(
        self,
        token: str,
        **call_options: Unpack[CallOptions],
    ) -> IntrospectionResult:
        """Ask the server whether ``token`` is active (RFC 7662); ``{"active": false}`` when not.

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.introspect_token(
                token,
                **call_options,
            )
        )

    def introspect_token_offline(
        self,
        token: str,
        server_jwks: Mapping[str, Any] | None = None,
        *,
        leeway: float = 30.0,
        issuer: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> JsonObject:
        """Verify an RS256 ``token`` locally and return its claims, or raise
        ``TokenVerificationError``.

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.introspect_token_offline(
                token,
                server_jwks,
                leeway=leeway,
                issuer=issuer,
                **call_options,
            )
        )

    def login_with_redirect(
        self,
        *,
        scope: str | None = None,
        state: str | None = None,
        nonce: str | None = None,
        redirect_uri: str | None = None,
        forced: bool = False,
        storage: TransactionStorage | None = None,
    ) -> LoginRedirect:
        """Start a login: the authorize URL to redirect the browser to, with a fresh ``state``,
        ``nonce`` and (OIDC) PKCE verifier, and the transaction the callback needs.

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.login_with_redirect(
                scope=scope,
                state=state,
                nonce=nonce,
                redirect_uri=redirect_uri,
                forced=forced,
                storage=storage,
            )
        )

    def logout_with_redirect(
        self,
        id_token: str | None = None,
        redirect_uri: str | None = None,
        state: str | None = None,
    ) -> str:
        """The logout URL to redirect the browser to (Node's ``logoutWithRedirect`` without the
        response object): ``id_token_hint``, ``post_logout_redirect_uri`` (default the client's) and
        ``state``; the same URL as ``build_logout_url``. Without an ID token (a session that never
        had one) the client's default redirect is not applied: the provider would not honour it
        without ``id_token_hint``, so the bare session-end URL is the answer, not an error.

        Computed in the calling thread: sends nothing and starts no event-loop thread.
        """
        return self._direct(
            lambda c: c.logout_with_redirect(
                id_token,
                redirect_uri,
                state,
            )
        )

    def parse_access_token(
        self,
        token: str,
        server_jwks: Mapping[str, Any] | None = None,
        *,
        leeway: float = 30.0,
        issuer: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AccessTokenClaims:
        """Verify an access token (RS256, the app's JWKS or ``server_jwks``; ``iss``, ``aud``,
        ``exp``) and return its claims, typed; ``TokenVerificationError`` when it fails.

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.parse_access_token(
                token,
                server_jwks,
                leeway=leeway,
                issuer=issuer,
                **call_options,
            )
        )

    def parse_id_token(
        self,
        token: str,
        server_jwks: Mapping[str, Any] | None = None,
        *,
        nonce: str | None = None,
        leeway: float = 30.0,
        issuer: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IDTokenClaims:
        """Verify an ID token (RS256 against the JWKS, or HS256 with the app secret; ``iss``,
        ``aud``, ``exp``, and ``nonce`` when given) and return its claims, typed.

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.parse_id_token(
                token,
                server_jwks,
                nonce=nonce,
                leeway=leeway,
                issuer=issuer,
                **call_options,
            )
        )

    def pub(
        self,
        event_code: str,
        data: str,
        **call_options: Unpack[CallOptions],
    ) -> PubEventRespDataDto:
        """Publish a user event with ``data`` as the ``eventData`` string, unchanged (Node's
        ``pub``; ``put_event`` JSON-encodes its data, as the official Python SDK does).

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.pub(
                event_code,
                data,
                **call_options,
            )
        )

    def put_event(
        self,
        event_code: str,
        data: Any,
        **call_options: Unpack[CallOptions],
    ) -> PubEventRespDataDto:
        """Publish a user event (``/api/v3/pub-userEvent``); ``eventData`` goes as a JSON string of
        ``data``, like the official SDK, so subscribers see the same payload either way.

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.put_event(
                event_code,
                data,
                **call_options,
            )
        )

    def revoke_token(
        self,
        token: str,
        **call_options: Unpack[CallOptions],
    ) -> bool:
        """Revoke an access or refresh token (RFC 7009); True once the server accepted the request.

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.revoke_token(
                token,
                **call_options,
            )
        )

    def sign_in_by_account_password(
        self,
        account: str,
        password: str,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> LoginTokenResponseDataDto:
        """Sign in with any of username / phone / email + password.

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.sign_in_by_account_password(
                account,
                password,
                options,
                **call_options,
            )
        )

    def sign_in_by_ad(
        self,
        sAMAccountName: str,
        password: str,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> LoginTokenResponseDataDto:
        """Sign in against Windows AD (official parameter name kept).

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.sign_in_by_ad(
                sAMAccountName,
                password,
                options,
                **call_options,
            )
        )

    def sign_in_by_email_passcode(
        self,
        email: str,
        pass_code: str,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> LoginTokenResponseDataDto:
        """Sign in with email + one-time code (connection PASSCODE).

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.sign_in_by_email_passcode(
                email,
                pass_code,
                options,
                **call_options,
            )
        )

    def sign_in_by_email_password(
        self,
        email: str,
        password: str,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> LoginTokenResponseDataDto:
        """Sign in with email + password (``/api/v3/signin``, connection PASSWORD).

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.sign_in_by_email_password(
                email,
                password,
                options,
                **call_options,
            )
        )

    def sign_in_by_ldap(
        self,
        sAMAccountName: str,
        password: str,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> LoginTokenResponseDataDto:
        """Sign in against the LDAP directory (official parameter name kept).

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.sign_in_by_ldap(
                sAMAccountName,
                password,
                options,
                **call_options,
            )
        )

    def sign_in_by_phone_passcode(
        self,
        phone: str,
        pass_code: str,
        phone_country_code: str | None = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> LoginTokenResponseDataDto:
        """Sign in with phone number + one-time code.

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.sign_in_by_phone_passcode(
                phone,
                pass_code,
                phone_country_code,
                options,
                **call_options,
            )
        )

    def sign_in_by_phone_password(
        self,
        phone: str,
        password: str,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> LoginTokenResponseDataDto:
        """Sign in with phone number + password.

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.sign_in_by_phone_password(
                phone,
                password,
                options,
                **call_options,
            )
        )

    def sign_in_by_username_password(
        self,
        username: str,
        password: str,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> LoginTokenResponseDataDto:
        """Sign in with username + password.

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.sign_in_by_username_password(
                username,
                password,
                options,
                **call_options,
            )
        )

    def sign_up_by_email_passcode(
        self,
        email: str,
        pass_code: str,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> UserDto:
        """Register with email + one-time code.

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.sign_up_by_email_passcode(
                email,
                pass_code,
                profile,
                options,
                **call_options,
            )
        )

    def sign_up_by_email_password(
        self,
        email: str,
        password: str,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> UserDto:
        """Register with email + password (``/api/v3/signup``).

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.sign_up_by_email_password(
                email,
                password,
                profile,
                options,
                **call_options,
            )
        )

    def sign_up_by_phone_passcode(
        self,
        phone: str,
        pass_code: str,
        phone_country_code: str | None = None,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> UserDto:
        """Register with phone number + one-time code.

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.sign_up_by_phone_passcode(
                phone,
                pass_code,
                phone_country_code,
                profile,
                options,
                **call_options,
            )
        )

    def sign_up_by_username_password(
        self,
        username: str,
        password: str,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> UserDto:
        """Register with username + password.

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.sign_up_by_username_password(
                username,
                password,
                profile,
                options,
                **call_options,
            )
        )

    def sub_event(
        self,
        event_code: str,
        callback: Callable[[str], Any] | None = None,
        *,
        max_reconnects: int | None = None,
    ) -> Iterator[str] | None:
        """Subscribe to an event code and receive its messages.

        Runs on the client's portal thread. With ``callback``, blocks and calls it in this thread
        for each message.
        """
        return _deliver(self._iter(lambda c: c.sub_event(event_code, None, max_reconnects=max_reconnects)), callback)

    def validate_ticket_v1(
        self,
        ticket: str,
        service: str,
        **call_options: Unpack[CallOptions],
    ) -> CasValidation:
        """CAS 1.0 ``/validate``: ``{"valid": True, "username": ...}`` or ``{"valid": False,
        "message": ...}``.

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.validate_ticket_v1(
                ticket,
                service,
                **call_options,
            )
        )

    def validate_ticket_v2(
        self,
        ticket: str,
        service: str,
        format: str = 'JSON',
        **call_options: Unpack[CallOptions],
    ) -> CasValidation:
        """CAS 2.0 ``/serviceValidate`` (``format`` JSON or XML), read into ``{"valid", "username",
        "attributes"}`` or ``{"valid": False, "code", "message"}``.

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.validate_ticket_v2(
                ticket,
                service,
                format,
                **call_options,
            )
        )

    def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | Sequence[tuple[str, Any]] | None = None,
        json: Any = None,
        form: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        envelope: bool = True,
        idempotent: bool | None = None,
        deadline: float | None = None,
    ) -> Any:
        """Call any endpoint, including ones newer than this SDK.

        Runs on the client's portal thread.
        """
        return self._run(
            lambda c: c.request(
                method,
                path,
                query=query,
                json=json,
                form=form,
                headers=headers,
                timeout=timeout,
                max_retries=max_retries,
                envelope=envelope,
                idempotent=idempotent,
                deadline=deadline,
            )
        )

    def set_access_token(
        self,
        access_token: str | None,
    ) -> None:
        """Use this user access token (sent raw in ``authorization``) for later calls.

        Runs on the client's portal thread.
        """
        return self._run_sync(
            lambda c: c.set_access_token(
                access_token,
            )
        )

    # The Node SDK's names of the helpers above (the same methods, as on the async client).
    sign_in_by_email_pass_code = sign_in_by_email_passcode
    sign_in_by_phone_pass_code = sign_in_by_phone_passcode
    sign_up_by_email_code = sign_up_by_email_passcode
    sign_up_by_phone_code = sign_up_by_phone_passcode
    get_code_challenge_digest = generate_code_challenge_digest
    sub = sub_event
