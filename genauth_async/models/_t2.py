# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (TenantDto, ..., TenantSingleRespDto)."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

__all__ = [
    "TenantDto", "TenantEnterpriseCertificationRespDto",
    "TenantEnterpriseCertificationRespDtoEnterpriseCertificationStatus",
    "TenantListPaginatedRespDto", "TenantListPagingDto", "TenantRespDto", "TenantSingleRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class TenantDto:
    """Wire model ``TenantDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        user_pool_id: ``userPoolId``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
        logo: ``logo``, str, required
        reject_hint: ``rejectHint``, str, optional
        app_ids: ``appIds``, list[str], required
        creator: ``creator``, str, required
        source_app_id: ``sourceAppId``, str, required
        source: ``source``, str, required
        code: ``code``, str, required
        host: ``host``, str, required
        enterprise_domains: ``enterpriseDomains``, list[str], required
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    reject_hint: str | None = _attrs.field(default=None, metadata={"wire": "rejectHint"})
    app_ids: List[str] = _attrs.field(metadata={"wire": "appIds"})
    creator: str = _attrs.field(metadata={"wire": "creator"})
    source_app_id: str = _attrs.field(metadata={"wire": "sourceAppId"})
    source: str = _attrs.field(metadata={"wire": "source"})
    code: str = _attrs.field(metadata={"wire": "code"})
    host: str = _attrs.field(metadata={"wire": "host"})
    enterprise_domains: List[str] = _attrs.field(metadata={"wire": "enterpriseDomains"})


@_attrs.define(kw_only=True, slots=True)
class TenantEnterpriseCertificationRespDto:
    """Wire model ``TenantEnterpriseCertificationRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        business_name: ``businessName``, str, optional
        business_license: ``businessLicense``, str, optional
        updated_at: ``updatedAt``, str, optional
        business_registration_name: ``businessRegistrationName``, str, optional
        unified_social_credit: ``unifiedSocialCredit``, str, optional
        legal_representative_name: ``legalRepresentativeName``, str, optional
        national_identification_number: ``nationalIdentificationNumber``, str, optional
        personal_bank_card_number: ``personalBankCardNumber``, str, optional
        bank_reserved_phone: ``bankReservedPhone``, str, optional
        review_reason: ``reviewReason``, str, optional
        enterprise_certification_status: ``enterpriseCertificationStatus``, TenantEnterpriseCertificationRespDtoEnterpriseCertificationStatus, optional
    """

    business_name: str | None = _attrs.field(default=None, metadata={"wire": "businessName"})
    business_license: str | None = _attrs.field(default=None, metadata={"wire": "businessLicense"})
    updated_at: str | None = _attrs.field(default=None, metadata={"wire": "updatedAt"})
    business_registration_name: str | None = _attrs.field(default=None, metadata={"wire": "businessRegistrationName"})
    unified_social_credit: str | None = _attrs.field(default=None, metadata={"wire": "unifiedSocialCredit"})
    legal_representative_name: str | None = _attrs.field(default=None, metadata={"wire": "legalRepresentativeName"})
    national_identification_number: str | None = _attrs.field(default=None, metadata={"wire": "nationalIdentificationNumber"})
    personal_bank_card_number: str | None = _attrs.field(default=None, metadata={"wire": "personalBankCardNumber"})
    bank_reserved_phone: str | None = _attrs.field(default=None, metadata={"wire": "bankReservedPhone"})
    review_reason: str | None = _attrs.field(default=None, metadata={"wire": "reviewReason"})
    enterprise_certification_status: TenantEnterpriseCertificationRespDtoEnterpriseCertificationStatus | None = _attrs.field(default=None, metadata={"wire": "enterpriseCertificationStatus"})


class TenantEnterpriseCertificationRespDtoEnterpriseCertificationStatus(WireEnum):
    """Enum of ``TenantEnterpriseCertificationRespDto.enterpriseCertificationStatus`` (unknown wire values are kept, not rejected). Non-string wire values (-1) stay plain values."""

    NOT_SUBMIT = "not_submit"
    REVIEWING = "reviewing"
    PASS = "pass"


@_attrs.define(kw_only=True, slots=True)
class TenantListPaginatedRespDto(WireBacked):
    """Wire model ``TenantListPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TenantListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TenantListPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class TenantListPagingDto(WireBacked):
    """Wire model ``TenantListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[TenantRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[TenantRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class TenantRespDto:
    """Wire model ``TenantRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        user_pool_id: ``userPoolId``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
        logo: ``logo``, str, required
        reject_hint: ``rejectHint``, str, optional
        app_ids: ``appIds``, list[str], required
        creator: ``creator``, str, required
        source_app_id: ``sourceAppId``, str, required
        source: ``source``, str, required
        code: ``code``, str, required
        host: ``host``, str, required
        enterprise_domains: ``enterpriseDomains``, list[str], required
        creator_detail: ``creatorDetail``, Any, optional
        source_app_detail: ``sourceAppDetail``, Any, optional
        members_count: ``membersCount``, int, optional
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    reject_hint: str | None = _attrs.field(default=None, metadata={"wire": "rejectHint"})
    app_ids: List[str] = _attrs.field(metadata={"wire": "appIds"})
    creator: str = _attrs.field(metadata={"wire": "creator"})
    source_app_id: str = _attrs.field(metadata={"wire": "sourceAppId"})
    source: str = _attrs.field(metadata={"wire": "source"})
    code: str = _attrs.field(metadata={"wire": "code"})
    host: str = _attrs.field(metadata={"wire": "host"})
    enterprise_domains: List[str] = _attrs.field(metadata={"wire": "enterpriseDomains"})
    creator_detail: Any = _attrs.field(default=None, metadata={"wire": "creatorDetail"})
    source_app_detail: Any = _attrs.field(default=None, metadata={"wire": "sourceAppDetail"})
    members_count: int | None = _attrs.field(default=None, metadata={"wire": "membersCount"})


@_attrs.define(kw_only=True, slots=True)
class TenantSingleRespDto(WireBacked):
    """Wire model ``TenantSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TenantRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TenantRespDto = _attrs.field(metadata={"wire": "data"})
