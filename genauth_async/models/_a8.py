# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ApprovalBatchProcessReq, ..., ApprovalProcessReq)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._a6 import (
        ApplicationPermissionApplyApprovalObject,
    )
    from ._e6 import (
        ExtraParams,
    )
    from ._r8 import (
        RolePermissionApplyApprovalObject,
    )

__all__ = [
    "ApprovalBatchProcessReq", "ApprovalClosedListDto", "ApprovalDetailDto",
    "ApprovalDetailDtoObjectType", "ApprovalDetailDtoStatus", "ApprovalDetailRes", "ApprovalDto",
    "ApprovalInitiatedListDto", "ApprovalListRes", "ApprovalLogListDto", "ApprovalPageList",
    "ApprovalPendingListDto", "ApprovalProcessReq",
]


@_attrs.define(kw_only=True, slots=True)
class ApprovalBatchProcessReq:
    """Wire model ``ApprovalBatchProcessReq`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        numbers: ``numbers``, list[int], required
        is_agreed: ``isAgreed``, bool, optional
    """

    numbers: List[int] = _attrs.field(metadata={"wire": "numbers"})
    is_agreed: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isAgreed"})


@_attrs.define(kw_only=True, slots=True)
class ApprovalClosedListDto:
    """Wire model ``ApprovalClosedListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page_no: ``pageNo``, Any, optional
        page_size: ``pageSize``, Any, optional
        object_type: ``objectType``, Any, optional
        keyword: ``keyword``, Any, optional
    """

    page_no: Any = _attrs.field(default=None, metadata={"wire": "pageNo"})
    page_size: Any = _attrs.field(default=None, metadata={"wire": "pageSize"})
    object_type: Any = _attrs.field(default=None, metadata={"wire": "objectType"})
    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})


@_attrs.define(kw_only=True, slots=True)
class ApprovalDetailDto(WireBacked):
    """Wire model ``ApprovalDetailDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        approval_id: ``approvalId``, int, required
        number: ``number``, str, required
        status: ``status``, ApprovalDetailDtoStatus, required
        submit_time: ``submitTime``, str, required
        closed_time: ``closedTime``, str, optional
        object_type: ``objectType``, ApprovalDetailDtoObjectType, required
        approval_object_list: ``approvalObjectList``, RolePermissionApplyApprovalObject | ApplicationPermissionApplyApprovalObject, required
        extra_params: ``extraParams``, ExtraParams, optional
    """

    approval_id: int = _attrs.field(metadata={"wire": "approvalId"})
    number: str = _attrs.field(metadata={"wire": "number"})
    status: ApprovalDetailDtoStatus = _attrs.field(metadata={"wire": "status"})
    submit_time: str = _attrs.field(metadata={"wire": "submitTime"})
    closed_time: str | None = _attrs.field(default=None, metadata={"wire": "closedTime"})
    object_type: ApprovalDetailDtoObjectType = _attrs.field(metadata={"wire": "objectType"})
    approval_object_list: RolePermissionApplyApprovalObject | ApplicationPermissionApplyApprovalObject = _attrs.field(metadata={"wire": "approvalObjectList"})
    extra_params: ExtraParams | None = _attrs.field(default=None, metadata={"wire": "extraParams"})


class ApprovalDetailDtoObjectType(WireEnum):
    """Enum of ``ApprovalDetailDto.objectType`` (unknown wire values are kept, not rejected)."""

    APP_PERMISSION_APPLY = "APP_PERMISSION_APPLY"
    ROLE_PERMISSION_APPLY = "ROLE_PERMISSION_APPLY"


class ApprovalDetailDtoStatus(WireEnum):
    """Enum of ``ApprovalDetailDto.status`` (unknown wire values are kept, not rejected)."""

    PENDING = "PENDING"
    AGREED = "AGREED"
    REFUSED = "REFUSED"


@_attrs.define(kw_only=True, slots=True)
class ApprovalDetailRes(WireBacked):
    """Wire model ``ApprovalDetailRes`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ApprovalDetailDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ApprovalDetailDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ApprovalDto:
    """Wire model ``ApprovalDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        number: ``number``, Any, optional
    """

    number: Any = _attrs.field(default=None, metadata={"wire": "number"})


@_attrs.define(kw_only=True, slots=True)
class ApprovalInitiatedListDto:
    """Wire model ``ApprovalInitiatedListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page_no: ``pageNo``, Any, optional
        page_size: ``pageSize``, Any, optional
        object_type: ``objectType``, Any, optional
        keyword: ``keyword``, Any, optional
    """

    page_no: Any = _attrs.field(default=None, metadata={"wire": "pageNo"})
    page_size: Any = _attrs.field(default=None, metadata={"wire": "pageSize"})
    object_type: Any = _attrs.field(default=None, metadata={"wire": "objectType"})
    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})


@_attrs.define(kw_only=True, slots=True)
class ApprovalListRes(WireBacked):
    """Wire model ``ApprovalListRes`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ApprovalPageList, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ApprovalPageList = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ApprovalLogListDto:
    """Wire model ``ApprovalLogListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page_no: ``pageNo``, Any, optional
        page_size: ``pageSize``, Any, optional
        object_type: ``objectType``, Any, optional
        keyword: ``keyword``, Any, optional
    """

    page_no: Any = _attrs.field(default=None, metadata={"wire": "pageNo"})
    page_size: Any = _attrs.field(default=None, metadata={"wire": "pageSize"})
    object_type: Any = _attrs.field(default=None, metadata={"wire": "objectType"})
    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})


@_attrs.define(kw_only=True, slots=True)
class ApprovalPageList(WireBacked):
    """Wire model ``ApprovalPageList`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[ApprovalDetailDto], required
        total_count: ``totalCount``, int, required
    """

    list: List[ApprovalDetailDto] = _attrs.field(metadata={"wire": "list"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})


@_attrs.define(kw_only=True, slots=True)
class ApprovalPendingListDto:
    """Wire model ``ApprovalPendingListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page_no: ``pageNo``, Any, optional
        page_size: ``pageSize``, Any, optional
        object_type: ``objectType``, Any, optional
        keyword: ``keyword``, Any, optional
    """

    page_no: Any = _attrs.field(default=None, metadata={"wire": "pageNo"})
    page_size: Any = _attrs.field(default=None, metadata={"wire": "pageSize"})
    object_type: Any = _attrs.field(default=None, metadata={"wire": "objectType"})
    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})


@_attrs.define(kw_only=True, slots=True)
class ApprovalProcessReq:
    """Wire model ``ApprovalProcessReq`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        number: ``number``, str, required
        is_agreed: ``isAgreed``, bool, optional
    """

    number: str = _attrs.field(metadata={"wire": "number"})
    is_agreed: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isAgreed"})
