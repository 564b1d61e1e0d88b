# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetInvitationPolicyDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetInvitationPolicyDto"]


@_attrs.define(kw_only=True, slots=True)
class GetInvitationPolicyDto:
    """Wire model ``GetInvitationPolicyDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, Any, optional
        roster_id: ``rosterId``, Any, optional
        with_creator_detail: ``withCreatorDetail``, Any, optional
    """

    policy_id: Any = _attrs.field(default=None, metadata={"wire": "policyId"})
    roster_id: Any = _attrs.field(default=None, metadata={"wire": "rosterId"})
    with_creator_detail: Any = _attrs.field(default=None, metadata={"wire": "withCreatorDetail"})
