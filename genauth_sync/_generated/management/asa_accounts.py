# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``asa_accounts`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        AsaAccountDto, AsaAccountPaginatedDataDto, AsaAccountTargetDto, AssignAsaAccountItem,
        CreateAsaAccountsBatchItemDto, GetAsaAccountAssignedTargetDataDto,
        GetAssignedAccountParamsTargetType, IsSuccessDto,
    )


class AsaAccountsMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``asa_accounts``: 12 endpoints."""

    def assign_asa_account(
        self,
        app_id: str,
        account_id: str,
        targets: List[AssignAsaAccountItem | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/assign-asa-account`` -> ``IsSuccessDto``.

        Official python name, Node ``assignAsaAccount``; area ``asa_accounts``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
            account_id: ``accountId``, json, required
            targets: ``targets``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "assign_asa_account",
            (
                app_id,
                account_id,
                targets,
            ),
            call_options,
        )

    def create_asa_account(
        self,
        account_info: Any,
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> AsaAccountDto:
        """``POST /api/v3/create-asa-account`` -> ``AsaAccountDto``.

        Official python name, Node ``createAsaAccount``; area ``asa_accounts``.

        Parameters (name: wire name, location):
            account_info: ``accountInfo``, json, required
            app_id: ``appId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_asa_account",
            (
                account_info,
                app_id,
            ),
            call_options,
        )

    def create_asa_account_batch(
        self,
        list: List[CreateAsaAccountsBatchItemDto | Mapping[str, Any]],
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/create-asa-accounts-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``createAsaAccountBatch``; area ``asa_accounts``.

        Parameters (name: wire name, location):
            list: ``list``, json, required
            app_id: ``appId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_asa_account_batch",
            (
                list,
                app_id,
            ),
            call_options,
        )

    def delete_asa_account(
        self,
        account_id: str,
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-asa-account`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteAsaAccount``; area ``asa_accounts``.

        Parameters (name: wire name, location):
            account_id: ``accountId``, json, required
            app_id: ``appId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_asa_account",
            (
                account_id,
                app_id,
            ),
            call_options,
        )

    def delete_asa_account_batch(
        self,
        account_ids: List[str],
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-asa-accounts-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteAsaAccountBatch``; area ``asa_accounts``.

        Parameters (name: wire name, location):
            account_ids: ``accountIds``, json, required
            app_id: ``appId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_asa_account_batch",
            (
                account_ids,
                app_id,
            ),
            call_options,
        )

    def get_asa_account(
        self,
        app_id: str,
        account_id: str,
        **call_options: Unpack[CallOptions],
    ) -> AsaAccountDto:
        """``GET /api/v3/get-asa-account`` -> ``AsaAccountDto``.

        Official python name, Node ``getAsaAccount``; area ``asa_accounts``.

        Parameters (name: wire name, location):
            app_id: ``appId``, query, required
            account_id: ``accountId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_asa_account",
            (
                app_id,
                account_id,
            ),
            call_options,
        )

    def get_asa_account_assigned_targets(
        self,
        app_id: str,
        account_id: str,
        page: int | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GetAsaAccountAssignedTargetDataDto:
        """``GET /api/v3/get-asa-account-assigned-targets`` -> ``GetAsaAccountAssignedTargetDataDto``.

        Official python name, Node ``getAsaAccountAssignedTargets``; area ``asa_accounts``.

        Parameters (name: wire name, location):
            app_id: ``appId``, query, required
            account_id: ``accountId``, query, required
            page: ``page``, query
            limit: ``limit``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_asa_account_assigned_targets",
            (
                app_id,
                account_id,
                page,
                limit,
            ),
            call_options,
        )

    def iter_get_asa_account_assigned_targets(
        self,
        app_id: str,
        account_id: str,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[AsaAccountTargetDto]:
        """Every item of ``get_asa_account_assigned_targets``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_get_asa_account_assigned_targets",
            (
                app_id,
                account_id,
                limit,
            ),
            call_options,
        )

    def get_asa_account_batch(
        self,
        account_ids: List[str],
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> List[AsaAccountDto]:
        """``POST /api/v3/get-asa-accounts-batch`` -> ``list[AsaAccountDto]``.

        Official python name, Node ``getAsaAccountBatch``; area ``asa_accounts``.

        Parameters (name: wire name, location):
            account_ids: ``accountIds``, json, required
            app_id: ``appId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_asa_account_batch",
            (
                account_ids,
                app_id,
            ),
            call_options,
        )

    def get_assigned_account(
        self,
        app_id: str,
        target_type: GetAssignedAccountParamsTargetType | str,
        target_identifier: str,
        **call_options: Unpack[CallOptions],
    ) -> AsaAccountDto:
        """``GET /api/v3/get-assigned-account`` -> ``AsaAccountDto``.

        Official python name, Node ``getAssignedAccount``; area ``asa_accounts``.

        Parameters (name: wire name, location):
            app_id: ``appId``, query, required
            target_type: ``targetType``, query, required
            target_identifier: ``targetIdentifier``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_assigned_account",
            (
                app_id,
                target_type,
                target_identifier,
            ),
            call_options,
        )

    def list_asa_account(
        self,
        app_id: str,
        page: int | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsaAccountPaginatedDataDto:
        """``GET /api/v3/list-asa-accounts`` -> ``AsaAccountPaginatedDataDto``.

        Official python name, Node ``listAsaAccount``; area ``asa_accounts``.

        Parameters (name: wire name, location):
            app_id: ``appId``, query, required
            page: ``page``, query
            limit: ``limit``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_asa_account",
            (
                app_id,
                page,
                limit,
            ),
            call_options,
        )

    def iter_list_asa_account(
        self,
        app_id: str,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[AsaAccountDto]:
        """Every item of ``list_asa_account``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_asa_account",
            (
                app_id,
                limit,
            ),
            call_options,
        )

    def unassign_asa_account(
        self,
        app_id: str,
        account_id: str,
        targets: List[AssignAsaAccountItem | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/unassign-asa-account`` -> ``IsSuccessDto``.

        Official python name, Node ``unassignAsaAccount``; area ``asa_accounts``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
            account_id: ``accountId``, json, required
            targets: ``targets``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "unassign_asa_account",
            (
                app_id,
                account_id,
                targets,
            ),
            call_options,
        )

    def update_asa_account(
        self,
        account_info: Any,
        account_id: str,
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> AsaAccountDto:
        """``POST /api/v3/update-asa-account`` -> ``AsaAccountDto``.

        Official python name, Node ``updateAsaAccount``; area ``asa_accounts``.

        Parameters (name: wire name, location):
            account_info: ``accountInfo``, json, required
            account_id: ``accountId``, json, required
            app_id: ``appId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_asa_account",
            (
                account_info,
                account_id,
                app_id,
            ),
            call_options,
        )
