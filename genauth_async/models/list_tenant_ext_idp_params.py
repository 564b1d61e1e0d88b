# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``ListTenantExtIdpParams`` endpoint parameters (ListTenantExtIdpParamsType)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["ListTenantExtIdpParamsType"]


class ListTenantExtIdpParamsType(WireEnum):
    """Enum of ``ListTenantExtIdpParams.type`` (unknown wire values are kept, not rejected)."""

    SOCIAL = "social"
    ENTERPRISE = "enterprise"
