# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``OrganizationPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .organization_dto import OrganizationDto

__all__ = ["OrganizationPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class OrganizationPagingDto(WireBacked):
    """Wire model ``OrganizationPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[OrganizationDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[OrganizationDto] = _attrs.field(metadata={"wire": "list"})
