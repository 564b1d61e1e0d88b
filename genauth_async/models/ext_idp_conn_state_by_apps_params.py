# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``ExtIdpConnStateByAppsParams`` endpoint parameters (ExtIdpConnStateByAppsParamsType)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["ExtIdpConnStateByAppsParamsType"]


class ExtIdpConnStateByAppsParamsType(WireEnum):
    """Enum of ``ExtIdpConnStateByAppsParams.type`` (unknown wire values are kept, not rejected)."""

    SOCIAL = "social"
    ENTERPRISE = "enterprise"
