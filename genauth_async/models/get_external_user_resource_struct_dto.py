# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetExternalUserResourceStructDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["GetExternalUserResourceStructDto"]


@_attrs.define(kw_only=True, slots=True)
class GetExternalUserResourceStructDto:
    """Wire model ``GetExternalUserResourceStructDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        external_id: ``externalId``, str, required
        namespace_code: ``namespaceCode``, str, required
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    external_id: str = _attrs.field(metadata={"wire": "externalId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
