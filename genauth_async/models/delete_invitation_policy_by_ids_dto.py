# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteInvitationPolicyByIdsDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["DeleteInvitationPolicyByIdsDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteInvitationPolicyByIdsDto:
    """Wire model ``DeleteInvitationPolicyByIdsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policy_ids: ``policyIds``, list[str], required
    """

    policy_ids: List[str] = _attrs.field(metadata={"wire": "policyIds"})
