# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (SMTPEmailProviderConfig, ..., SearchDepartmentsListReqDtoSortBy)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._d7 import (
        DepartmentSortingDto,
    )
    from ._w2 import (
        WhiteListSettingsDataDto,
    )

__all__ = [
    "SMTPEmailProviderConfig", "SMTPEmailProviderConfigInput", "SamlIdpConfig",
    "SaveDeviceExclusiveValidScopeSettingsDto", "SaveDeviceExclusiveWhiteListSettingsDto",
    "ScopeDto", "SearchDepartmentMembersDto", "SearchDepartmentMembersParamsDepartmentIdType",
    "SearchDepartmentsFilterItemDto", "SearchDepartmentsFilterItemDtoOperator",
    "SearchDepartmentsListReqDto", "SearchDepartmentsListReqDtoOrderBy",
    "SearchDepartmentsListReqDtoSortBy",
]


@_attrs.define(kw_only=True, slots=True)
class SMTPEmailProviderConfig:
    """Wire model ``SMTPEmailProviderConfig`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        smtp_host: ``smtp_host``, str, required
        smtp_port: ``smtp_port``, int, required
        sender: ``sender``, str, required
        sender_pass: ``senderPass``, str, required
        secure: ``secure``, bool, required
    """

    smtp_host: str = _attrs.field(metadata={"wire": "smtp_host"})
    smtp_port: int = _attrs.field(metadata={"wire": "smtp_port"})
    sender: str = _attrs.field(metadata={"wire": "sender"})
    sender_pass: str = _attrs.field(repr=_masked, metadata={"wire": "senderPass"})
    secure: bool = _attrs.field(metadata={"wire": "secure"})


@_attrs.define(kw_only=True, slots=True)
class SMTPEmailProviderConfigInput:
    """Wire model ``SMTPEmailProviderConfigInput`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        smtp_host: ``smtp_host``, str, required
        smtp_port: ``smtp_port``, int, required
        sender: ``sender``, str, optional
        sender_pass: ``senderPass``, str, required
        secure: ``secure``, bool, optional
    """

    smtp_host: str = _attrs.field(metadata={"wire": "smtp_host"})
    smtp_port: int = _attrs.field(metadata={"wire": "smtp_port"})
    sender: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sender"})
    sender_pass: str = _attrs.field(repr=_masked, metadata={"wire": "senderPass"})
    secure: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "secure"})


@_attrs.define(kw_only=True, slots=True)
class SamlIdpConfig:
    """Wire model ``SamlIdpConfig`` (request side; optional fields default to UNSET)."""


@_attrs.define(kw_only=True, slots=True)
class SaveDeviceExclusiveValidScopeSettingsDto:
    """Wire model ``SaveDeviceExclusiveValidScopeSettingsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_ids: ``appIds``, list[str], required
    """

    app_ids: List[str] = _attrs.field(metadata={"wire": "appIds"})


@_attrs.define(kw_only=True, slots=True)
class SaveDeviceExclusiveWhiteListSettingsDto(WireBacked):
    """Wire model ``SaveDeviceExclusiveWhiteListSettingsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_list: ``targetList``, list[WhiteListSettingsDataDto], optional
    """

    target_list: List[WhiteListSettingsDataDto] | None = _attrs.field(default=None, metadata={"wire": "targetList"})


@_attrs.define(kw_only=True, slots=True)
class ScopeDto:
    """Wire model ``ScopeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, str, required
        id: ``id``, str, required
        field_id: ``fieldId``, str, required
    """

    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    id: str = _attrs.field(metadata={"wire": "id"})
    field_id: str = _attrs.field(metadata={"wire": "fieldId"})


@_attrs.define(kw_only=True, slots=True)
class SearchDepartmentMembersDto:
    """Wire model ``SearchDepartmentMembersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, Any, optional
        department_id: ``departmentId``, Any, optional
        keywords: ``keywords``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        department_id_type: ``departmentIdType``, Any, optional
        include_children_departments: ``includeChildrenDepartments``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_identities: ``withIdentities``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    organization_code: Any = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})
    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    department_id_type: Any = _attrs.field(default=None, metadata={"wire": "departmentIdType"})
    include_children_departments: Any = _attrs.field(default=None, metadata={"wire": "includeChildrenDepartments"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_identities: Any = _attrs.field(default=None, metadata={"wire": "withIdentities"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


class SearchDepartmentMembersParamsDepartmentIdType(WireEnum):
    """Enum of ``SearchDepartmentMembersParams.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class SearchDepartmentsFilterItemDto:
    """Wire model ``SearchDepartmentsFilterItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field: ``field``, str, required
        operator: ``operator``, SearchDepartmentsFilterItemDtoOperator, required
        value: ``value``, Any, optional
    """

    field: str = _attrs.field(metadata={"wire": "field"})
    operator: SearchDepartmentsFilterItemDtoOperator = _attrs.field(metadata={"wire": "operator"})
    value: Any = _attrs.field(default=_UNSET, metadata={"wire": "value"})


class SearchDepartmentsFilterItemDtoOperator(WireEnum):
    """Enum of ``SearchDepartmentsFilterItemDto.operator`` (unknown wire values are kept, not rejected)."""

    BETWEEN = "BETWEEN"
    EQUAL = "EQUAL"
    IN = "IN"
    LESSER = "LESSER"
    GREATER = "GREATER"
    CONTAINS = "CONTAINS"


@_attrs.define(kw_only=True, slots=True)
class SearchDepartmentsListReqDto:
    """Wire model ``SearchDepartmentsListReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        with_custom_data: ``withCustomData``, bool, optional
        with_post: ``withPost``, bool, optional
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        advanced_filter: ``advancedFilter``, list[SearchDepartmentsFilterItemDto], optional
        sort_by: ``sortBy``, SearchDepartmentsListReqDtoSortBy, optional
        order_by: ``orderBy``, SearchDepartmentsListReqDtoOrderBy, optional
        sort: ``sort``, list[DepartmentSortingDto], optional
        tenant_id: ``tenantId``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    with_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCustomData"})
    with_post: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withPost"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    advanced_filter: List[SearchDepartmentsFilterItemDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "advancedFilter"})
    sort_by: SearchDepartmentsListReqDtoSortBy | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sortBy"})
    order_by: SearchDepartmentsListReqDtoOrderBy | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "orderBy"})
    sort: List[DepartmentSortingDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sort"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


class SearchDepartmentsListReqDtoOrderBy(WireEnum):
    """Enum of ``SearchDepartmentsListReqDto.orderBy`` (unknown wire values are kept, not rejected)."""

    ASC = "ASC"
    DESC = "DESC"


class SearchDepartmentsListReqDtoSortBy(WireEnum):
    """Enum of ``SearchDepartmentsListReqDto.sortBy`` (unknown wire values are kept, not rejected)."""

    UPDATED_AT = "updatedAt"
    CREATED_AT = "createdAt"
