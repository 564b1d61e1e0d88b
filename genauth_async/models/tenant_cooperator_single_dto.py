# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TenantCooperatorSingleDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["TenantCooperatorSingleDto"]


@_attrs.define(kw_only=True, slots=True)
class TenantCooperatorSingleDto:
    """Wire model ``TenantCooperatorSingleDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[str], required
        authorized_policies_code: ``authorizedPoliciesCode``, list[str], required
    """

    list: List[str] = _attrs.field(metadata={"wire": "list"})
    authorized_policies_code: List[str] = _attrs.field(metadata={"wire": "authorizedPoliciesCode"})
