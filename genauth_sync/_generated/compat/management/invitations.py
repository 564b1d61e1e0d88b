# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``invitations``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import ManagementClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class InvitationsMixin(_SyncCompatBase[_Typed]):
    """Official management methods, area ``invitations``: the official answers."""

    __slots__ = ()

    def generate_invite_tenant_user_link(
        self,
        validity_term: Any,
        emails: Any,
        app_id: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``generate_invite_tenant_user_link``: ``POST /api/v3/generate-invite-tenant-user-link``, the whole answer."""
        return self._call("generate_invite_tenant_user_link", (validity_term, emails, app_id, tenant_id), {**call_options})  # type: ignore[no-any-return]

    def list_invite_tennat_user_records(
        self,
        keywords: Any,
        page: Any,
        limit: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_invite_tennat_user_records``: ``GET /api/v3/list-invite-tenant-user-records``, the whole answer."""
        return self._call("list_invite_tennat_user_records", (keywords, page, limit), {**call_options})  # type: ignore[no-any-return]

    def send_invite_tenant_user_email(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``send_invite_tenant_user_email``: ``POST /api/v3/send-invite-tenant-user-email``, the whole answer."""
        return self._call("send_invite_tenant_user_email", (), {**call_options})  # type: ignore[no-any-return]
