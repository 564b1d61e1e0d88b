# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``FastpassQRCodeRelationAppDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["FastpassQRCodeRelationAppDto"]


@_attrs.define(kw_only=True, slots=True)
class FastpassQRCodeRelationAppDto:
    """Wire model ``FastpassQRCodeRelationAppDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        name: ``name``, str, required
        logo: ``logo``, str, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    name: str = _attrs.field(metadata={"wire": "name"})
    logo: str | None = _attrs.field(default=None, metadata={"wire": "logo"})
