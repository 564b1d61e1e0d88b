# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``invitations``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.invitations import (
    _EP_GENERATE_INVITE_TENANT_USER_LINK,
    _EP_LIST_INVITE_TENNAT_USER_RECORDS,
    _EP_SEND_INVITE_TENANT_USER_EMAIL,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class InvitationsMixin(_CompatBase[_Typed]):
    """Official management methods, area ``invitations``: the official answers."""

    __slots__ = ()

    async def generate_invite_tenant_user_link(
        self,
        validity_term: Any,
        emails: Any,
        app_id: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``generate_invite_tenant_user_link``: ``POST /api/v3/generate-invite-tenant-user-link``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GENERATE_INVITE_TENANT_USER_LINK, (validity_term, emails, app_id, tenant_id), None, _request_options(call_options),
        )

    async def list_invite_tennat_user_records(
        self,
        keywords: Any,
        page: Any,
        limit: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_invite_tennat_user_records``: ``GET /api/v3/list-invite-tenant-user-records``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_INVITE_TENNAT_USER_RECORDS, (keywords, page, limit), None, _request_options(call_options),
        )

    async def send_invite_tenant_user_email(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``send_invite_tenant_user_email``: ``POST /api/v3/send-invite-tenant-user-email``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_SEND_INVITE_TENANT_USER_EMAIL, (), None, _request_options(call_options),
        )
