# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetUserAuthResourcePermissionListDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["GetUserAuthResourcePermissionListDto"]


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthResourcePermissionListDto:
    """Wire model ``GetUserAuthResourcePermissionListDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resources: ``resources``, list[str], required
    """

    resources: List[str] = _attrs.field(metadata={"wire": "resources"})
