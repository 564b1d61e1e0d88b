# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteNamespaceDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["DeleteNamespaceDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteNamespaceDto:
    """Wire model ``DeleteNamespaceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})
