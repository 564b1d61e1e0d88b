# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``GetPublicAccountRolesParams`` endpoint parameters (GetPublicAccountRolesParamsUserIdType)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["GetPublicAccountRolesParamsUserIdType"]


class GetPublicAccountRolesParamsUserIdType(WireEnum):
    """Enum of ``GetPublicAccountRolesParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
