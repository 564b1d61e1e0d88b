# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApplicationSimpleInfoPaginatedDataDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .application_simple_info_dto import ApplicationSimpleInfoDto

__all__ = ["ApplicationSimpleInfoPaginatedDataDto"]


@_attrs.define(kw_only=True, slots=True)
class ApplicationSimpleInfoPaginatedDataDto(WireBacked):
    """Wire model ``ApplicationSimpleInfoPaginatedDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[ApplicationSimpleInfoDto], required
        total_count: ``totalCount``, int, required
    """

    list: List[ApplicationSimpleInfoDto] = _attrs.field(metadata={"wire": "list"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
