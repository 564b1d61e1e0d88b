# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RevokeRoleBatchDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from .role_code_dto import RoleCodeDto
from .target_dto import TargetDto

__all__ = ["RevokeRoleBatchDto"]


@_attrs.define(kw_only=True, slots=True)
class RevokeRoleBatchDto:
    """Wire model ``RevokeRoleBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        targets: ``targets``, list[TargetDto], required
        roles: ``roles``, list[RoleCodeDto], required
    """

    targets: List[TargetDto] = _attrs.field(metadata={"wire": "targets"})
    roles: List[RoleCodeDto] = _attrs.field(metadata={"wire": "roles"})
