# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``sync``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.sync import (
    _EP_DELETE_USER_SYNC_RELATIONS,
    _EP_GET_USER_SYNC_RELATIONS,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class SyncMixin(_CompatBase[_Typed]):
    """Official management methods, area ``sync``: the official answers."""

    __slots__ = ()

    async def delete_user_sync_relations(
        self,
        provider: Any,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_user_sync_relations``: ``POST /api/v3/delete-user-sync-relations``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_USER_SYNC_RELATIONS, (provider, user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_user_sync_relations(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_sync_relations``: ``GET /api/v3/get-user-sync-relations``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_SYNC_RELATIONS, (user_id, user_id_type), None, _request_options(call_options),
        )
