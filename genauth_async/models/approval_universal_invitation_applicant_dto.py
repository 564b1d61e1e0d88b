# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApprovalUniversalInvitationApplicantDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["ApprovalUniversalInvitationApplicantDto"]


@_attrs.define(kw_only=True, slots=True)
class ApprovalUniversalInvitationApplicantDto:
    """Wire model ``ApprovalUniversalInvitationApplicantDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        applicant_ids: ``applicantIds``, list[str], required
    """

    applicant_ids: List[str] = _attrs.field(metadata={"wire": "applicantIds"})
