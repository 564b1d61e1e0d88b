# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GenerateBindExtIdpLinkDataDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["GenerateBindExtIdpLinkDataDto"]


@_attrs.define(kw_only=True, slots=True)
class GenerateBindExtIdpLinkDataDto:
    """Wire model ``GenerateBindExtIdpLinkDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        url: ``url``, str, required
    """

    url: str = _attrs.field(metadata={"wire": "url"})
