# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``GetCustomDataParams`` endpoint parameters (GetCustomDataParamsTargetType)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["GetCustomDataParamsTargetType"]


class GetCustomDataParamsTargetType(WireEnum):
    """Enum of ``GetCustomDataParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"
