# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``GetCustomFieldsParams`` endpoint parameters (GetCustomFieldsParamsTargetType)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["GetCustomFieldsParamsTargetType"]


class GetCustomFieldsParamsTargetType(WireEnum):
    """Enum of ``GetCustomFieldsParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"
