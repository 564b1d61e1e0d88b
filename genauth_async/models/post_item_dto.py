# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PostItemDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["PostItemDto"]


@_attrs.define(kw_only=True, slots=True)
class PostItemDto:
    """Wire model ``PostItemDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, optional
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
        user_count: ``userCount``, int, required
        department_count: ``departmentCount``, int, required
        metadata_source: ``metadataSource``, list[str], required
    """

    id: str | None = _attrs.field(default=None, metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    user_count: int = _attrs.field(metadata={"wire": "userCount"})
    department_count: int = _attrs.field(metadata={"wire": "departmentCount"})
    metadata_source: List[str] = _attrs.field(metadata={"wire": "metadataSource"})
