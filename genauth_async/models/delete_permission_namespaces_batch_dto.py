# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeletePermissionNamespacesBatchDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["DeletePermissionNamespacesBatchDto"]


@_attrs.define(kw_only=True, slots=True)
class DeletePermissionNamespacesBatchDto:
    """Wire model ``DeletePermissionNamespacesBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        codes: ``codes``, list[str], required
    """

    codes: List[str] = _attrs.field(metadata={"wire": "codes"})
