# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PipelineFunctionPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .pipeline_function_dto import PipelineFunctionDto

__all__ = ["PipelineFunctionPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class PipelineFunctionPagingDto(WireBacked):
    """Wire model ``PipelineFunctionPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[PipelineFunctionDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[PipelineFunctionDto] = _attrs.field(metadata={"wire": "list"})
