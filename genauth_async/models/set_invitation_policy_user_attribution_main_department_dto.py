# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SetInvitationPolicyUserAttributionMainDepartmentDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["SetInvitationPolicyUserAttributionMainDepartmentDto"]


@_attrs.define(kw_only=True, slots=True)
class SetInvitationPolicyUserAttributionMainDepartmentDto:
    """Wire model ``SetInvitationPolicyUserAttributionMainDepartmentDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
        department_id: ``departmentId``, str, required
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
