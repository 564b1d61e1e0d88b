# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``GetExtIdpParams`` endpoint parameters (GetExtIdpParamsType)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["GetExtIdpParamsType"]


class GetExtIdpParamsType(WireEnum):
    """Enum of ``GetExtIdpParams.type`` (unknown wire values are kept, not rejected)."""

    SOCIAL = "social"
    ENTERPRISE = "enterprise"
