# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (PaginationDto, ..., PermissionNamespaceListPaginatedRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._c3 import (
        CheckPermissionNamespaceExistsRespDto,
    )
    from ._c5 import (
        CombineFiltersBaseDto,
    )
    from ._g10 import (
        GetInvitationPolicyDto,
    )
    from ._p2 import (
        PermissionNamespaceListPagingDto,
    )
    from ._r3 import (
        ResetPasswordVerify,
    )
    from ._u1 import (
        UniversalInvitationApplicantData,
    )

__all__ = [
    "PaginationDto", "PaginationInvitationPolicyDataDto", "PaginationInvitationPolicyQueryDto",
    "PaginationInvitationPolicyRespDto", "PaginationUniversalInvitationApplicantDataDto",
    "PaginationUniversalInvitationApplicantQueryDto",
    "PaginationUniversalInvitationApplicantRespDto", "ParsedUserAgent", "PasswordResetVerifyResp",
    "PendListParamsObjectType", "PermissionNamespaceCheckExistsRespDto",
    "PermissionNamespaceListPaginatedRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class PaginationDto:
    """Wire model ``PaginationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        page: ``page``, int, optional
        limit: ``limit``, int, optional
    """

    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class PaginationInvitationPolicyDataDto(WireBacked):
    """Wire model ``PaginationInvitationPolicyDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[GetInvitationPolicyDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[GetInvitationPolicyDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class PaginationInvitationPolicyQueryDto:
    """Wire model ``PaginationInvitationPolicyQueryDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        keywords: ``keywords``, str, optional
        filter: ``filter``, CombineFiltersBaseDto, optional
        with_creator_detail: ``withCreatorDetail``, bool, optional
    """

    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    filter: CombineFiltersBaseDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "filter"})
    with_creator_detail: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCreatorDetail"})


@_attrs.define(kw_only=True, slots=True)
class PaginationInvitationPolicyRespDto(WireBacked):
    """Wire model ``PaginationInvitationPolicyRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PaginationInvitationPolicyDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PaginationInvitationPolicyDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PaginationUniversalInvitationApplicantDataDto(WireBacked):
    """Wire model ``PaginationUniversalInvitationApplicantDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[UniversalInvitationApplicantData], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[UniversalInvitationApplicantData] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class PaginationUniversalInvitationApplicantQueryDto:
    """Wire model ``PaginationUniversalInvitationApplicantQueryDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        keywords: ``keywords``, str, optional
        filter: ``filter``, CombineFiltersBaseDto, optional
        with_invitor_detail: ``withInvitorDetail``, bool, optional
        with_operator_detail: ``withOperatorDetail``, bool, optional
    """

    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    filter: CombineFiltersBaseDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "filter"})
    with_invitor_detail: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withInvitorDetail"})
    with_operator_detail: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withOperatorDetail"})


@_attrs.define(kw_only=True, slots=True)
class PaginationUniversalInvitationApplicantRespDto(WireBacked):
    """Wire model ``PaginationUniversalInvitationApplicantRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PaginationUniversalInvitationApplicantDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PaginationUniversalInvitationApplicantDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ParsedUserAgent:
    """Wire model ``ParsedUserAgent`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        device: ``device``, str, required
        name: ``name``, str, required
        os: ``os``, str, required
    """

    device: str = _attrs.field(metadata={"wire": "device"})
    name: str = _attrs.field(metadata={"wire": "name"})
    os: str = _attrs.field(metadata={"wire": "os"})


@_attrs.define(kw_only=True, slots=True)
class PasswordResetVerifyResp(WireBacked):
    """Wire model ``PasswordResetVerifyResp`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ResetPasswordVerify, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ResetPasswordVerify = _attrs.field(metadata={"wire": "data"})


class PendListParamsObjectType(WireEnum):
    """Enum of ``PendListParams.objectType`` (unknown wire values are kept, not rejected)."""

    APP_PERMISSION_APPLY = "APP_PERMISSION_APPLY"
    ROLE_PERMISSION_APPLY = "ROLE_PERMISSION_APPLY"


@_attrs.define(kw_only=True, slots=True)
class PermissionNamespaceCheckExistsRespDto(WireBacked):
    """Wire model ``PermissionNamespaceCheckExistsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CheckPermissionNamespaceExistsRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CheckPermissionNamespaceExistsRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PermissionNamespaceListPaginatedRespDto(WireBacked):
    """Wire model ``PermissionNamespaceListPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PermissionNamespaceListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PermissionNamespaceListPagingDto = _attrs.field(metadata={"wire": "data"})
