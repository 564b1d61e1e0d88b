# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``ListPolicyUserAttributionDetailParams`` endpoint parameters (ListPolicyUserAttributionDetailParamsTargetType)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["ListPolicyUserAttributionDetailParamsTargetType"]


class ListPolicyUserAttributionDetailParamsTargetType(WireEnum):
    """Enum of ``ListPolicyUserAttributionDetailParams.targetType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT = "department"
    POST = "post"
    ROLE = "role"
    GROUP = "group"
