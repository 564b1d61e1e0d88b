# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ImportTenantDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ImportTenantDto"]


@_attrs.define(kw_only=True, slots=True)
class ImportTenantDto:
    """Wire model ``ImportTenantDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        excel_url: ``excelUrl``, str, required
    """

    excel_url: str = _attrs.field(metadata={"wire": "excelUrl"})
