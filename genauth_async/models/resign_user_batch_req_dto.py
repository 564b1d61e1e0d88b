# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ResignUserBatchReqDto`` and its enum (ResignUserBatchReqDtoUserIdType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["ResignUserBatchReqDto", "ResignUserBatchReqDtoUserIdType"]


@_attrs.define(kw_only=True, slots=True)
class ResignUserBatchReqDto:
    """Wire model ``ResignUserBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        user_id_type: ``userIdType``, ResignUserBatchReqDtoUserIdType, optional
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    user_id_type: ResignUserBatchReqDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class ResignUserBatchReqDtoUserIdType(WireEnum):
    """Enum of ``ResignUserBatchReqDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
