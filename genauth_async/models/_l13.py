# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ListTenantCooperatorsDto, ..., ListUsersAdvancedFilterItemDtoOperator)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._p1 import (
        PaginationDto,
    )

__all__ = [
    "ListTenantCooperatorsDto", "ListTenantExtIdpDto", "ListTenantExtIdpParamsType",
    "ListTenantUserDto", "ListTenantUsersOptionsDto", "ListTenantsDto", "ListUserBaseFieldsDto",
    "ListUserBaseFieldsParamsDataType", "ListUserBaseFieldsParamsTargetType",
    "ListUsersAdvancedFilterItemDto", "ListUsersAdvancedFilterItemDtoOperator",
]


@_attrs.define(kw_only=True, slots=True)
class ListTenantCooperatorsDto:
    """Wire model ``ListTenantCooperatorsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, Any, optional
        external: ``external``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    external: Any = _attrs.field(default=None, metadata={"wire": "external"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ListTenantExtIdpDto:
    """Wire model ``ListTenantExtIdpDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, Any, optional
        app_id: ``appId``, Any, optional
        type: ``type``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    type: Any = _attrs.field(default=None, metadata={"wire": "type"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


class ListTenantExtIdpParamsType(WireEnum):
    """Enum of ``ListTenantExtIdpParams.type`` (unknown wire values are kept, not rejected)."""

    SOCIAL = "social"
    ENTERPRISE = "enterprise"


@_attrs.define(kw_only=True, slots=True)
class ListTenantUserDto:
    """Wire model ``ListTenantUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        keywords: ``keywords``, str, optional
        options: ``options``, ListTenantUsersOptionsDto, optional
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    options: ListTenantUsersOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class ListTenantUsersOptionsDto:
    """Wire model ``ListTenantUsersOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        pagination: ``pagination``, PaginationDto, optional
    """

    pagination: PaginationDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "pagination"})


@_attrs.define(kw_only=True, slots=True)
class ListTenantsDto:
    """Wire model ``ListTenantsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, Any, optional
        with_members_count: ``withMembersCount``, Any, optional
        with_app_detail: ``withAppDetail``, Any, optional
        with_creator_detail: ``withCreatorDetail``, Any, optional
        with_source_app_detail: ``withSourceAppDetail``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        source: ``source``, Any, optional
    """

    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    with_members_count: Any = _attrs.field(default=None, metadata={"wire": "withMembersCount"})
    with_app_detail: Any = _attrs.field(default=None, metadata={"wire": "withAppDetail"})
    with_creator_detail: Any = _attrs.field(default=None, metadata={"wire": "withCreatorDetail"})
    with_source_app_detail: Any = _attrs.field(default=None, metadata={"wire": "withSourceAppDetail"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    source: Any = _attrs.field(default=None, metadata={"wire": "source"})


@_attrs.define(kw_only=True, slots=True)
class ListUserBaseFieldsDto:
    """Wire model ``ListUserBaseFieldsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, Any, optional
        data_type: ``dataType``, Any, optional
        tenant_id: ``tenantId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        user_visible: ``userVisible``, Any, optional
        admin_visible: ``adminVisible``, Any, optional
        access_control: ``accessControl``, Any, optional
        keyword: ``keyword``, Any, optional
        lang: ``lang``, Any, optional
    """

    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})
    data_type: Any = _attrs.field(default=None, metadata={"wire": "dataType"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    user_visible: Any = _attrs.field(default=None, metadata={"wire": "userVisible"})
    admin_visible: Any = _attrs.field(default=None, metadata={"wire": "adminVisible"})
    access_control: Any = _attrs.field(default=None, metadata={"wire": "accessControl"})
    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})
    lang: Any = _attrs.field(default=None, metadata={"wire": "lang"})


class ListUserBaseFieldsParamsDataType(WireEnum):
    """Enum of ``ListUserBaseFieldsParams.dataType`` (unknown wire values are kept, not rejected)."""

    STRING = "STRING"
    NUMBER = "NUMBER"
    DATETIME = "DATETIME"
    BOOLEAN = "BOOLEAN"
    OBJECT = "OBJECT"
    SELECT = "SELECT"


class ListUserBaseFieldsParamsTargetType(WireEnum):
    """Enum of ``ListUserBaseFieldsParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class ListUsersAdvancedFilterItemDto:
    """Wire model ``ListUsersAdvancedFilterItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field: ``field``, str, required
        operator: ``operator``, ListUsersAdvancedFilterItemDtoOperator, required
        value: ``value``, Any, optional
    """

    field: str = _attrs.field(metadata={"wire": "field"})
    operator: ListUsersAdvancedFilterItemDtoOperator = _attrs.field(metadata={"wire": "operator"})
    value: Any = _attrs.field(default=_UNSET, metadata={"wire": "value"})


class ListUsersAdvancedFilterItemDtoOperator(WireEnum):
    """Enum of ``ListUsersAdvancedFilterItemDto.operator`` (unknown wire values are kept, not rejected)."""

    EQUAL = "EQUAL"
    NOT_EQUAL = "NOT_EQUAL"
    CONTAINS = "CONTAINS"
    NOT_CONTAINS = "NOT_CONTAINS"
    IS_NULL = "IS_NULL"
    NOT_NULL = "NOT_NULL"
    IN = "IN"
    GREATER = "GREATER"
    LESSER = "LESSER"
    BETWEEN = "BETWEEN"
