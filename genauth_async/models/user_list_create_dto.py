# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserListCreateDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["UserListCreateDto"]


@_attrs.define(kw_only=True, slots=True)
class UserListCreateDto:
    """Wire model ``UserListCreateDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        expire_at: ``expireAt``, int, required
        limit_list: ``limitList``, list[str], required
        remove_type: ``removeType``, str, required
        add_type: ``addType``, str, required
        user_list_type: ``userListType``, str, required
        user_ids: ``userIds``, list[str], required
    """

    expire_at: int = _attrs.field(metadata={"wire": "expireAt"})
    limit_list: List[str] = _attrs.field(metadata={"wire": "limitList"})
    remove_type: str = _attrs.field(metadata={"wire": "removeType"})
    add_type: str = _attrs.field(metadata={"wire": "addType"})
    user_list_type: str = _attrs.field(metadata={"wire": "userListType"})
    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
