# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateTenantEnterpriseCertificationBodyDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CreateTenantEnterpriseCertificationBodyDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateTenantEnterpriseCertificationBodyDto:
    """Wire model ``CreateTenantEnterpriseCertificationBodyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        business_name: ``businessName``, str, required
        business_license: ``businessLicense``, str, required
        business_registration_name: ``businessRegistrationName``, str, required
        unified_social_credit: ``unifiedSocialCredit``, str, required
        legal_representative_name: ``legalRepresentativeName``, str, required
        national_identification_number: ``nationalIdentificationNumber``, str, required
        personal_bank_card_number: ``personalBankCardNumber``, str, required
        bank_reserved_phone: ``bankReservedPhone``, str, required
        tenant_id: ``tenantId``, str, required
    """

    business_name: str = _attrs.field(metadata={"wire": "businessName"})
    business_license: str = _attrs.field(metadata={"wire": "businessLicense"})
    business_registration_name: str = _attrs.field(metadata={"wire": "businessRegistrationName"})
    unified_social_credit: str = _attrs.field(metadata={"wire": "unifiedSocialCredit"})
    legal_representative_name: str = _attrs.field(metadata={"wire": "legalRepresentativeName"})
    national_identification_number: str = _attrs.field(metadata={"wire": "nationalIdentificationNumber"})
    personal_bank_card_number: str = _attrs.field(metadata={"wire": "personalBankCardNumber"})
    bank_reserved_phone: str = _attrs.field(metadata={"wire": "bankReservedPhone"})
    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
