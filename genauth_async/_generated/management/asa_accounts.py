# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``asa_accounts``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import check_call_options as _check_call_options, request_options as _request_options
from genauth_async._pagination import paginate as _paginate

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        AsaAccountDto, AsaAccountPaginatedDataDto, AsaAccountTargetDto, AssignAsaAccountItem,
        CreateAsaAccountsBatchItemDto, GetAsaAccountAssignedTargetDataDto,
        GetAssignedAccountParamsTargetType, IsSuccessDto,
    )

_EP_ASSIGN_ASA_ACCOUNT = Endpoint(
    "assign_asa_account",
    "POST",
    "/api/v3/assign-asa-account",
    (
        Param("app_id", "appId", "json", True, "str"),
        Param("account_id", "accountId", "json", True, "str"),
        Param("targets", "targets", "json", True, "list", "dict"),
    ),
    idempotent=False,
)

_EP_CREATE_ASA_ACCOUNT = Endpoint(
    "create_asa_account",
    "POST",
    "/api/v3/create-asa-account",
    (
        Param("account_info", "accountInfo", "json", True, "any"),
        Param("app_id", "appId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_ASA_ACCOUNT_BATCH = Endpoint(
    "create_asa_account_batch",
    "POST",
    "/api/v3/create-asa-accounts-batch",
    (
        Param("list", "list", "json", True, "list", "dict"),
        Param("app_id", "appId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_DELETE_ASA_ACCOUNT = Endpoint(
    "delete_asa_account",
    "POST",
    "/api/v3/delete-asa-account",
    (
        Param("account_id", "accountId", "json", True, "str"),
        Param("app_id", "appId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_DELETE_ASA_ACCOUNT_BATCH = Endpoint(
    "delete_asa_account_batch",
    "POST",
    "/api/v3/delete-asa-accounts-batch",
    (
        Param("account_ids", "accountIds", "json", True, "list", "str"),
        Param("app_id", "appId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_GET_ASA_ACCOUNT = Endpoint(
    "get_asa_account",
    "GET",
    "/api/v3/get-asa-account",
    (
        Param("app_id", "appId", "query", True, "str"),
        Param("account_id", "accountId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_ASA_ACCOUNT_ASSIGNED_TARGETS = Endpoint(
    "get_asa_account_assigned_targets",
    "GET",
    "/api/v3/get-asa-account-assigned-targets",
    (
        Param("app_id", "appId", "query", True, "str"),
        Param("account_id", "accountId", "query", True, "str"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
    ),
    idempotent=True,
)

_EP_GET_ASA_ACCOUNT_BATCH = Endpoint(
    "get_asa_account_batch",
    "POST",
    "/api/v3/get-asa-accounts-batch",
    (
        Param("account_ids", "accountIds", "json", True, "list", "str"),
        Param("app_id", "appId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_GET_ASSIGNED_ACCOUNT = Endpoint(
    "get_assigned_account",
    "GET",
    "/api/v3/get-assigned-account",
    (
        Param("app_id", "appId", "query", True, "str"),
        Param("target_type", "targetType", "query", True, "str", "any", ("USER", "ROLE", "GROUP", "DEPARTMENT")),
        Param("target_identifier", "targetIdentifier", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_LIST_ASA_ACCOUNT = Endpoint(
    "list_asa_account",
    "GET",
    "/api/v3/list-asa-accounts",
    (
        Param("app_id", "appId", "query", True, "str"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
    ),
    idempotent=True,
)

_EP_UNASSIGN_ASA_ACCOUNT = Endpoint(
    "unassign_asa_account",
    "POST",
    "/api/v3/unassign-asa-account",
    (
        Param("app_id", "appId", "json", True, "str"),
        Param("account_id", "accountId", "json", True, "str"),
        Param("targets", "targets", "json", True, "list", "dict"),
    ),
    idempotent=False,
)

_EP_UPDATE_ASA_ACCOUNT = Endpoint(
    "update_asa_account",
    "POST",
    "/api/v3/update-asa-account",
    (
        Param("account_info", "accountInfo", "json", True, "any"),
        Param("account_id", "accountId", "json", True, "str"),
        Param("app_id", "appId", "json", True, "str"),
    ),
    idempotent=False,
)


class AsaAccountsMixin(_Caller):
    """Management API, area ``asa_accounts``: 12 endpoints."""

    __slots__ = ()

    async def assign_asa_account(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_ASSIGN_ASA_ACCOUNT,
            (
                app_id,
                account_id,
                targets,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def create_asa_account(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_ASA_ACCOUNT,
            (
                account_info,
                app_id,
            ),
            "AsaAccountDto",
            _request_options(call_options),
        )

    async def create_asa_account_batch(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_ASA_ACCOUNT_BATCH,
            (
                list,
                app_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def delete_asa_account(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_ASA_ACCOUNT,
            (
                account_id,
                app_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def delete_asa_account_batch(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_ASA_ACCOUNT_BATCH,
            (
                account_ids,
                app_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def get_asa_account(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ASA_ACCOUNT,
            (
                app_id,
                account_id,
            ),
            "AsaAccountDto",
            _request_options(call_options),
        )

    async def get_asa_account_assigned_targets(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ASA_ACCOUNT_ASSIGNED_TARGETS,
            (
                app_id,
                account_id,
                page,
                limit,
            ),
            "GetAsaAccountAssignedTargetDataDto",
            _request_options(call_options),
        )

    def iter_get_asa_account_assigned_targets(
        self,
        app_id: str,
        account_id: str,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[AsaAccountTargetDto]:
        """Every item of ``get_asa_account_assigned_targets``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.get_asa_account_assigned_targets(
                page=page,
                app_id=app_id,
                account_id=account_id,
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def get_asa_account_batch(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ASA_ACCOUNT_BATCH,
            (
                account_ids,
                app_id,
            ),
            "list[AsaAccountDto]",
            _request_options(call_options),
        )

    async def get_assigned_account(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ASSIGNED_ACCOUNT,
            (
                app_id,
                target_type,
                target_identifier,
            ),
            "AsaAccountDto",
            _request_options(call_options),
        )

    async def list_asa_account(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_ASA_ACCOUNT,
            (
                app_id,
                page,
                limit,
            ),
            "AsaAccountPaginatedDataDto",
            _request_options(call_options),
        )

    def iter_list_asa_account(
        self,
        app_id: str,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[AsaAccountDto]:
        """Every item of ``list_asa_account``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_asa_account(
                page=page,
                app_id=app_id,
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def unassign_asa_account(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_UNASSIGN_ASA_ACCOUNT,
            (
                app_id,
                account_id,
                targets,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_asa_account(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_ASA_ACCOUNT,
            (
                account_info,
                account_id,
                app_id,
            ),
            "AsaAccountDto",
            _request_options(call_options),
        )
