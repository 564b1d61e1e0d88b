# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AddGroupMembersReqDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["AddGroupMembersReqDto"]


@_attrs.define(kw_only=True, slots=True)
class AddGroupMembersReqDto:
    """Wire model ``AddGroupMembersReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        code: ``code``, str, required
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    code: str = _attrs.field(metadata={"wire": "code"})
