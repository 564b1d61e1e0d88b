# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``GetAuthorizedResourcesParams`` endpoint parameters (GetAuthorizedResourcesParamsResourceType, GetAuthorizedResourcesParamsTargetType)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["GetAuthorizedResourcesParamsResourceType", "GetAuthorizedResourcesParamsTargetType"]


class GetAuthorizedResourcesParamsResourceType(WireEnum):
    """Enum of ``GetAuthorizedResourcesParams.resourceType`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


class GetAuthorizedResourcesParamsTargetType(WireEnum):
    """Enum of ``GetAuthorizedResourcesParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"
