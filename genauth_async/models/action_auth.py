# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ActionAuth``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["ActionAuth"]


@_attrs.define(kw_only=True, slots=True)
class ActionAuth:
    """Wire model ``ActionAuth`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        action: ``action``, str, required
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    action: str = _attrs.field(metadata={"wire": "action"})
