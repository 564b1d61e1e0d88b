# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetUserResourceStructDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["GetUserResourceStructDto"]


@_attrs.define(kw_only=True, slots=True)
class GetUserResourceStructDto:
    """Wire model ``GetUserResourceStructDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        user_id: ``userId``, str, required
        namespace_code: ``namespaceCode``, str, required
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
