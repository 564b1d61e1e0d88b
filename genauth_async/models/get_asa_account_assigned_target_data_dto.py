# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetAsaAccountAssignedTargetDataDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .asa_account_target_dto import AsaAccountTargetDto

__all__ = ["GetAsaAccountAssignedTargetDataDto"]


@_attrs.define(kw_only=True, slots=True)
class GetAsaAccountAssignedTargetDataDto(WireBacked):
    """Wire model ``GetAsaAccountAssignedTargetDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[AsaAccountTargetDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[AsaAccountTargetDto] = _attrs.field(metadata={"wire": "list"})
