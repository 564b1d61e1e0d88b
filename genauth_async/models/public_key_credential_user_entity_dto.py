# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PublicKeyCredentialUserEntityDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["PublicKeyCredentialUserEntityDto"]


@_attrs.define(kw_only=True, slots=True)
class PublicKeyCredentialUserEntityDto:
    """Wire model ``PublicKeyCredentialUserEntityDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        name: ``name``, str, required
        display_name: ``displayName``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    name: str = _attrs.field(metadata={"wire": "name"})
    display_name: str = _attrs.field(metadata={"wire": "displayName"})
