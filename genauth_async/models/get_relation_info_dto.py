# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetRelationInfoDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["GetRelationInfoDto"]


@_attrs.define(kw_only=True, slots=True)
class GetRelationInfoDto:
    """Wire model ``GetRelationInfoDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id_list: ``idList``, list[str], required
        model_id: ``modelId``, str, required
    """

    id_list: List[str] = _attrs.field(metadata={"wire": "idList"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
