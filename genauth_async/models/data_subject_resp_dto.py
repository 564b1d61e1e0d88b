# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DataSubjectRespDto`` and its enum (DataSubjectRespDtoTargetType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["DataSubjectRespDto", "DataSubjectRespDtoTargetType"]


@_attrs.define(kw_only=True, slots=True)
class DataSubjectRespDto:
    """Wire model ``DataSubjectRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_identifier: ``targetIdentifier``, str, required
        target_type: ``targetType``, DataSubjectRespDtoTargetType, required
        target_name: ``targetName``, str, required
        authorization_time: ``authorizationTime``, str, required
    """

    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})
    target_type: DataSubjectRespDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_name: str = _attrs.field(metadata={"wire": "targetName"})
    authorization_time: str = _attrs.field(metadata={"wire": "authorizationTime"})


class DataSubjectRespDtoTargetType(WireEnum):
    """Enum of ``DataSubjectRespDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ORG = "ORG"
    GROUP = "GROUP"
    ROLE = "ROLE"
