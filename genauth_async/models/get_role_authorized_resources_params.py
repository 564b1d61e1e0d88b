# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``GetRoleAuthorizedResourcesParams`` endpoint parameters (GetRoleAuthorizedResourcesParamsResourceType)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["GetRoleAuthorizedResourcesParamsResourceType"]


class GetRoleAuthorizedResourcesParamsResourceType(WireEnum):
    """Enum of ``GetRoleAuthorizedResourcesParams.resourceType`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"
