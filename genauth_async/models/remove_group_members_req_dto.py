# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RemoveGroupMembersReqDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["RemoveGroupMembersReqDto"]


@_attrs.define(kw_only=True, slots=True)
class RemoveGroupMembersReqDto:
    """Wire model ``RemoveGroupMembersReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        code: ``code``, str, required
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    code: str = _attrs.field(metadata={"wire": "code"})
