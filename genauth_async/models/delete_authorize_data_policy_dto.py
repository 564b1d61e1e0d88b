# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteAuthorizeDataPolicyDto`` and its enum (DeleteAuthorizeDataPolicyDtoTargetType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["DeleteAuthorizeDataPolicyDto", "DeleteAuthorizeDataPolicyDtoTargetType"]


@_attrs.define(kw_only=True, slots=True)
class DeleteAuthorizeDataPolicyDto:
    """Wire model ``DeleteAuthorizeDataPolicyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, DeleteAuthorizeDataPolicyDtoTargetType, required
        target_identifier: ``targetIdentifier``, str, required
        policy_id: ``policyId``, str, required
    """

    target_type: DeleteAuthorizeDataPolicyDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})


class DeleteAuthorizeDataPolicyDtoTargetType(WireEnum):
    """Enum of ``DeleteAuthorizeDataPolicyDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ORG = "ORG"
    GROUP = "GROUP"
    ROLE = "ROLE"
