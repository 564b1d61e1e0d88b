# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SetUserRolesDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["SetUserRolesDto"]


@_attrs.define(kw_only=True, slots=True)
class SetUserRolesDto:
    """Wire model ``SetUserRolesDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        role_ids: ``roleIds``, list[str], required
        user_id: ``userId``, str, required
    """

    role_ids: List[str] = _attrs.field(metadata={"wire": "roleIds"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
