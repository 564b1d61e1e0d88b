# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetSubjectAuthDataDto`` and its enums (GetSubjectAuthDataDtoAuthType, GetSubjectAuthDataDtoReqTargetType, GetSubjectAuthDataDtoTargetType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["GetSubjectAuthDataDto", "GetSubjectAuthDataDtoAuthType", "GetSubjectAuthDataDtoReqTargetType", "GetSubjectAuthDataDtoTargetType"]


@_attrs.define(kw_only=True, slots=True)
class GetSubjectAuthDataDto:
    """Wire model ``GetSubjectAuthDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_name: ``appName``, str, required
        req_target_id: ``reqTargetId``, str, required
        req_target_name: ``reqTargetName``, str, required
        req_target_type: ``reqTargetType``, GetSubjectAuthDataDtoReqTargetType, required
        target_type: ``targetType``, GetSubjectAuthDataDtoTargetType, required
        target_name: ``targetName``, str, required
        auth_type: ``authType``, GetSubjectAuthDataDtoAuthType, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    req_target_id: str = _attrs.field(metadata={"wire": "reqTargetId"})
    req_target_name: str = _attrs.field(metadata={"wire": "reqTargetName"})
    req_target_type: GetSubjectAuthDataDtoReqTargetType = _attrs.field(metadata={"wire": "reqTargetType"})
    target_type: GetSubjectAuthDataDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_name: str = _attrs.field(metadata={"wire": "targetName"})
    auth_type: GetSubjectAuthDataDtoAuthType = _attrs.field(metadata={"wire": "authType"})


class GetSubjectAuthDataDtoAuthType(WireEnum):
    """Enum of ``GetSubjectAuthDataDto.authType`` (unknown wire values are kept, not rejected)."""

    DEFAULT = "DEFAULT"
    ALL = "ALL"
    SELF = "SELF"
    SUBJECT = "SUBJECT"


class GetSubjectAuthDataDtoReqTargetType(WireEnum):
    """Enum of ``GetSubjectAuthDataDto.reqTargetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    ORG = "ORG"
    AK_SK = "AK_SK"


class GetSubjectAuthDataDtoTargetType(WireEnum):
    """Enum of ``GetSubjectAuthDataDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    ORG = "ORG"
    AK_SK = "AK_SK"
