# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SetUserGroupsDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["SetUserGroupsDto"]


@_attrs.define(kw_only=True, slots=True)
class SetUserGroupsDto:
    """Wire model ``SetUserGroupsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        group_ids: ``groupIds``, list[str], required
        user_id: ``userId``, str, required
    """

    group_ids: List[str] = _attrs.field(metadata={"wire": "groupIds"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
