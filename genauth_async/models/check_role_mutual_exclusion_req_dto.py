# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckRoleMutualExclusionReqDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from .role_code_dto import RoleCodeDto

__all__ = ["CheckRoleMutualExclusionReqDto"]


@_attrs.define(kw_only=True, slots=True)
class CheckRoleMutualExclusionReqDto:
    """Wire model ``CheckRoleMutualExclusionReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        roles: ``roles``, list[RoleCodeDto], required
    """

    roles: List[RoleCodeDto] = _attrs.field(metadata={"wire": "roles"})
