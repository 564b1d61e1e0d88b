# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PaginationUniversalInvitationApplicantDataDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .universal_invitation_applicant_data import UniversalInvitationApplicantData

__all__ = ["PaginationUniversalInvitationApplicantDataDto"]


@_attrs.define(kw_only=True, slots=True)
class PaginationUniversalInvitationApplicantDataDto(WireBacked):
    """Wire model ``PaginationUniversalInvitationApplicantDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[UniversalInvitationApplicantData], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[UniversalInvitationApplicantData] = _attrs.field(metadata={"wire": "list"})
