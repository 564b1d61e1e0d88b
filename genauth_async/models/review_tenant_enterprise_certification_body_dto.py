# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ReviewTenantEnterpriseCertificationBodyDto`` and its enum (ReviewTenantEnterpriseCertificationBodyDtoEnterpriseCertificationStatus)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["ReviewTenantEnterpriseCertificationBodyDto", "ReviewTenantEnterpriseCertificationBodyDtoEnterpriseCertificationStatus"]


@_attrs.define(kw_only=True, slots=True)
class ReviewTenantEnterpriseCertificationBodyDto:
    """Wire model ``ReviewTenantEnterpriseCertificationBodyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        enterprise_certification_status: ``enterpriseCertificationStatus``, ReviewTenantEnterpriseCertificationBodyDtoEnterpriseCertificationStatus, required
        review_reason: ``reviewReason``, str, required
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    enterprise_certification_status: ReviewTenantEnterpriseCertificationBodyDtoEnterpriseCertificationStatus = _attrs.field(metadata={"wire": "enterpriseCertificationStatus"})
    review_reason: str = _attrs.field(metadata={"wire": "reviewReason"})


class ReviewTenantEnterpriseCertificationBodyDtoEnterpriseCertificationStatus(WireEnum):
    """Enum of ``ReviewTenantEnterpriseCertificationBodyDto.enterpriseCertificationStatus`` (unknown wire values are kept, not rejected). Non-string wire values (-1) stay plain values."""

    NOT_SUBMIT = "not_submit"
    REVIEWING = "reviewing"
    PASS = "pass"
