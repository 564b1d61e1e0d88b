# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``EventAppDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["EventAppDto"]


@_attrs.define(kw_only=True, slots=True)
class EventAppDto:
    """Wire model ``EventAppDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        identifier: ``identifier``, str, required
        name: ``name``, str, required
        logo: ``logo``, str, required
    """

    identifier: str = _attrs.field(metadata={"wire": "identifier"})
    name: str = _attrs.field(metadata={"wire": "name"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
