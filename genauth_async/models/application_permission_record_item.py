# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApplicationPermissionRecordItem`` and its enums (ApplicationPermissionRecordItemEffect, ApplicationPermissionRecordItemTargetType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["ApplicationPermissionRecordItem", "ApplicationPermissionRecordItemEffect", "ApplicationPermissionRecordItemTargetType"]


@_attrs.define(kw_only=True, slots=True)
class ApplicationPermissionRecordItem:
    """Wire model ``ApplicationPermissionRecordItem`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, ApplicationPermissionRecordItemTargetType, required
        namespace_code: ``namespaceCode``, str, optional
        inherit_by_children: ``inheritByChildren``, bool, optional
        target_identifier: ``targetIdentifier``, list[str], required
        effect: ``effect``, ApplicationPermissionRecordItemEffect, required
    """

    target_type: ApplicationPermissionRecordItemTargetType = _attrs.field(metadata={"wire": "targetType"})
    namespace_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespaceCode"})
    inherit_by_children: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "inheritByChildren"})
    target_identifier: List[str] = _attrs.field(metadata={"wire": "targetIdentifier"})
    effect: ApplicationPermissionRecordItemEffect = _attrs.field(metadata={"wire": "effect"})


class ApplicationPermissionRecordItemEffect(WireEnum):
    """Enum of ``ApplicationPermissionRecordItem.effect`` (unknown wire values are kept, not rejected)."""

    ALLOW = "ALLOW"
    DENY = "DENY"


class ApplicationPermissionRecordItemTargetType(WireEnum):
    """Enum of ``ApplicationPermissionRecordItem.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    ORG = "ORG"
