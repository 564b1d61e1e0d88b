# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``FindRiskListPolicyParams`` endpoint parameters (FindRiskListPolicyParamsOptObject)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["FindRiskListPolicyParamsOptObject"]


class FindRiskListPolicyParamsOptObject(WireEnum):
    """Enum of ``FindRiskListPolicyParams.optObject`` (unknown wire values are kept, not rejected)."""

    IP = "IP"
    USER = "USER"
