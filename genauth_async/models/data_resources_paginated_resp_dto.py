# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DataResourcesPaginatedRespDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .list_data_resources_resp_dto import ListDataResourcesRespDto

__all__ = ["DataResourcesPaginatedRespDto"]


@_attrs.define(kw_only=True, slots=True)
class DataResourcesPaginatedRespDto(WireBacked):
    """Wire model ``DataResourcesPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ListDataResourcesRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ListDataResourcesRespDto] = _attrs.field(metadata={"wire": "list"})
