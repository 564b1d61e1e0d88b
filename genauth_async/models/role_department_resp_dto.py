# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RoleDepartmentRespDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["RoleDepartmentRespDto"]


@_attrs.define(kw_only=True, slots=True)
class RoleDepartmentRespDto:
    """Wire model ``RoleDepartmentRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str = _attrs.field(metadata={"wire": "description"})
