# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ListApplicationSubjectDataDto, ..., ListAuthSubjectDtoTargetType)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._a9 import (
        ArchivedUsersListPagingDto,
    )

__all__ = [
    "ListApplicationSubjectDataDto", "ListApplicationSubjectDataDtoAppType",
    "ListApplicationSubjectDataDtoEffect", "ListApplicationSubjectDataListDto",
    "ListApplicationSubjectRespDto", "ListApplicationsDto", "ListArchivedUsersDto",
    "ListArchivedUsersRespDto", "ListArchivedUsersSingleRespDto", "ListAsaAccountsDto",
    "ListAuthSubjectDto", "ListAuthSubjectDtoTargetType",
]


@_attrs.define(kw_only=True, slots=True)
class ListApplicationSubjectDataDto:
    """Wire model ``ListApplicationSubjectDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        logo: ``logo``, str, required
        ext: ``ext``, str, required
        template: ``template``, str, required
        app_type: ``appType``, ListApplicationSubjectDataDtoAppType, required
        effect: ``effect``, ListApplicationSubjectDataDtoEffect, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    ext: str = _attrs.field(metadata={"wire": "ext"})
    template: str = _attrs.field(metadata={"wire": "template"})
    app_type: ListApplicationSubjectDataDtoAppType = _attrs.field(metadata={"wire": "appType"})
    effect: ListApplicationSubjectDataDtoEffect = _attrs.field(metadata={"wire": "effect"})


class ListApplicationSubjectDataDtoAppType(WireEnum):
    """Enum of ``ListApplicationSubjectDataDto.appType`` (unknown wire values are kept, not rejected)."""

    INTEGRATED = "INTEGRATED"
    SELFBUILT = "SELFBUILT"
    APP_PANEL = "APP_PANEL"


class ListApplicationSubjectDataDtoEffect(WireEnum):
    """Enum of ``ListApplicationSubjectDataDto.effect`` (unknown wire values are kept, not rejected)."""

    ALLOW = "ALLOW"
    DENY = "DENY"


@_attrs.define(kw_only=True, slots=True)
class ListApplicationSubjectDataListDto(WireBacked):
    """Wire model ``ListApplicationSubjectDataListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[ListApplicationSubjectDataDto], required
    """

    list: List[ListApplicationSubjectDataDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ListApplicationSubjectRespDto(WireBacked):
    """Wire model ``ListApplicationSubjectRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ListApplicationSubjectDataListDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ListApplicationSubjectDataListDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListApplicationsDto:
    """Wire model ``ListApplicationsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        is_integrate_app: ``isIntegrateApp``, Any, optional
        is_self_built_app: ``isSelfBuiltApp``, Any, optional
        sso_enabled: ``ssoEnabled``, Any, optional
        keywords: ``keywords``, Any, optional
        all: ``all``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    is_integrate_app: Any = _attrs.field(default=None, metadata={"wire": "isIntegrateApp"})
    is_self_built_app: Any = _attrs.field(default=None, metadata={"wire": "isSelfBuiltApp"})
    sso_enabled: Any = _attrs.field(default=None, metadata={"wire": "ssoEnabled"})
    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    all: Any = _attrs.field(default=None, metadata={"wire": "all"})


@_attrs.define(kw_only=True, slots=True)
class ListArchivedUsersDto:
    """Wire model ``ListArchivedUsersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        start_at: ``startAt``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    start_at: Any = _attrs.field(default=None, metadata={"wire": "startAt"})


@_attrs.define(kw_only=True, slots=True)
class ListArchivedUsersRespDto:
    """Wire model ``ListArchivedUsersRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        archived_at: ``archivedAt``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    archived_at: str = _attrs.field(metadata={"wire": "archivedAt"})


@_attrs.define(kw_only=True, slots=True)
class ListArchivedUsersSingleRespDto(WireBacked):
    """Wire model ``ListArchivedUsersSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ArchivedUsersListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ArchivedUsersListPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListAsaAccountsDto:
    """Wire model ``ListAsaAccountsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ListAuthSubjectDto:
    """Wire model ``ListAuthSubjectDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, ListAuthSubjectDtoTargetType, required
        target_id: ``targetId``, str, required
        app_name: ``appName``, str, optional
        app_type_list: ``appTypeList``, list[str], optional
        effect: ``effect``, list[str], optional
        enabled: ``enabled``, bool, optional
    """

    target_type: ListAuthSubjectDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_id: str = _attrs.field(metadata={"wire": "targetId"})
    app_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appName"})
    app_type_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appTypeList"})
    effect: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "effect"})
    enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabled"})


class ListAuthSubjectDtoTargetType(WireEnum):
    """Enum of ``ListAuthSubjectDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    ORG = "ORG"
    AK_SK = "AK_SK"
