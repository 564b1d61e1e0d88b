# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetUserResourcePermissionListDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["GetUserResourcePermissionListDto"]


@_attrs.define(kw_only=True, slots=True)
class GetUserResourcePermissionListDto:
    """Wire model ``GetUserResourcePermissionListDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resources: ``resources``, list[str], required
        user_id: ``userId``, str, required
        namespace_code: ``namespaceCode``, str, required
    """

    resources: List[str] = _attrs.field(metadata={"wire": "resources"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
