# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ImportOtpReqDto, ..., InitiatedApproval)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked

if TYPE_CHECKING:
    from ._a6 import (
        ApplicationPermissionApplyApprovalObject,
    )
    from ._e6 import (
        ExtraParams,
    )
    from ._i1 import (
        ImportOtpItemDto,
    )
    from ._i3 import (
        InitiatedApprovalObjectType, InitiatedApprovalStatus,
    )
    from ._r8 import (
        RolePermissionApplyApprovalObject,
    )

__all__ = [
    "ImportOtpReqDto", "ImportTenantDataDto", "ImportTenantDto", "ImportTenantHistoryDataDto",
    "ImportTenantHistoryDto", "ImportTenantHistoryRespDto", "ImportTenantNotifyUseDataDto",
    "ImportTenantNotifyUserDto", "ImportTenantNotifyUserRespDto", "ImportTenantRespDto",
    "ImportUsersDto", "InitiatedApproval",
]


@_attrs.define(kw_only=True, slots=True)
class ImportOtpReqDto:
    """Wire model ``ImportOtpReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[ImportOtpItemDto], required
    """

    list: List[ImportOtpItemDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ImportTenantDataDto:
    """Wire model ``ImportTenantDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
    """

    success: bool = _attrs.field(metadata={"wire": "success"})


@_attrs.define(kw_only=True, slots=True)
class ImportTenantDto:
    """Wire model ``ImportTenantDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        excel_url: ``excelUrl``, str, required
    """

    excel_url: str = _attrs.field(metadata={"wire": "excelUrl"})


@_attrs.define(kw_only=True, slots=True)
class ImportTenantHistoryDataDto:
    """Wire model ``ImportTenantHistoryDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[Any], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[Any] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ImportTenantHistoryDto:
    """Wire model ``ImportTenantHistoryDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ImportTenantHistoryRespDto(WireBacked):
    """Wire model ``ImportTenantHistoryRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ImportTenantHistoryDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ImportTenantHistoryDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ImportTenantNotifyUseDataDto:
    """Wire model ``ImportTenantNotifyUseDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[Any], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[Any] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ImportTenantNotifyUserDto:
    """Wire model ``ImportTenantNotifyUserDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        import_id: ``importId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    import_id: Any = _attrs.field(default=None, metadata={"wire": "importId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ImportTenantNotifyUserRespDto(WireBacked):
    """Wire model ``ImportTenantNotifyUserRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ImportTenantNotifyUseDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ImportTenantNotifyUseDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ImportTenantRespDto(WireBacked):
    """Wire model ``ImportTenantRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ImportTenantDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ImportTenantDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ImportUsersDto:
    """Wire model ``ImportUsersDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
        file: ``file``, str, required
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    file: str = _attrs.field(metadata={"wire": "file"})


@_attrs.define(kw_only=True, slots=True)
class InitiatedApproval(WireBacked):
    """Wire model ``InitiatedApproval`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        approval_id: ``approvalId``, int, required
        number: ``number``, str, required
        status: ``status``, InitiatedApprovalStatus, required
        submit_time: ``submitTime``, str, required
        closed_time: ``closedTime``, str, optional
        object_type: ``objectType``, InitiatedApprovalObjectType, required
        approval_object_list: ``approvalObjectList``, RolePermissionApplyApprovalObject | ApplicationPermissionApplyApprovalObject, required
        extra_params: ``extraParams``, ExtraParams, optional
    """

    approval_id: int = _attrs.field(metadata={"wire": "approvalId"})
    number: str = _attrs.field(metadata={"wire": "number"})
    status: InitiatedApprovalStatus = _attrs.field(metadata={"wire": "status"})
    submit_time: str = _attrs.field(metadata={"wire": "submitTime"})
    closed_time: str | None = _attrs.field(default=None, metadata={"wire": "closedTime"})
    object_type: InitiatedApprovalObjectType = _attrs.field(metadata={"wire": "objectType"})
    approval_object_list: RolePermissionApplyApprovalObject | ApplicationPermissionApplyApprovalObject = _attrs.field(metadata={"wire": "approvalObjectList"})
    extra_params: ExtraParams | None = _attrs.field(default=None, metadata={"wire": "extraParams"})
