# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteAccessKeyDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["DeleteAccessKeyDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteAccessKeyDto:
    """Wire model ``DeleteAccessKeyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        access_key_id: ``accessKeyId``, str, required
    """

    access_key_id: str = _attrs.field(metadata={"wire": "accessKeyId"})
