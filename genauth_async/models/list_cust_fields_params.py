# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``ListCustFieldsParams`` endpoint parameters (ListCustFieldsParamsDataType, ListCustFieldsParamsTargetType)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["ListCustFieldsParamsDataType", "ListCustFieldsParamsTargetType"]


class ListCustFieldsParamsDataType(WireEnum):
    """Enum of ``ListCustFieldsParams.dataType`` (unknown wire values are kept, not rejected)."""

    STRING = "STRING"
    NUMBER = "NUMBER"
    DATETIME = "DATETIME"
    BOOLEAN = "BOOLEAN"
    OBJECT = "OBJECT"
    SELECT = "SELECT"


class ListCustFieldsParamsTargetType(WireEnum):
    """Enum of ``ListCustFieldsParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"
