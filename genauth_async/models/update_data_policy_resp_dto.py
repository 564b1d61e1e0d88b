# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateDataPolicyRespDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["UpdateDataPolicyRespDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateDataPolicyRespDto:
    """Wire model ``UpdateDataPolicyRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
        policy_name: ``policyName``, str, required
        description: ``description``, str, optional
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    policy_name: str = _attrs.field(metadata={"wire": "policyName"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})
