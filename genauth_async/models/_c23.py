# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (CustomFieldDtoTargetType, ..., CustomFieldSelectOption)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._c22 import (
        CustomFieldDto,
    )
    from ._l1 import (
        LangObject,
    )

__all__ = [
    "CustomFieldDtoTargetType", "CustomFieldI18n", "CustomFieldListRespDto",
    "CustomFieldSelectOption",
]


class CustomFieldDtoTargetType(WireEnum):
    """Enum of ``CustomFieldDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class CustomFieldI18n:
    """Wire model ``CustomFieldI18n`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        label: ``label``, LangObject, required
    """

    label: LangObject = _attrs.field(metadata={"wire": "label"})


@_attrs.define(kw_only=True, slots=True)
class CustomFieldListRespDto(WireBacked):
    """Wire model ``CustomFieldListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[CustomFieldDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[CustomFieldDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CustomFieldSelectOption:
    """Wire model ``CustomFieldSelectOption`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        value: ``value``, str, required
        label: ``label``, str, required
    """

    value: str = _attrs.field(metadata={"wire": "value"})
    label: str = _attrs.field(metadata={"wire": "label"})
