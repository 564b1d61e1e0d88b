# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SetCustomDataReqDto`` and its enum (SetCustomDataReqDtoTargetType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .set_custom_data_dto import SetCustomDataDto

__all__ = ["SetCustomDataReqDto", "SetCustomDataReqDtoTargetType"]


@_attrs.define(kw_only=True, slots=True)
class SetCustomDataReqDto:
    """Wire model ``SetCustomDataReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[SetCustomDataDto], required
        target_identifier: ``targetIdentifier``, str, required
        target_type: ``targetType``, SetCustomDataReqDtoTargetType, required
        tenant_id: ``tenantId``, str, optional
        namespace: ``namespace``, str, optional
    """

    list: List[SetCustomDataDto] = _attrs.field(metadata={"wire": "list"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})
    target_type: SetCustomDataReqDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


class SetCustomDataReqDtoTargetType(WireEnum):
    """Enum of ``SetCustomDataReqDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"
