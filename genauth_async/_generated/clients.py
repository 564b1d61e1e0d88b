# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""The async clients: the hand-written base clients plus every generated endpoint mixin."""

from __future__ import annotations

from typing import TYPE_CHECKING

from genauth_async._base_client import BaseAuthenticationClient, BaseManagementClient
from genauth_async._generated.raw import AuthenticationWithRawResponse, ManagementWithRawResponse
from genauth_async.protocols.mixins import AuthenticationProtocolMixin, ManagementEventsMixin
from genauth_async._generated.management.applications import ApplicationsMixin as _MApplicationsMixin
from genauth_async._generated.management.approvals import ApprovalsMixin as _MApprovalsMixin
from genauth_async._generated.management.asa_accounts import AsaAccountsMixin as _MAsaAccountsMixin
from genauth_async._generated.management.audit_logs import AuditLogsMixin as _MAuditLogsMixin
from genauth_async._generated.management.billing import BillingMixin as _MBillingMixin
from genauth_async._generated.management.data_permissions import DataPermissionsMixin as _MDataPermissionsMixin
from genauth_async._generated.management.devices import DevicesMixin as _MDevicesMixin
from genauth_async._generated.management.events import EventsMixin as _MEventsMixin
from genauth_async._generated.management.groups import GroupsMixin as _MGroupsMixin
from genauth_async._generated.management.identity_sources import IdentitySourcesMixin as _MIdentitySourcesMixin
from genauth_async._generated.management.invitations import InvitationsMixin as _MInvitationsMixin
from genauth_async._generated.management.messages import MessagesMixin as _MMessagesMixin
from genauth_async._generated.management.metadata import MetadataMixin as _MMetadataMixin
from genauth_async._generated.management.mfa import MfaMixin as _MMfaMixin
from genauth_async._generated.management.namespaces import NamespacesMixin as _MNamespacesMixin
from genauth_async._generated.management.organizations import OrganizationsMixin as _MOrganizationsMixin
from genauth_async._generated.management.pipelines import PipelinesMixin as _MPipelinesMixin
from genauth_async._generated.management.public_accounts import PublicAccountsMixin as _MPublicAccountsMixin
from genauth_async._generated.management.resources import ResourcesMixin as _MResourcesMixin
from genauth_async._generated.management.roles import RolesMixin as _MRolesMixin
from genauth_async._generated.management.security import SecurityMixin as _MSecurityMixin
from genauth_async._generated.management.sync import SyncMixin as _MSyncMixin
from genauth_async._generated.management.tenants import TenantsMixin as _MTenantsMixin
from genauth_async._generated.management.users import UsersMixin as _MUsersMixin
from genauth_async._generated.management.webhooks import WebhooksMixin as _MWebhooksMixin
from genauth_async._generated.authentication.access import AccessMixin as _AAccessMixin
from genauth_async._generated.authentication.identity_sources import IdentitySourcesMixin as _AIdentitySourcesMixin
from genauth_async._generated.authentication.invitations import InvitationsMixin as _AInvitationsMixin
from genauth_async._generated.authentication.mfa import MfaMixin as _AMfaMixin
from genauth_async._generated.authentication.profile import ProfileMixin as _AProfileMixin
from genauth_async._generated.authentication.sign_in import SignInMixin as _ASignInMixin
from genauth_async._generated.authentication.webauthn import WebauthnMixin as _AWebauthnMixin

__all__ = ["AuthenticationClient", "ManagementClient"]


class ManagementClient(
    ManagementEventsMixin,
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
    BaseManagementClient,
):
    """GenAuth management API client (async): 497 spec endpoints plus the hand-written helpers."""

    _raw_response_class = ManagementWithRawResponse

    if TYPE_CHECKING:

        @property
        def with_raw_response(self) -> ManagementWithRawResponse: ...


class AuthenticationClient(
    AuthenticationProtocolMixin,
    _AAccessMixin,
    _AIdentitySourcesMixin,
    _AInvitationsMixin,
    _AMfaMixin,
    _AProfileMixin,
    _ASignInMixin,
    _AWebauthnMixin,
    BaseAuthenticationClient,
):
    """GenAuth authentication API client (async): 122 spec endpoints plus the hand-written helpers."""

    _raw_response_class = AuthenticationWithRawResponse

    if TYPE_CHECKING:

        @property
        def with_raw_response(self) -> AuthenticationWithRawResponse: ...

    _basic_auth_paths = frozenset({
        "/api/v3/exchange-tokenset-with-qrcode-ticket",
        "/api/v3/signin",
        "/api/v3/signin-by-mobile",
    })
