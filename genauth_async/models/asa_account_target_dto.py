# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AsaAccountTargetDto`` and its enum (AsaAccountTargetDtoTargetType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["AsaAccountTargetDto", "AsaAccountTargetDtoTargetType"]


@_attrs.define(kw_only=True, slots=True)
class AsaAccountTargetDto:
    """Wire model ``AsaAccountTargetDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, AsaAccountTargetDtoTargetType, required
        target_identifier: ``targetIdentifier``, str, required
    """

    target_type: AsaAccountTargetDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})


class AsaAccountTargetDtoTargetType(WireEnum):
    """Enum of ``AsaAccountTargetDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"
