# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PostInfoDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["PostInfoDto"]


@_attrs.define(kw_only=True, slots=True)
class PostInfoDto:
    """Wire model ``PostInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, optional
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
        department_id_list: ``departmentIdList``, list[str], required
    """

    id: str | None = _attrs.field(default=None, metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    department_id_list: List[str] = _attrs.field(metadata={"wire": "departmentIdList"})
