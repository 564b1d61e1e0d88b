# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetUserAuthResourceStructDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["GetUserAuthResourceStructDto"]


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthResourceStructDto:
    """Wire model ``GetUserAuthResourceStructDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource: ``resource``, str, required
    """

    resource: str = _attrs.field(metadata={"wire": "resource"})
