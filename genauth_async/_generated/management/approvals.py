# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``approvals``."""

from __future__ import annotations

from typing import List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        ApprovalDetailDto, ApprovalPageList, ClosedListParamsObjectType, IsSuccessDto,
        LogListParamsObjectType, PendListParamsObjectType,
    )

_EP_BATCH_PROCESS_APPROVAL = Endpoint(
    "batch_process_approval",
    "PUT",
    "/api/v3/approval-batch-process",
    (
        Param("numbers", "numbers", "json", True, "list", "int"),
        Param("is_agreed", "isAgreed", "json", False, "bool"),
    ),
    idempotent=True,
)

_EP_CLOSED_LIST = Endpoint(
    "closed_list",
    "GET",
    "/api/v3/approval-closed-list",
    (
        Param("page_no", "pageNo", "query", False, "int"),
        Param("page_size", "pageSize", "query", False, "int"),
        Param("object_type", "objectType", "query", False, "str", "any", ("APP_PERMISSION_APPLY", "ROLE_PERMISSION_APPLY")),
        Param("keyword", "keyword", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_GET_DETAIL = Endpoint(
    "get_detail",
    "GET",
    "/api/v3/approval",
    (
        Param("number", "number", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_LOG_LIST = Endpoint(
    "log_list",
    "GET",
    "/api/v3/approval-log-list",
    (
        Param("page_no", "pageNo", "query", False, "int"),
        Param("page_size", "pageSize", "query", False, "int"),
        Param("object_type", "objectType", "query", False, "str", "any", ("APP_PERMISSION_APPLY", "ROLE_PERMISSION_APPLY")),
        Param("keyword", "keyword", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_PEND_LIST = Endpoint(
    "pend_list",
    "GET",
    "/api/v3/approval-pending-list",
    (
        Param("page_no", "pageNo", "query", False, "int"),
        Param("page_size", "pageSize", "query", False, "int"),
        Param("object_type", "objectType", "query", False, "str", "any", ("APP_PERMISSION_APPLY", "ROLE_PERMISSION_APPLY")),
        Param("keyword", "keyword", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_PROCESS_APPROVAL = Endpoint(
    "process_approval",
    "PUT",
    "/api/v3/approval-process",
    (
        Param("number", "number", "json", True, "str"),
        Param("is_agreed", "isAgreed", "json", False, "bool"),
    ),
    idempotent=True,
)


class ApprovalsMixin(_Caller):
    """Management API, area ``approvals``: 6 endpoints."""

    __slots__ = ()

    async def batch_process_approval(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_BATCH_PROCESS_APPROVAL,
            (
                numbers,
                is_agreed,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def closed_list(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CLOSED_LIST,
            (
                page_no,
                page_size,
                object_type,
                keyword,
            ),
            "ApprovalPageList",
            _request_options(call_options),
        )

    async def get_detail(
        self,
        number: str,
        **call_options: Unpack[CallOptions],
    ) -> ApprovalDetailDto:
        """``GET /api/v3/approval`` -> ``ApprovalDetailDto``.

        Node-only endpoint, Node ``getDetail``; area ``approvals``.

        Parameters (name: wire name, location):
            number: ``number``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_DETAIL,
            (number,),
            "ApprovalDetailDto",
            _request_options(call_options),
        )

    async def log_list(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LOG_LIST,
            (
                page_no,
                page_size,
                object_type,
                keyword,
            ),
            "ApprovalPageList",
            _request_options(call_options),
        )

    async def pend_list(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_PEND_LIST,
            (
                page_no,
                page_size,
                object_type,
                keyword,
            ),
            "ApprovalPageList",
            _request_options(call_options),
        )

    async def process_approval(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_PROCESS_APPROVAL,
            (
                number,
                is_agreed,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )
