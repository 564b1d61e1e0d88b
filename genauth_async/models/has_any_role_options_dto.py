# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``HasAnyRoleOptionsDto`` and its enum (HasAnyRoleOptionsDtoUserIdType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["HasAnyRoleOptionsDto", "HasAnyRoleOptionsDtoUserIdType"]


@_attrs.define(kw_only=True, slots=True)
class HasAnyRoleOptionsDto:
    """Wire model ``HasAnyRoleOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id_type: ``userIdType``, HasAnyRoleOptionsDtoUserIdType, optional
    """

    user_id_type: HasAnyRoleOptionsDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class HasAnyRoleOptionsDtoUserIdType(WireEnum):
    """Enum of ``HasAnyRoleOptionsDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
