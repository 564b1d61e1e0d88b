# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``organizations``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import ManagementClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class OrganizationsMixin(_SyncCompatBase[_Typed]):
    """Official management methods, area ``organizations``: the official answers."""

    __slots__ = ()

    def get_organization(
        self,
        organization_code: Any,
        with_custom_data: Any = None,
        with_post: Any = None,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_organization``: ``GET /api/v3/get-organization``, the whole answer."""
        return self._call("get_organization", (organization_code, with_custom_data, with_post, tenant_id), {**call_options})  # type: ignore[no-any-return]

    def get_organizations_batch(
        self,
        organization_code_list: Any,
        with_custom_data: Any = None,
        with_post: Any = None,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_organizations_batch``: ``GET /api/v3/get-organization-batch``, the whole answer."""
        return self._call("get_organizations_batch", (organization_code_list, with_custom_data, with_post, tenant_id), {**call_options})  # type: ignore[no-any-return]

    def list_organizations(
        self,
        page: Any = None,
        limit: Any = None,
        fetch_all: Any = None,
        with_custom_data: Any = None,
        with_post: Any = None,
        tenant_id: Any = None,
        status: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_organizations``: ``GET /api/v3/list-organizations``, the whole answer."""
        return self._call("list_organizations", (page, limit, fetch_all, with_custom_data, with_post, tenant_id, status), {**call_options})  # type: ignore[no-any-return]
