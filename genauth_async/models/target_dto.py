# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TargetDto`` and its enum (TargetDtoTargetType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["TargetDto", "TargetDtoTargetType"]


@_attrs.define(kw_only=True, slots=True)
class TargetDto:
    """Wire model ``TargetDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, TargetDtoTargetType, required
        target_identifier: ``targetIdentifier``, str, required
    """

    target_type: TargetDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})


class TargetDtoTargetType(WireEnum):
    """Enum of ``TargetDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"
