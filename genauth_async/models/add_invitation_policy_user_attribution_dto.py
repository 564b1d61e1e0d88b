# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AddInvitationPolicyUserAttributionDto`` and its enum (AddInvitationPolicyUserAttributionDtoTargetType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["AddInvitationPolicyUserAttributionDto", "AddInvitationPolicyUserAttributionDtoTargetType"]


@_attrs.define(kw_only=True, slots=True)
class AddInvitationPolicyUserAttributionDto:
    """Wire model ``AddInvitationPolicyUserAttributionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, AddInvitationPolicyUserAttributionDtoTargetType, required
        target_identifier: ``targetIdentifier``, str, required
        policy_id: ``policyId``, str, required
        namespace: ``namespace``, str, optional
    """

    target_type: AddInvitationPolicyUserAttributionDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


class AddInvitationPolicyUserAttributionDtoTargetType(WireEnum):
    """Enum of ``AddInvitationPolicyUserAttributionDto.targetType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT = "department"
    POST = "post"
    ROLE = "role"
    GROUP = "group"
