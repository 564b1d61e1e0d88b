# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ListAccessKeyResponseDto, ..., ListApplicationSimpleInfoDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._l2 import (
        ListAccessKeyRespDto,
    )
    from ._p1 import (
        PaginationDto,
    )

__all__ = [
    "ListAccessKeyResponseDto", "ListApplicationActiveUsersDto",
    "ListApplicationActiveUsersOptionsDto", "ListApplicationAuthDataDto",
    "ListApplicationAuthDataDtoEffect", "ListApplicationAuthDataDtoPermissionType",
    "ListApplicationAuthDataDtoTargetType", "ListApplicationAuthDto",
    "ListApplicationAuthDtoEffect", "ListApplicationAuthPaginatedDataDto",
    "ListApplicationAuthPaginatedRespDto", "ListApplicationDto", "ListApplicationSimpleInfoDto",
]


@_attrs.define(kw_only=True, slots=True)
class ListAccessKeyResponseDto(WireBacked):
    """Wire model ``ListAccessKeyResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[ListAccessKeyRespDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[ListAccessKeyRespDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListApplicationActiveUsersDto:
    """Wire model ``ListApplicationActiveUsersDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        options: ``options``, ListApplicationActiveUsersOptionsDto, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    options: ListApplicationActiveUsersOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class ListApplicationActiveUsersOptionsDto:
    """Wire model ``ListApplicationActiveUsersOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        pagination: ``pagination``, PaginationDto, optional
        with_custom_data: ``withCustomData``, bool, optional
        with_identities: ``withIdentities``, bool, optional
        with_department_ids: ``withDepartmentIds``, bool, optional
    """

    pagination: PaginationDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "pagination"})
    with_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCustomData"})
    with_identities: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withIdentities"})
    with_department_ids: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withDepartmentIds"})


@_attrs.define(kw_only=True, slots=True)
class ListApplicationAuthDataDto:
    """Wire model ``ListApplicationAuthDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        target_id: ``targetId``, str, required
        target_name: ``targetName``, str, required
        target_type: ``targetType``, ListApplicationAuthDataDtoTargetType, required
        effect: ``effect``, ListApplicationAuthDataDtoEffect, required
        enabled: ``enabled``, bool, required
        permission_type: ``permissionType``, ListApplicationAuthDataDtoPermissionType, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    target_id: str = _attrs.field(metadata={"wire": "targetId"})
    target_name: str = _attrs.field(metadata={"wire": "targetName"})
    target_type: ListApplicationAuthDataDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    effect: ListApplicationAuthDataDtoEffect = _attrs.field(metadata={"wire": "effect"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    permission_type: ListApplicationAuthDataDtoPermissionType = _attrs.field(metadata={"wire": "permissionType"})


class ListApplicationAuthDataDtoEffect(WireEnum):
    """Enum of ``ListApplicationAuthDataDto.effect`` (unknown wire values are kept, not rejected)."""

    ALLOW = "ALLOW"
    DENY = "DENY"


class ListApplicationAuthDataDtoPermissionType(WireEnum):
    """Enum of ``ListApplicationAuthDataDto.permissionType`` (unknown wire values are kept, not rejected)."""

    ALL = "ALL"
    SUBJECT = "SUBJECT"


class ListApplicationAuthDataDtoTargetType(WireEnum):
    """Enum of ``ListApplicationAuthDataDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    ORG = "ORG"
    AK_SK = "AK_SK"


@_attrs.define(kw_only=True, slots=True)
class ListApplicationAuthDto:
    """Wire model ``ListApplicationAuthDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        target_name: ``targetName``, str, optional
        target_type_list: ``targetTypeList``, list[str], optional
        effect: ``effect``, ListApplicationAuthDtoEffect, optional
        enabled: ``enabled``, bool, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    target_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "targetName"})
    target_type_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "targetTypeList"})
    effect: ListApplicationAuthDtoEffect | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "effect"})
    enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabled"})


class ListApplicationAuthDtoEffect(WireEnum):
    """Enum of ``ListApplicationAuthDto.effect`` (unknown wire values are kept, not rejected)."""

    ALLOW = "ALLOW"
    DENY = "DENY"


@_attrs.define(kw_only=True, slots=True)
class ListApplicationAuthPaginatedDataDto(WireBacked):
    """Wire model ``ListApplicationAuthPaginatedDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[ListApplicationAuthDataDto], required
        total_count: ``totalCount``, int, required
    """

    list: List[ListApplicationAuthDataDto] = _attrs.field(metadata={"wire": "list"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})


@_attrs.define(kw_only=True, slots=True)
class ListApplicationAuthPaginatedRespDto(WireBacked):
    """Wire model ``ListApplicationAuthPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ListApplicationAuthPaginatedDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ListApplicationAuthPaginatedDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListApplicationDto:
    """Wire model ``ListApplicationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        is_integrate_app: ``isIntegrateApp``, Any, optional
        is_self_built_app: ``isSelfBuiltApp``, Any, optional
        sso_enabled: ``ssoEnabled``, Any, optional
        keyword: ``keyword``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    is_integrate_app: Any = _attrs.field(default=None, metadata={"wire": "isIntegrateApp"})
    is_self_built_app: Any = _attrs.field(default=None, metadata={"wire": "isSelfBuiltApp"})
    sso_enabled: Any = _attrs.field(default=None, metadata={"wire": "ssoEnabled"})
    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})


@_attrs.define(kw_only=True, slots=True)
class ListApplicationSimpleInfoDto:
    """Wire model ``ListApplicationSimpleInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        is_integrate_app: ``isIntegrateApp``, Any, optional
        is_self_built_app: ``isSelfBuiltApp``, Any, optional
        sso_enabled: ``ssoEnabled``, Any, optional
        keywords: ``keywords``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    is_integrate_app: Any = _attrs.field(default=None, metadata={"wire": "isIntegrateApp"})
    is_self_built_app: Any = _attrs.field(default=None, metadata={"wire": "isSelfBuiltApp"})
    sso_enabled: Any = _attrs.field(default=None, metadata={"wire": "ssoEnabled"})
    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
