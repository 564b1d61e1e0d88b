# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SetMfaStatusDto`` and its enum (SetMfaStatusDtoUserIdType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .get_mfa_info_data_dto import GetMfaInfoDataDto

__all__ = ["SetMfaStatusDto", "SetMfaStatusDtoUserIdType"]


@_attrs.define(kw_only=True, slots=True)
class SetMfaStatusDto:
    """Wire model ``SetMfaStatusDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        mfa_trigger_data: ``mfaTriggerData``, GetMfaInfoDataDto, required
        user_id: ``userId``, str, required
        user_id_type: ``userIdType``, SetMfaStatusDtoUserIdType, optional
    """

    mfa_trigger_data: GetMfaInfoDataDto = _attrs.field(metadata={"wire": "mfaTriggerData"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    user_id_type: SetMfaStatusDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class SetMfaStatusDtoUserIdType(WireEnum):
    """Enum of ``SetMfaStatusDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
