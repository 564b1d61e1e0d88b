# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TenantEnterpriseCertificationRespDto`` and its enum (TenantEnterpriseCertificationRespDtoEnterpriseCertificationStatus)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["TenantEnterpriseCertificationRespDto", "TenantEnterpriseCertificationRespDtoEnterpriseCertificationStatus"]


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
