# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RemoveInvitationPolicyUserAttributionsBatchDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from .invitation_policy_user_attribution_list_dto import InvitationPolicyUserAttributionListDto

__all__ = ["RemoveInvitationPolicyUserAttributionsBatchDto"]


@_attrs.define(kw_only=True, slots=True)
class RemoveInvitationPolicyUserAttributionsBatchDto:
    """Wire model ``RemoveInvitationPolicyUserAttributionsBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        targets: ``targets``, list[InvitationPolicyUserAttributionListDto], required
        policy_id: ``policyId``, str, required
    """

    targets: List[InvitationPolicyUserAttributionListDto] = _attrs.field(metadata={"wire": "targets"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
