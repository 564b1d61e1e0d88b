# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateTenantAppqrcodeState``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["UpdateTenantAppqrcodeState"]


@_attrs.define(kw_only=True, slots=True)
class UpdateTenantAppqrcodeState:
    """Wire model ``UpdateTenantAppqrcodeState`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
