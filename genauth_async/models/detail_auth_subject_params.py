# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``DetailAuthSubjectParams`` endpoint parameters (DetailAuthSubjectParamsTargetType)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["DetailAuthSubjectParamsTargetType"]


class DetailAuthSubjectParamsTargetType(WireEnum):
    """Enum of ``DetailAuthSubjectParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    ORG = "ORG"
    AK_SK = "AK_SK"
