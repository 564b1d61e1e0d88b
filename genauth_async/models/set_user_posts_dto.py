# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SetUserPostsDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["SetUserPostsDto"]


@_attrs.define(kw_only=True, slots=True)
class SetUserPostsDto:
    """Wire model ``SetUserPostsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        post_ids: ``postIds``, list[str], required
        user_id: ``userId``, str, required
    """

    post_ids: List[str] = _attrs.field(metadata={"wire": "postIds"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
