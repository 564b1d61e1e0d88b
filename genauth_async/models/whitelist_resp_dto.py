# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``WhitelistRespDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["WhitelistRespDto"]


@_attrs.define(kw_only=True, slots=True)
class WhitelistRespDto:
    """Wire model ``WhitelistRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        value: ``value``, str, required
        created_at: ``createdAt``, str, required
    """

    value: str = _attrs.field(metadata={"wire": "value"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
