# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PublicKeyCredentialDescriptorDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["PublicKeyCredentialDescriptorDto"]


@_attrs.define(kw_only=True, slots=True)
class PublicKeyCredentialDescriptorDto:
    """Wire model ``PublicKeyCredentialDescriptorDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        transports: ``transports``, list[str], required
        type: ``type``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    transports: List[str] = _attrs.field(metadata={"wire": "transports"})
    type: str = _attrs.field(metadata={"wire": "type"})
