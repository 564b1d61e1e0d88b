# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``InvitationPolicyUserAttributionListDto`` and its enum (InvitationPolicyUserAttributionListDtoTargetType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["InvitationPolicyUserAttributionListDto", "InvitationPolicyUserAttributionListDtoTargetType"]


@_attrs.define(kw_only=True, slots=True)
class InvitationPolicyUserAttributionListDto:
    """Wire model ``InvitationPolicyUserAttributionListDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_identifiers: ``targetIdentifiers``, list[str], required
        namespace: ``namespace``, str, optional
        target_type: ``targetType``, InvitationPolicyUserAttributionListDtoTargetType, required
    """

    target_identifiers: List[str] = _attrs.field(metadata={"wire": "targetIdentifiers"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
    target_type: InvitationPolicyUserAttributionListDtoTargetType = _attrs.field(metadata={"wire": "targetType"})


class InvitationPolicyUserAttributionListDtoTargetType(WireEnum):
    """Enum of ``InvitationPolicyUserAttributionListDto.targetType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT = "department"
    POST = "post"
    ROLE = "role"
    GROUP = "group"
