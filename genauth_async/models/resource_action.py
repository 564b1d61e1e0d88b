# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ResourceAction``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ResourceAction"]


@_attrs.define(kw_only=True, slots=True)
class ResourceAction:
    """Wire model ``ResourceAction`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        description: ``description``, str, required
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    description: str = _attrs.field(metadata={"wire": "description"})
