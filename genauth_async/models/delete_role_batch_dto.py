# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteRoleBatchDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from .role_code_and_namespace_dto import RoleCodeAndNamespaceDto

__all__ = ["DeleteRoleBatchDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteRoleBatchDto:
    """Wire model ``DeleteRoleBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        role_list: ``roleList``, list[RoleCodeAndNamespaceDto], required
    """

    role_list: List[RoleCodeAndNamespaceDto] = _attrs.field(metadata={"wire": "roleList"})
