# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ResignUserReqDto`` and its enum (ResignUserReqDtoUserIdType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["ResignUserReqDto", "ResignUserReqDtoUserIdType"]


@_attrs.define(kw_only=True, slots=True)
class ResignUserReqDto:
    """Wire model ``ResignUserReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        user_id_type: ``userIdType``, ResignUserReqDtoUserIdType, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    user_id_type: ResignUserReqDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class ResignUserReqDtoUserIdType(WireEnum):
    """Enum of ``ResignUserReqDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
