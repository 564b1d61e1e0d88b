# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``asa_accounts``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.asa_accounts import (
    _EP_ASSIGN_ASA_ACCOUNT,
    _EP_CREATE_ASA_ACCOUNT,
    _EP_CREATE_ASA_ACCOUNT_BATCH,
    _EP_DELETE_ASA_ACCOUNT,
    _EP_DELETE_ASA_ACCOUNT_BATCH,
    _EP_GET_ASA_ACCOUNT,
    _EP_GET_ASA_ACCOUNT_ASSIGNED_TARGETS,
    _EP_GET_ASA_ACCOUNT_BATCH,
    _EP_GET_ASSIGNED_ACCOUNT,
    _EP_LIST_ASA_ACCOUNT,
    _EP_UNASSIGN_ASA_ACCOUNT,
    _EP_UPDATE_ASA_ACCOUNT,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class AsaAccountsMixin(_CompatBase[_Typed]):
    """Official management methods, area ``asa_accounts``: the official answers."""

    __slots__ = ()

    async def assign_asa_account(
        self,
        app_id: Any,
        account_id: Any,
        targets: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``assign_asa_account``: ``POST /api/v3/assign-asa-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_ASSIGN_ASA_ACCOUNT, (app_id, account_id, targets), None, _request_options(call_options),
        )

    async def create_asa_account(
        self,
        account_info: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_asa_account``: ``POST /api/v3/create-asa-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_ASA_ACCOUNT, (account_info, app_id), None, _request_options(call_options),
        )

    async def create_asa_account_batch(
        self,
        list: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_asa_account_batch``: ``POST /api/v3/create-asa-accounts-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_ASA_ACCOUNT_BATCH, (list, app_id), None, _request_options(call_options),
        )

    async def delete_asa_account(
        self,
        account_id: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_asa_account``: ``POST /api/v3/delete-asa-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_ASA_ACCOUNT, (account_id, app_id), None, _request_options(call_options),
        )

    async def delete_asa_account_batch(
        self,
        account_ids: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_asa_account_batch``: ``POST /api/v3/delete-asa-accounts-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_ASA_ACCOUNT_BATCH, (account_ids, app_id), None, _request_options(call_options),
        )

    async def get_asa_account(
        self,
        app_id: Any,
        account_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_asa_account``: ``GET /api/v3/get-asa-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_ASA_ACCOUNT, (app_id, account_id), None, _request_options(call_options),
        )

    async def get_asa_account_assigned_targets(
        self,
        app_id: Any,
        account_id: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_asa_account_assigned_targets``: ``GET /api/v3/get-asa-account-assigned-targets``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_ASA_ACCOUNT_ASSIGNED_TARGETS, (app_id, account_id, page, limit), None, _request_options(call_options),
        )

    async def get_asa_account_batch(
        self,
        account_ids: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_asa_account_batch``: ``POST /api/v3/get-asa-accounts-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_ASA_ACCOUNT_BATCH, (account_ids, app_id), None, _request_options(call_options),
        )

    async def get_assigned_account(
        self,
        app_id: Any,
        target_type: Any,
        target_identifier: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_assigned_account``: ``GET /api/v3/get-assigned-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_ASSIGNED_ACCOUNT, (app_id, target_type, target_identifier), None, _request_options(call_options),
        )

    async def list_asa_account(
        self,
        app_id: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_asa_account``: ``GET /api/v3/list-asa-accounts``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_ASA_ACCOUNT, (app_id, page, limit), None, _request_options(call_options),
        )

    async def unassign_asa_account(
        self,
        app_id: Any,
        account_id: Any,
        targets: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unassign_asa_account``: ``POST /api/v3/unassign-asa-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UNASSIGN_ASA_ACCOUNT, (app_id, account_id, targets), None, _request_options(call_options),
        )

    async def update_asa_account(
        self,
        account_info: Any,
        account_id: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_asa_account``: ``POST /api/v3/update-asa-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_ASA_ACCOUNT, (account_info, account_id, app_id), None, _request_options(call_options),
        )
