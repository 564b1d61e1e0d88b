# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``ListDataPolicyTargetsParams`` endpoint parameters (ListDataPolicyTargetsParamsTargetType)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["ListDataPolicyTargetsParamsTargetType"]


class ListDataPolicyTargetsParamsTargetType(WireEnum):
    """Enum of ``ListDataPolicyTargetsParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ORG = "ORG"
    GROUP = "GROUP"
    ROLE = "ROLE"
