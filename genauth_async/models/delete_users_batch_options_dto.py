# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteUsersBatchOptionsDto`` and its enum (DeleteUsersBatchOptionsDtoUserIdType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["DeleteUsersBatchOptionsDto", "DeleteUsersBatchOptionsDtoUserIdType"]


@_attrs.define(kw_only=True, slots=True)
class DeleteUsersBatchOptionsDto:
    """Wire model ``DeleteUsersBatchOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id_type: ``userIdType``, DeleteUsersBatchOptionsDtoUserIdType, optional
    """

    user_id_type: DeleteUsersBatchOptionsDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class DeleteUsersBatchOptionsDtoUserIdType(WireEnum):
    """Enum of ``DeleteUsersBatchOptionsDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
