# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``approvals`` (sync facade)."""

from __future__ import annotations

from typing import List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        ApprovalDetailDto, ApprovalPageList, ClosedListParamsObjectType, IsSuccessDto,
        LogListParamsObjectType, PendListParamsObjectType,
    )


class ApprovalsMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``approvals``: 6 endpoints."""

    def batch_process_approval(
        self,
        numbers: List[int],
        is_agreed: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``PUT /api/v3/approval-batch-process`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``batchProcessApproval``; area ``approvals``.

        Parameters (name: wire name, location):
            numbers: ``numbers``, json, required
            is_agreed: ``isAgreed``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "batch_process_approval",
            (
                numbers,
                is_agreed,
            ),
            call_options,
        )

    def closed_list(
        self,
        page_no: int | None = None,
        page_size: int | None = None,
        object_type: ClosedListParamsObjectType | str | None = None,
        keyword: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ApprovalPageList:
        """``GET /api/v3/approval-closed-list`` -> ``ApprovalPageList``.

        Node-only endpoint, Node ``closedList``; area ``approvals``.

        Parameters (name: wire name, location):
            page_no: ``pageNo``, query
            page_size: ``pageSize``, query
            object_type: ``objectType``, query
            keyword: ``keyword``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "closed_list",
            (
                page_no,
                page_size,
                object_type,
                keyword,
            ),
            call_options,
        )

    def get_detail(
        self,
        number: str,
        **call_options: Unpack[CallOptions],
    ) -> ApprovalDetailDto:
        """``GET /api/v3/approval`` -> ``ApprovalDetailDto``.

        Node-only endpoint, Node ``getDetail``; area ``approvals``.

        Parameters (name: wire name, location):
            number: ``number``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_detail",
            (number,),
            call_options,
        )

    def log_list(
        self,
        page_no: int | None = None,
        page_size: int | None = None,
        object_type: LogListParamsObjectType | str | None = None,
        keyword: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ApprovalPageList:
        """``GET /api/v3/approval-log-list`` -> ``ApprovalPageList``.

        Node-only endpoint, Node ``logList``; area ``approvals``.

        Parameters (name: wire name, location):
            page_no: ``pageNo``, query
            page_size: ``pageSize``, query
            object_type: ``objectType``, query
            keyword: ``keyword``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "log_list",
            (
                page_no,
                page_size,
                object_type,
                keyword,
            ),
            call_options,
        )

    def pend_list(
        self,
        page_no: int | None = None,
        page_size: int | None = None,
        object_type: PendListParamsObjectType | str | None = None,
        keyword: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ApprovalPageList:
        """``GET /api/v3/approval-pending-list`` -> ``ApprovalPageList``.

        Node-only endpoint, Node ``pendList``; area ``approvals``.

        Parameters (name: wire name, location):
            page_no: ``pageNo``, query
            page_size: ``pageSize``, query
            object_type: ``objectType``, query
            keyword: ``keyword``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "pend_list",
            (
                page_no,
                page_size,
                object_type,
                keyword,
            ),
            call_options,
        )

    def process_approval(
        self,
        number: str,
        is_agreed: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``PUT /api/v3/approval-process`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``processApproval``; area ``approvals``.

        Parameters (name: wire name, location):
            number: ``number``, json, required
            is_agreed: ``isAgreed``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "process_approval",
            (
                number,
                is_agreed,
            ),
            call_options,
        )
