# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteCommonResourcesBatchDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["DeleteCommonResourcesBatchDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteCommonResourcesBatchDto:
    """Wire model ``DeleteCommonResourcesBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ids: ``ids``, list[str], required
    """

    ids: List[str] = _attrs.field(metadata={"wire": "ids"})
