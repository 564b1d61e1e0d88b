# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateEventAppDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CreateEventAppDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateEventAppDto:
    """Wire model ``CreateEventAppDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        logo: ``logo``, str, required
        name: ``name``, str, required
        identifier: ``identifier``, str, required
    """

    logo: str = _attrs.field(metadata={"wire": "logo"})
    name: str = _attrs.field(metadata={"wire": "name"})
    identifier: str = _attrs.field(metadata={"wire": "identifier"})
