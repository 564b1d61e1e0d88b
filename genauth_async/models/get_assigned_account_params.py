# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``GetAssignedAccountParams`` endpoint parameters (GetAssignedAccountParamsTargetType)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["GetAssignedAccountParamsTargetType"]


class GetAssignedAccountParamsTargetType(WireEnum):
    """Enum of ``GetAssignedAccountParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"
