# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (TabConfigDto, ..., TenantCooperatorSingleRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._t3 import (
        TenantUserDto,
    )
    from ._u17 import (
        UserDto,
    )

__all__ = [
    "TabConfigDto", "TargetDto", "TargetDtoTargetType", "TenantApplicationDto",
    "TenantApplicationListPaginatedRespDto", "TenantApplicationListPagingDto",
    "TenantCooperatorDto", "TenantCooperatorListPagingDto", "TenantCooperatorPaginatedRespDto",
    "TenantCooperatorSingleDto", "TenantCooperatorSingleRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class TabConfigDto:
    """Wire model ``TabConfigDto`` (request side; optional fields default to UNSET)."""


@_attrs.define(kw_only=True, slots=True)
class TargetDto:
    """Wire model ``TargetDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, TargetDtoTargetType, required
        target_identifier: ``targetIdentifier``, str, required
    """

    target_type: TargetDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})


class TargetDtoTargetType(WireEnum):
    """Enum of ``TargetDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class TenantApplicationDto:
    """Wire model ``TenantApplicationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_pool_id: ``userPoolId``, str, required
        tenant_app_id: ``tenantAppId``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
        logo: ``logo``, str, required
        application_type: ``applicationType``, str, required
        sso_enabled: ``ssoEnabled``, bool, required
        app_id: ``appId``, str, required
    """

    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    tenant_app_id: str = _attrs.field(metadata={"wire": "tenantAppId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    application_type: str = _attrs.field(metadata={"wire": "applicationType"})
    sso_enabled: bool = _attrs.field(metadata={"wire": "ssoEnabled"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class TenantApplicationListPaginatedRespDto(WireBacked):
    """Wire model ``TenantApplicationListPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TenantApplicationListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TenantApplicationListPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class TenantApplicationListPagingDto(WireBacked):
    """Wire model ``TenantApplicationListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[TenantApplicationDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[TenantApplicationDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class TenantCooperatorDto(WireBacked):
    """Wire model ``TenantCooperatorDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        type: ``type``, str, required
        external: ``external``, bool, required
        user: ``user``, UserDto, required
        tenant_user: ``tenantUser``, TenantUserDto, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    type: str = _attrs.field(metadata={"wire": "type"})
    external: bool = _attrs.field(metadata={"wire": "external"})
    user: UserDto = _attrs.field(metadata={"wire": "user"})
    tenant_user: TenantUserDto | None = _attrs.field(default=None, metadata={"wire": "tenantUser"})


@_attrs.define(kw_only=True, slots=True)
class TenantCooperatorListPagingDto(WireBacked):
    """Wire model ``TenantCooperatorListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[TenantCooperatorDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[TenantCooperatorDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class TenantCooperatorPaginatedRespDto(WireBacked):
    """Wire model ``TenantCooperatorPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TenantCooperatorListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TenantCooperatorListPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class TenantCooperatorSingleDto:
    """Wire model ``TenantCooperatorSingleDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[str], required
        authorized_policies_code: ``authorizedPoliciesCode``, list[str], required
    """

    list: List[str] = _attrs.field(metadata={"wire": "list"})
    authorized_policies_code: List[str] = _attrs.field(metadata={"wire": "authorizedPoliciesCode"})


@_attrs.define(kw_only=True, slots=True)
class TenantCooperatorSingleRespDto(WireBacked):
    """Wire model ``TenantCooperatorSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TenantCooperatorSingleDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TenantCooperatorSingleDto = _attrs.field(metadata={"wire": "data"})
