# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ResourcePermissionAssignmentDto`` and its enum (ResourcePermissionAssignmentDtoTargetType).

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["ResourcePermissionAssignmentDto", "ResourcePermissionAssignmentDtoTargetType"]


@_attrs.define(kw_only=True, slots=True)
class ResourcePermissionAssignmentDto:
    """Wire model ``ResourcePermissionAssignmentDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, ResourcePermissionAssignmentDtoTargetType, required
        target_identifier: ``targetIdentifier``, str, required
        actions: ``actions``, list[str], required
    """

    target_type: ResourcePermissionAssignmentDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})


class ResourcePermissionAssignmentDtoTargetType(WireEnum):
    """Enum of ``ResourcePermissionAssignmentDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"
