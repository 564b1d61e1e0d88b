# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ListDepartmentMembersParamsSortBy, ..., ListGroupsDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._d8 import (
        DnefPaginatedRespDto,
    )
    from ._f1 import (
        FactorDto, FactorToEnrollDto,
    )

__all__ = [
    "ListDepartmentMembersParamsSortBy", "ListDeviceCredentialDto", "ListDnefDto",
    "ListDnefPaginatedRespDto", "ListDto", "ListEnrolledFactorsRespDto", "ListEventsDto",
    "ListExtIdpDto", "ListFactorsToEnrollRespDto", "ListFieldDto", "ListGroupMembersDto",
    "ListGroupsDto",
]


class ListDepartmentMembersParamsSortBy(WireEnum):
    """Enum of ``ListDepartmentMembersParams.sortBy`` (unknown wire values are kept, not rejected)."""

    DEFAULT = "Default"
    JOINDEPARTMENTAT = "JoinDepartmentAt"
    USERID = "userId"
    CREATEAT = "createAt"
    UPDATEDAT = "updatedAt"


@_attrs.define(kw_only=True, slots=True)
class ListDeviceCredentialDto:
    """Wire model ``ListDeviceCredentialDto`` (request side; optional fields default to UNSET)."""


@_attrs.define(kw_only=True, slots=True)
class ListDnefDto:
    """Wire model ``ListDnefDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, Any, optional
        resource_code: ``resourceCode``, Any, optional
        start_index: ``startIndex``, Any, optional
        max_size: ``maxSize``, Any, optional
        query: ``query``, Any, optional
    """

    namespace_code: Any = _attrs.field(default=None, metadata={"wire": "namespaceCode"})
    resource_code: Any = _attrs.field(default=None, metadata={"wire": "resourceCode"})
    start_index: Any = _attrs.field(default=None, metadata={"wire": "startIndex"})
    max_size: Any = _attrs.field(default=None, metadata={"wire": "maxSize"})
    query: Any = _attrs.field(default=None, metadata={"wire": "query"})


@_attrs.define(kw_only=True, slots=True)
class ListDnefPaginatedRespDto(WireBacked):
    """Wire model ``ListDnefPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, DnefPaginatedRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: DnefPaginatedRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListDto:
    """Wire model ``ListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ListEnrolledFactorsRespDto(WireBacked):
    """Wire model ``ListEnrolledFactorsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[FactorDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[FactorDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListEventsDto:
    """Wire model ``ListEventsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        app: ``app``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    app: Any = _attrs.field(default=None, metadata={"wire": "app"})


@_attrs.define(kw_only=True, slots=True)
class ListExtIdpDto:
    """Wire model ``ListExtIdpDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, Any, optional
        app_id: ``appId``, Any, optional
    """

    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class ListFactorsToEnrollRespDto(WireBacked):
    """Wire model ``ListFactorsToEnrollRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[FactorToEnrollDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[FactorToEnrollDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListFieldDto:
    """Wire model ``ListFieldDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, Any, optional
        from_: ``from``, Any, optional
    """

    model_id: Any = _attrs.field(default=None, metadata={"wire": "modelId"})
    from_: Any = _attrs.field(default=None, metadata={"wire": "from"})


@_attrs.define(kw_only=True, slots=True)
class ListGroupMembersDto:
    """Wire model ``ListGroupMembersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_identities: ``withIdentities``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
        flat_custom_data: ``flatCustomData``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_identities: Any = _attrs.field(default=None, metadata={"wire": "withIdentities"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})
    flat_custom_data: Any = _attrs.field(default=None, metadata={"wire": "flatCustomData"})


@_attrs.define(kw_only=True, slots=True)
class ListGroupsDto:
    """Wire model ``ListGroupsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_metadata: ``withMetadata``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        flat_custom_data: ``flatCustomData``, Any, optional
    """

    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_metadata: Any = _attrs.field(default=None, metadata={"wire": "withMetadata"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    flat_custom_data: Any = _attrs.field(default=None, metadata={"wire": "flatCustomData"})
