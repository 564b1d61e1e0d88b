# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteApplicationPermissionRecordItem`` and its enum (DeleteApplicationPermissionRecordItemTargetType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["DeleteApplicationPermissionRecordItem", "DeleteApplicationPermissionRecordItemTargetType"]


@_attrs.define(kw_only=True, slots=True)
class DeleteApplicationPermissionRecordItem:
    """Wire model ``DeleteApplicationPermissionRecordItem`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, DeleteApplicationPermissionRecordItemTargetType, required
        namespace_code: ``namespaceCode``, str, optional
        target_identifier: ``targetIdentifier``, list[str], required
    """

    target_type: DeleteApplicationPermissionRecordItemTargetType = _attrs.field(metadata={"wire": "targetType"})
    namespace_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespaceCode"})
    target_identifier: List[str] = _attrs.field(metadata={"wire": "targetIdentifier"})


class DeleteApplicationPermissionRecordItemTargetType(WireEnum):
    """Enum of ``DeleteApplicationPermissionRecordItem.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    ORG = "ORG"
