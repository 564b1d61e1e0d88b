# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteUserSyncRelationReqDto`` and its enum (DeleteUserSyncRelationReqDtoUserIdType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["DeleteUserSyncRelationReqDto", "DeleteUserSyncRelationReqDtoUserIdType"]


@_attrs.define(kw_only=True, slots=True)
class DeleteUserSyncRelationReqDto:
    """Wire model ``DeleteUserSyncRelationReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        provider: ``provider``, str, required
        user_id: ``userId``, str, required
        user_id_type: ``userIdType``, DeleteUserSyncRelationReqDtoUserIdType, optional
    """

    provider: str = _attrs.field(metadata={"wire": "provider"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    user_id_type: DeleteUserSyncRelationReqDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class DeleteUserSyncRelationReqDtoUserIdType(WireEnum):
    """Enum of ``DeleteUserSyncRelationReqDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
