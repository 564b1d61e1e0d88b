# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``ListUserBaseFieldsParams`` endpoint parameters (ListUserBaseFieldsParamsDataType, ListUserBaseFieldsParamsTargetType)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["ListUserBaseFieldsParamsDataType", "ListUserBaseFieldsParamsTargetType"]


class ListUserBaseFieldsParamsDataType(WireEnum):
    """Enum of ``ListUserBaseFieldsParams.dataType`` (unknown wire values are kept, not rejected)."""

    STRING = "STRING"
    NUMBER = "NUMBER"
    DATETIME = "DATETIME"
    BOOLEAN = "BOOLEAN"
    OBJECT = "OBJECT"
    SELECT = "SELECT"


class ListUserBaseFieldsParamsTargetType(WireEnum):
    """Enum of ``ListUserBaseFieldsParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"
