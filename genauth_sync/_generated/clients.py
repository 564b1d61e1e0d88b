# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""The sync clients: every generated endpoint mixin on the portal-owning base class."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TYPE_CHECKING

from genauth_sync._portal import SyncClient
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
from genauth_sync._generated.management.invitations_2 import Invitations2Mixin as _MInvitations2Mixin
from genauth_sync._generated.management.messages import MessagesMixin as _MMessagesMixin
from genauth_sync._generated.management.metadata import MetadataMixin as _MMetadataMixin
from genauth_sync._generated.management.metadata_2 import Metadata2Mixin as _MMetadata2Mixin
from genauth_sync._generated.management.mfa import MfaMixin as _MMfaMixin
from genauth_sync._generated.management.namespaces import NamespacesMixin as _MNamespacesMixin
from genauth_sync._generated.management.organizations import OrganizationsMixin as _MOrganizationsMixin
from genauth_sync._generated.management.organizations_2 import Organizations2Mixin as _MOrganizations2Mixin
from genauth_sync._generated.management.pipelines import PipelinesMixin as _MPipelinesMixin
from genauth_sync._generated.management.public_accounts import PublicAccountsMixin as _MPublicAccountsMixin
from genauth_sync._generated.management.resources import ResourcesMixin as _MResourcesMixin
from genauth_sync._generated.management.roles import RolesMixin as _MRolesMixin
from genauth_sync._generated.management.security import SecurityMixin as _MSecurityMixin
from genauth_sync._generated.management.sync import SyncMixin as _MSyncMixin
from genauth_sync._generated.management.tenants import TenantsMixin as _MTenantsMixin
from genauth_sync._generated.management.tenants_2 import Tenants2Mixin as _MTenants2Mixin
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
    from genauth_async._retry import RetryPolicy

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
    _MInvitations2Mixin,
    _MMessagesMixin,
    _MMetadataMixin,
    _MMetadata2Mixin,
    _MMfaMixin,
    _MNamespacesMixin,
    _MOrganizationsMixin,
    _MOrganizations2Mixin,
    _MPipelinesMixin,
    _MPublicAccountsMixin,
    _MResourcesMixin,
    _MRolesMixin,
    _MSecurityMixin,
    _MSyncMixin,
    _MTenantsMixin,
    _MTenants2Mixin,
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
            }
        )

    def get_management_token(
        self,
    ) -> ManagementToken:
        """The current management token (fetched if needed). (runs on the client's portal thread)."""
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
    ) -> Any:
        """Call any endpoint, including ones newer than this SDK. (runs on the client's portal thread)."""
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
            )
        )


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
            }
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
    ) -> Any:
        """Call any endpoint, including ones newer than this SDK. (runs on the client's portal thread)."""
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
            )
        )

    def set_access_token(
        self,
        access_token: str | None,
    ) -> None:
        """Use this user access token (sent raw in ``authorization``) for later calls. (runs on the client's portal thread)."""
        return self._run_sync(
            lambda c: c.set_access_token(
                access_token,
            )
        )
