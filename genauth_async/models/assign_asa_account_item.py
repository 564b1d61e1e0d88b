# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AssignAsaAccountItem`` and its enum (AssignAsaAccountItemTargetType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["AssignAsaAccountItem", "AssignAsaAccountItemTargetType"]


@_attrs.define(kw_only=True, slots=True)
class AssignAsaAccountItem:
    """Wire model ``AssignAsaAccountItem`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, AssignAsaAccountItemTargetType, required
        target_identifiers: ``targetIdentifiers``, list[str], required
    """

    target_type: AssignAsaAccountItemTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifiers: List[str] = _attrs.field(metadata={"wire": "targetIdentifiers"})


class AssignAsaAccountItemTargetType(WireEnum):
    """Enum of ``AssignAsaAccountItem.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"
