# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ImportTenantDataDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ImportTenantDataDto"]


@_attrs.define(kw_only=True, slots=True)
class ImportTenantDataDto:
    """Wire model ``ImportTenantDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
    """

    success: bool = _attrs.field(metadata={"wire": "success"})
