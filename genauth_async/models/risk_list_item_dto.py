# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RiskListItemDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["RiskListItemDto"]


@_attrs.define(kw_only=True, slots=True)
class RiskListItemDto:
    """Wire model ``RiskListItemDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        user_id: ``userId``, str, required
        add_type: ``addType``, str, required
        user_list_type: ``userListType``, str, required
        remove_type: ``removeType``, str, required
        limit_list: ``limitList``, list[str], required
        add_at: ``addAt``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    add_type: str = _attrs.field(metadata={"wire": "addType"})
    user_list_type: str = _attrs.field(metadata={"wire": "userListType"})
    remove_type: str = _attrs.field(metadata={"wire": "removeType"})
    limit_list: List[str] = _attrs.field(metadata={"wire": "limitList"})
    add_at: str = _attrs.field(metadata={"wire": "addAt"})
