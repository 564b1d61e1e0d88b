# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UnlinkExtIdpDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["UnlinkExtIdpDto"]


@_attrs.define(kw_only=True, slots=True)
class UnlinkExtIdpDto:
    """Wire model ``UnlinkExtIdpDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ext_idp_id: ``extIdpId``, str, required
    """

    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})
