# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteDataPolicyDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["DeleteDataPolicyDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteDataPolicyDto:
    """Wire model ``DeleteDataPolicyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
