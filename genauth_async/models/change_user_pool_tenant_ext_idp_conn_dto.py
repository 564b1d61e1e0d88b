# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ChangeUserPoolTenantExtIdpConnDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["ChangeUserPoolTenantExtIdpConnDto"]


@_attrs.define(kw_only=True, slots=True)
class ChangeUserPoolTenantExtIdpConnDto:
    """Wire model ``ChangeUserPoolTenantExtIdpConnDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        conn_ids: ``connIds``, list[str], required
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    conn_ids: List[str] = _attrs.field(metadata={"wire": "connIds"})
