# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``HasAnyRoleDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["HasAnyRoleDto"]


@_attrs.define(kw_only=True, slots=True)
class HasAnyRoleDto:
    """Wire model ``HasAnyRoleDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        has_any_role: ``hasAnyRole``, bool, required
    """

    has_any_role: bool = _attrs.field(metadata={"wire": "hasAnyRole"})
