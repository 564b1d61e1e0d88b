# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateOrUpdateGroupReqDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CreateOrUpdateGroupReqDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateOrUpdateGroupReqDto:
    """Wire model ``CreateOrUpdateGroupReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, str, required
        description: ``description``, str, required
        name: ``name``, str, required
        code: ``code``, str, required
    """

    type: str = _attrs.field(metadata={"wire": "type"})
    description: str = _attrs.field(metadata={"wire": "description"})
    name: str = _attrs.field(metadata={"wire": "name"})
    code: str = _attrs.field(metadata={"wire": "code"})
