# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``asa_accounts``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import ManagementClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class AsaAccountsMixin(_SyncCompatBase[_Typed]):
    """Official management methods, area ``asa_accounts``: the official answers."""

    __slots__ = ()

    def assign_asa_account(
        self,
        app_id: Any,
        account_id: Any,
        targets: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``assign_asa_account``: ``POST /api/v3/assign-asa-account``, the whole answer."""
        return self._call("assign_asa_account", (app_id, account_id, targets), {**call_options})  # type: ignore[no-any-return]

    def create_asa_account(
        self,
        account_info: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_asa_account``: ``POST /api/v3/create-asa-account``, the whole answer."""
        return self._call("create_asa_account", (account_info, app_id), {**call_options})  # type: ignore[no-any-return]

    def create_asa_account_batch(
        self,
        list: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_asa_account_batch``: ``POST /api/v3/create-asa-accounts-batch``, the whole answer."""
        return self._call("create_asa_account_batch", (list, app_id), {**call_options})  # type: ignore[no-any-return]

    def delete_asa_account(
        self,
        account_id: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_asa_account``: ``POST /api/v3/delete-asa-account``, the whole answer."""
        return self._call("delete_asa_account", (account_id, app_id), {**call_options})  # type: ignore[no-any-return]

    def delete_asa_account_batch(
        self,
        account_ids: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_asa_account_batch``: ``POST /api/v3/delete-asa-accounts-batch``, the whole answer."""
        return self._call("delete_asa_account_batch", (account_ids, app_id), {**call_options})  # type: ignore[no-any-return]

    def get_asa_account(
        self,
        app_id: Any,
        account_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_asa_account``: ``GET /api/v3/get-asa-account``, the whole answer."""
        return self._call("get_asa_account", (app_id, account_id), {**call_options})  # type: ignore[no-any-return]

    def get_asa_account_assigned_targets(
        self,
        app_id: Any,
        account_id: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_asa_account_assigned_targets``: ``GET /api/v3/get-asa-account-assigned-targets``, the whole answer."""
        return self._call("get_asa_account_assigned_targets", (app_id, account_id, page, limit), {**call_options})  # type: ignore[no-any-return]

    def get_asa_account_batch(
        self,
        account_ids: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_asa_account_batch``: ``POST /api/v3/get-asa-accounts-batch``, the whole answer."""
        return self._call("get_asa_account_batch", (account_ids, app_id), {**call_options})  # type: ignore[no-any-return]

    def get_assigned_account(
        self,
        app_id: Any,
        target_type: Any,
        target_identifier: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_assigned_account``: ``GET /api/v3/get-assigned-account``, the whole answer."""
        return self._call("get_assigned_account", (app_id, target_type, target_identifier), {**call_options})  # type: ignore[no-any-return]

    def list_asa_account(
        self,
        app_id: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_asa_account``: ``GET /api/v3/list-asa-accounts``, the whole answer."""
        return self._call("list_asa_account", (app_id, page, limit), {**call_options})  # type: ignore[no-any-return]

    def unassign_asa_account(
        self,
        app_id: Any,
        account_id: Any,
        targets: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unassign_asa_account``: ``POST /api/v3/unassign-asa-account``, the whole answer."""
        return self._call("unassign_asa_account", (app_id, account_id, targets), {**call_options})  # type: ignore[no-any-return]

    def update_asa_account(
        self,
        account_info: Any,
        account_id: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_asa_account``: ``POST /api/v3/update-asa-account``, the whole answer."""
        return self._call("update_asa_account", (account_info, account_id, app_id), {**call_options})  # type: ignore[no-any-return]
