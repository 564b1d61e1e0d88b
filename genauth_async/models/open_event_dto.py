# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``OpenEventDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["OpenEventDto"]


@_attrs.define(kw_only=True, slots=True)
class OpenEventDto:
    """Wire model ``OpenEventDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        code: ``code``, str, required
        topic: ``topic``, str, required
        name: ``name``, str, required
        desc: ``desc``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    topic: str = _attrs.field(metadata={"wire": "topic"})
    name: str = _attrs.field(metadata={"wire": "name"})
    desc: str = _attrs.field(metadata={"wire": "desc"})
