# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ApprovalUniversalInvitationApplicantDto, ..., AsaAccountTargetDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked

if TYPE_CHECKING:
    from ._a10 import (
        AsaAccountTargetDtoTargetType,
    )
    from ._l4 import (
        ListArchivedUsersRespDto,
    )

__all__ = [
    "ApprovalUniversalInvitationApplicantDto", "ApprovalUser", "ArchivedUsersListPagingDto",
    "ArrResourceAuthAction", "ArrayAuthorize", "ArrayOrStringActionDto", "AsaAccountDto",
    "AsaAccountListRespDto", "AsaAccountPaginatedDataDto", "AsaAccountPaginatedRespDto",
    "AsaAccountSingleNullableRespDto", "AsaAccountSingleRespDto", "AsaAccountTargetDto",
]


@_attrs.define(kw_only=True, slots=True)
class ApprovalUniversalInvitationApplicantDto:
    """Wire model ``ApprovalUniversalInvitationApplicantDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        applicant_ids: ``applicantIds``, list[str], required
    """

    applicant_ids: List[str] = _attrs.field(metadata={"wire": "applicantIds"})


@_attrs.define(kw_only=True, slots=True)
class ApprovalUser:
    """Wire model ``ApprovalUser`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        photo: ``photo``, str, required
        user_name: ``userName``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    photo: str = _attrs.field(metadata={"wire": "photo"})
    user_name: str = _attrs.field(metadata={"wire": "userName"})


@_attrs.define(kw_only=True, slots=True)
class ArchivedUsersListPagingDto(WireBacked):
    """Wire model ``ArchivedUsersListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ListArchivedUsersRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ListArchivedUsersRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ArrResourceAuthAction:
    """Wire model ``ArrResourceAuthAction`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        values: ``values``, list[str], optional
        actions: ``actions``, list[str], optional
    """

    values: List[str] | None = _attrs.field(default=None, metadata={"wire": "values"})
    actions: List[str] | None = _attrs.field(default=None, metadata={"wire": "actions"})


@_attrs.define(kw_only=True, slots=True)
class ArrayAuthorize:
    """Wire model ``ArrayAuthorize`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        values: ``values``, list[str], required
        actions: ``actions``, list[str], required
    """

    values: List[str] = _attrs.field(metadata={"wire": "values"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})


@_attrs.define(kw_only=True, slots=True)
class ArrayOrStringActionDto:
    """Wire model ``ArrayOrStringActionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        action: ``action``, str, required
        enabled: ``enabled``, bool, required
    """

    action: str = _attrs.field(metadata={"wire": "action"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})


@_attrs.define(kw_only=True, slots=True)
class AsaAccountDto:
    """Wire model ``AsaAccountDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        account_id: ``accountId``, str, required
        account_info: ``accountInfo``, Any, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    account_id: str = _attrs.field(metadata={"wire": "accountId"})
    account_info: Any = _attrs.field(metadata={"wire": "accountInfo"})


@_attrs.define(kw_only=True, slots=True)
class AsaAccountListRespDto(WireBacked):
    """Wire model ``AsaAccountListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[AsaAccountDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[AsaAccountDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class AsaAccountPaginatedDataDto(WireBacked):
    """Wire model ``AsaAccountPaginatedDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[AsaAccountDto], required
        total_count: ``totalCount``, int, required
    """

    list: List[AsaAccountDto] = _attrs.field(metadata={"wire": "list"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})


@_attrs.define(kw_only=True, slots=True)
class AsaAccountPaginatedRespDto(WireBacked):
    """Wire model ``AsaAccountPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, AsaAccountPaginatedDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: AsaAccountPaginatedDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class AsaAccountSingleNullableRespDto(WireBacked):
    """Wire model ``AsaAccountSingleNullableRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, AsaAccountDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: AsaAccountDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class AsaAccountSingleRespDto(WireBacked):
    """Wire model ``AsaAccountSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, AsaAccountDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: AsaAccountDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class AsaAccountTargetDto:
    """Wire model ``AsaAccountTargetDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, AsaAccountTargetDtoTargetType, required
        target_identifier: ``targetIdentifier``, str, required
    """

    target_type: AsaAccountTargetDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})
