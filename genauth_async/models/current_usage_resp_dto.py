# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CurrentUsageRespDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .current_usage_dto import CurrentUsageDto

__all__ = ["CurrentUsageRespDto"]


@_attrs.define(kw_only=True, slots=True)
class CurrentUsageRespDto(WireBacked):
    """Wire model ``CurrentUsageRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        usages: ``usages``, list[CurrentUsageDto], required
    """

    usages: List[CurrentUsageDto] = _attrs.field(metadata={"wire": "usages"})
