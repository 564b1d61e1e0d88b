# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PaginationUniversalInvitationApplicantQueryDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .combine_filters_base_dto import CombineFiltersBaseDto

__all__ = ["PaginationUniversalInvitationApplicantQueryDto"]


@_attrs.define(kw_only=True, slots=True)
class PaginationUniversalInvitationApplicantQueryDto:
    """Wire model ``PaginationUniversalInvitationApplicantQueryDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        keywords: ``keywords``, str, optional
        filter: ``filter``, CombineFiltersBaseDto, optional
        with_invitor_detail: ``withInvitorDetail``, bool, optional
        with_operator_detail: ``withOperatorDetail``, bool, optional
    """

    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    filter: CombineFiltersBaseDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "filter"})
    with_invitor_detail: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withInvitorDetail"})
    with_operator_detail: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withOperatorDetail"})
