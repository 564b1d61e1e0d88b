# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""The async compat clients: the official constructors (hand-written bases) and every official method."""

from __future__ import annotations

from genauth_async._compat_base import CompatAuthenticationBase, CompatManagementBase
from genauth_async._generated.compat.management.applications import ApplicationsMixin as _MApplicationsMixin
from genauth_async._generated.compat.management.asa_accounts import AsaAccountsMixin as _MAsaAccountsMixin
from genauth_async._generated.compat.management.audit_logs import AuditLogsMixin as _MAuditLogsMixin
from genauth_async._generated.compat.management.billing import BillingMixin as _MBillingMixin
from genauth_async._generated.compat.management.data_permissions import DataPermissionsMixin as _MDataPermissionsMixin
from genauth_async._generated.compat.management.devices import DevicesMixin as _MDevicesMixin
from genauth_async._generated.compat.management.events import EventsMixin as _MEventsMixin
from genauth_async._generated.compat.management.groups import GroupsMixin as _MGroupsMixin
from genauth_async._generated.compat.management.identity_sources import IdentitySourcesMixin as _MIdentitySourcesMixin
from genauth_async._generated.compat.management.invitations import InvitationsMixin as _MInvitationsMixin
from genauth_async._generated.compat.management.messages import MessagesMixin as _MMessagesMixin
from genauth_async._generated.compat.management.metadata import MetadataMixin as _MMetadataMixin
from genauth_async._generated.compat.management.mfa import MfaMixin as _MMfaMixin
from genauth_async._generated.compat.management.namespaces import NamespacesMixin as _MNamespacesMixin
from genauth_async._generated.compat.management.organizations import OrganizationsMixin as _MOrganizationsMixin
from genauth_async._generated.compat.management.pipelines import PipelinesMixin as _MPipelinesMixin
from genauth_async._generated.compat.management.protocol_helpers import ProtocolHelpersMixin as _MProtocolHelpersMixin
from genauth_async._generated.compat.management.public_accounts import PublicAccountsMixin as _MPublicAccountsMixin
from genauth_async._generated.compat.management.resources import ResourcesMixin as _MResourcesMixin
from genauth_async._generated.compat.management.roles import RolesMixin as _MRolesMixin
from genauth_async._generated.compat.management.security import SecurityMixin as _MSecurityMixin
from genauth_async._generated.compat.management.sync import SyncMixin as _MSyncMixin
from genauth_async._generated.compat.management.tenants import TenantsMixin as _MTenantsMixin
from genauth_async._generated.compat.management.users import UsersMixin as _MUsersMixin
from genauth_async._generated.compat.management.webhooks import WebhooksMixin as _MWebhooksMixin
from genauth_async._generated.compat.authentication.access import AccessMixin as _AAccessMixin
from genauth_async._generated.compat.authentication.identity_sources import IdentitySourcesMixin as _AIdentitySourcesMixin
from genauth_async._generated.compat.authentication.mfa import MfaMixin as _AMfaMixin
from genauth_async._generated.compat.authentication.profile import ProfileMixin as _AProfileMixin
from genauth_async._generated.compat.authentication.protocol_helpers import ProtocolHelpersMixin as _AProtocolHelpersMixin
from genauth_async._generated.compat.authentication.sign_in import SignInMixin as _ASignInMixin
from genauth_async._generated.compat.authentication.webauthn import WebauthnMixin as _AWebauthnMixin

__all__ = ["AuthenticationClient", "ManagementClient"]


class ManagementClient(
    CompatManagementBase,
    _MApplicationsMixin,
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
    _MProtocolHelpersMixin,
    _MPublicAccountsMixin,
    _MResourcesMixin,
    _MRolesMixin,
    _MSecurityMixin,
    _MSyncMixin,
    _MTenantsMixin,
    _MUsersMixin,
    _MWebhooksMixin,
):
    """The official ``genauth.ManagementClient``, answering as it did, on ``genauth_async.ManagementClient``."""

    __slots__ = ()


class AuthenticationClient(
    CompatAuthenticationBase,
    _AAccessMixin,
    _AIdentitySourcesMixin,
    _AMfaMixin,
    _AProfileMixin,
    _AProtocolHelpersMixin,
    _ASignInMixin,
    _AWebauthnMixin,
):
    """The official ``genauth.AuthenticationClient``, answering as it did, on ``genauth_async.AuthenticationClient``."""

    __slots__ = ()
