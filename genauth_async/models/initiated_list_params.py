# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``InitiatedListParams`` endpoint parameters (InitiatedListParamsObjectType)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["InitiatedListParamsObjectType"]


class InitiatedListParamsObjectType(WireEnum):
    """Enum of ``InitiatedListParams.objectType`` (unknown wire values are kept, not rejected)."""

    APP_PERMISSION_APPLY = "APP_PERMISSION_APPLY"
    ROLE_PERMISSION_APPLY = "ROLE_PERMISSION_APPLY"
