# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateUserPoolTenantLoginConfigDto``."""

from __future__ import annotations

import attrs as _attrs

from .update_login_config import UpdateLoginConfig

__all__ = ["UpdateUserPoolTenantLoginConfigDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateUserPoolTenantLoginConfigDto:
    """Wire model ``UpdateUserPoolTenantLoginConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        update: ``update``, UpdateLoginConfig, required
    """

    update: UpdateLoginConfig = _attrs.field(metadata={"wire": "update"})
