# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (OrderItem, ..., OtpVerityRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._l1 import (
        LangObject,
    )

__all__ = [
    "OrderItem", "OrganizationDto", "OrganizationListRespDto", "OrganizationNameI18nDto",
    "OrganizationPaginatedRespDto", "OrganizationPagingDto", "OrganizationSingleRespDto",
    "OtpSecretRespDto", "OtpVerityRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class OrderItem:
    """Wire model ``OrderItem`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        order_no: ``orderNo``, str, required
        goods_name: ``goodsName``, str, required
        goods_name_en: ``goodsNameEn``, str, required
        goods_unit_price: ``goodsUnitPrice``, str, required
        quantity: ``quantity``, str, required
        actual_amount: ``actualAmount``, str, required
        status: ``status``, str, required
        order_type: ``orderType``, str, required
        create_time: ``createTime``, str, required
        source: ``source``, str, required
    """

    order_no: str = _attrs.field(metadata={"wire": "orderNo"})
    goods_name: str = _attrs.field(metadata={"wire": "goodsName"})
    goods_name_en: str = _attrs.field(metadata={"wire": "goodsNameEn"})
    goods_unit_price: str = _attrs.field(metadata={"wire": "goodsUnitPrice"})
    quantity: str = _attrs.field(metadata={"wire": "quantity"})
    actual_amount: str = _attrs.field(metadata={"wire": "actualAmount"})
    status: str = _attrs.field(metadata={"wire": "status"})
    order_type: str = _attrs.field(metadata={"wire": "orderType"})
    create_time: str = _attrs.field(metadata={"wire": "createTime"})
    source: str = _attrs.field(metadata={"wire": "source"})


@_attrs.define(kw_only=True, slots=True)
class OrganizationDto(WireBacked):
    """Wire model ``OrganizationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        organization_name: ``organizationName``, str, required
        description: ``description``, str, optional
        created_at: ``createdAt``, str, optional
        updated_at: ``updatedAt``, str, optional
        department_id: ``departmentId``, str, required
        open_department_id: ``openDepartmentId``, str, optional
        has_children: ``hasChildren``, bool, required
        leader_user_ids: ``leaderUserIds``, list[str], optional
        members_count: ``membersCount``, int, required
        is_virtual_node: ``isVirtualNode``, bool, required
        i18n: ``i18n``, OrganizationNameI18nDto, optional
        custom_data: ``customData``, Any, optional
        tenant_id: ``tenantId``, str, optional
        post_id_list: ``postIdList``, list[str], optional
        status: ``status``, str, optional
        allow: ``allow``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    organization_name: str = _attrs.field(metadata={"wire": "organizationName"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    created_at: str | None = _attrs.field(default=None, metadata={"wire": "createdAt"})
    updated_at: str | None = _attrs.field(default=None, metadata={"wire": "updatedAt"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    open_department_id: str | None = _attrs.field(default=None, metadata={"wire": "openDepartmentId"})
    has_children: bool = _attrs.field(metadata={"wire": "hasChildren"})
    leader_user_ids: List[str] | None = _attrs.field(default=None, metadata={"wire": "leaderUserIds"})
    members_count: int = _attrs.field(metadata={"wire": "membersCount"})
    is_virtual_node: bool = _attrs.field(metadata={"wire": "isVirtualNode"})
    i18n: OrganizationNameI18nDto | None = _attrs.field(default=None, metadata={"wire": "i18n"})
    custom_data: Any = _attrs.field(default=None, metadata={"wire": "customData"})
    tenant_id: str | None = _attrs.field(default=None, metadata={"wire": "tenantId"})
    post_id_list: List[str] | None = _attrs.field(default=None, metadata={"wire": "postIdList"})
    status: str | None = _attrs.field(default=None, metadata={"wire": "status"})
    allow: str | None = _attrs.field(default=None, metadata={"wire": "allow"})


@_attrs.define(kw_only=True, slots=True)
class OrganizationListRespDto(WireBacked):
    """Wire model ``OrganizationListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[OrganizationDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[OrganizationDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class OrganizationNameI18nDto:
    """Wire model ``OrganizationNameI18nDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_name: ``organizationName``, LangObject, required
    """

    organization_name: LangObject = _attrs.field(metadata={"wire": "organizationName"})


@_attrs.define(kw_only=True, slots=True)
class OrganizationPaginatedRespDto(WireBacked):
    """Wire model ``OrganizationPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, OrganizationPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: OrganizationPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class OrganizationPagingDto(WireBacked):
    """Wire model ``OrganizationPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[OrganizationDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[OrganizationDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class OrganizationSingleRespDto(WireBacked):
    """Wire model ``OrganizationSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, OrganizationDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: OrganizationDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class OtpSecretRespDto:
    """Wire model ``OtpSecretRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        secret: ``secret``, str, required
    """

    secret: str = _attrs.field(repr=_masked, metadata={"wire": "secret"})


@_attrs.define(kw_only=True, slots=True)
class OtpVerityRespDto:
    """Wire model ``OtpVerityRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        verified: ``verified``, bool, required
    """

    verified: bool = _attrs.field(metadata={"wire": "verified"})
