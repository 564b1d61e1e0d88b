# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateTenantCooperatorDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["UpdateTenantCooperatorDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateTenantCooperatorDto:
    """Wire model ``UpdateTenantCooperatorDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        api_authorized: ``apiAuthorized``, bool, required
        policies: ``policies``, list[str], required
    """

    api_authorized: bool = _attrs.field(metadata={"wire": "apiAuthorized"})
    policies: List[str] = _attrs.field(metadata={"wire": "policies"})
