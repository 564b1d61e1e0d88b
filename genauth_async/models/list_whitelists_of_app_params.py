# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``ListWhitelistsOfAppParams`` endpoint parameters (ListWhitelistsOfAppParamsType)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["ListWhitelistsOfAppParamsType"]


class ListWhitelistsOfAppParamsType(WireEnum):
    """Enum of ``ListWhitelistsOfAppParams.type`` (unknown wire values are kept, not rejected)."""

    USERNAME = "USERNAME"
    EMAIL = "EMAIL"
    PHONE = "PHONE"
