# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``IsUserInDepartmentDataDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["IsUserInDepartmentDataDto"]


@_attrs.define(kw_only=True, slots=True)
class IsUserInDepartmentDataDto:
    """Wire model ``IsUserInDepartmentDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        in_department: ``inDepartment``, bool, required
    """

    in_department: bool = _attrs.field(metadata={"wire": "inDepartment"})
