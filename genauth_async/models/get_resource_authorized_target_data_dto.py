# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetResourceAuthorizedTargetDataDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .resource_authorized_target_dto import ResourceAuthorizedTargetDto

__all__ = ["GetResourceAuthorizedTargetDataDto"]


@_attrs.define(kw_only=True, slots=True)
class GetResourceAuthorizedTargetDataDto(WireBacked):
    """Wire model ``GetResourceAuthorizedTargetDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ResourceAuthorizedTargetDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ResourceAuthorizedTargetDto] = _attrs.field(metadata={"wire": "list"})
