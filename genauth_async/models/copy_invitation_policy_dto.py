# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CopyInvitationPolicyDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CopyInvitationPolicyDto"]


@_attrs.define(kw_only=True, slots=True)
class CopyInvitationPolicyDto:
    """Wire model ``CopyInvitationPolicyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
