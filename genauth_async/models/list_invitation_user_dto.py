# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListInvitationUserDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .combine_filters_base_dto import CombineFiltersBaseDto

__all__ = ["ListInvitationUserDto"]


@_attrs.define(kw_only=True, slots=True)
class ListInvitationUserDto:
    """Wire model ``ListInvitationUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        keywords: ``keywords``, str, optional
        filter: ``filter``, CombineFiltersBaseDto, optional
        with_creator_detail: ``withCreatorDetail``, bool, optional
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    filter: CombineFiltersBaseDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "filter"})
    with_creator_detail: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCreatorDetail"})
