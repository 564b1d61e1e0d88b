# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteDataResourceDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["DeleteDataResourceDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteDataResourceDto:
    """Wire model ``DeleteDataResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        namespace_code: ``namespaceCode``, str, required
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
