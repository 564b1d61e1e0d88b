# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListAuthSubjectDto`` and its enum (ListAuthSubjectDtoTargetType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["ListAuthSubjectDto", "ListAuthSubjectDtoTargetType"]


@_attrs.define(kw_only=True, slots=True)
class ListAuthSubjectDto:
    """Wire model ``ListAuthSubjectDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, ListAuthSubjectDtoTargetType, required
        target_id: ``targetId``, str, required
        app_name: ``appName``, str, optional
        app_type_list: ``appTypeList``, list[str], optional
        effect: ``effect``, list[str], optional
        enabled: ``enabled``, bool, optional
    """

    target_type: ListAuthSubjectDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_id: str = _attrs.field(metadata={"wire": "targetId"})
    app_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appName"})
    app_type_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appTypeList"})
    effect: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "effect"})
    enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabled"})


class ListAuthSubjectDtoTargetType(WireEnum):
    """Enum of ``ListAuthSubjectDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    ORG = "ORG"
    AK_SK = "AK_SK"
