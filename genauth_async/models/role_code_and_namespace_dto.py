# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RoleCodeAndNamespaceDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["RoleCodeAndNamespaceDto"]


@_attrs.define(kw_only=True, slots=True)
class RoleCodeAndNamespaceDto:
    """Wire model ``RoleCodeAndNamespaceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        namespace: ``namespace``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    namespace: str = _attrs.field(metadata={"wire": "namespace"})
