# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GenePushCodeDataDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["GenePushCodeDataDto"]


@_attrs.define(kw_only=True, slots=True)
class GenePushCodeDataDto:
    """Wire model ``GenePushCodeDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        push_code_id: ``pushCodeId``, str, required
        expire_time: ``expireTime``, int, required
    """

    push_code_id: str = _attrs.field(metadata={"wire": "pushCodeId"})
    expire_time: int = _attrs.field(metadata={"wire": "expireTime"})
