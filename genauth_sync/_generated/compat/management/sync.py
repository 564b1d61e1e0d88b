# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``sync``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import ManagementClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class SyncMixin(_SyncCompatBase[_Typed]):
    """Official management methods, area ``sync``: the official answers."""

    __slots__ = ()

    def delete_user_sync_relations(
        self,
        provider: Any,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_user_sync_relations``: ``POST /api/v3/delete-user-sync-relations``, the whole answer."""
        return self._call("delete_user_sync_relations", (provider, user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def get_user_sync_relations(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_sync_relations``: ``GET /api/v3/get-user-sync-relations``, the whole answer."""
        return self._call("get_user_sync_relations", (user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]
