# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListResourceTargetsDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["ListResourceTargetsDto"]


@_attrs.define(kw_only=True, slots=True)
class ListResourceTargetsDto:
    """Wire model ``ListResourceTargetsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resources: ``resources``, list[str], required
        actions: ``actions``, list[str], required
        namespace_code: ``namespaceCode``, str, required
    """

    resources: List[str] = _attrs.field(metadata={"wire": "resources"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
