# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateAccessKeyDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["UpdateAccessKeyDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateAccessKeyDto:
    """Wire model ``UpdateAccessKeyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enable: ``enable``, bool, required
        access_key_id: ``accessKeyId``, str, required
    """

    enable: bool = _attrs.field(metadata={"wire": "enable"})
    access_key_id: str = _attrs.field(metadata={"wire": "accessKeyId"})
