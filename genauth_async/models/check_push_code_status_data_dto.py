# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckPushCodeStatusDataDto`` and its enum (CheckPushCodeStatusDataDtoStatus)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .login_token_response_data_dto import LoginTokenResponseDataDto

__all__ = ["CheckPushCodeStatusDataDto", "CheckPushCodeStatusDataDtoStatus"]


@_attrs.define(kw_only=True, slots=True)
class CheckPushCodeStatusDataDto(WireBacked):
    """Wire model ``CheckPushCodeStatusDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status: ``status``, CheckPushCodeStatusDataDtoStatus, required
        token_set: ``tokenSet``, LoginTokenResponseDataDto, optional
    """

    status: CheckPushCodeStatusDataDtoStatus = _attrs.field(metadata={"wire": "status"})
    token_set: LoginTokenResponseDataDto | None = _attrs.field(default=None, metadata={"wire": "tokenSet"})


class CheckPushCodeStatusDataDtoStatus(WireEnum):
    """Enum of ``CheckPushCodeStatusDataDto.status`` (unknown wire values are kept, not rejected)."""

    PUSHED = "PUSHED"
    AUTHORIZED = "AUTHORIZED"
    CANCELLED = "CANCELLED"
    EXPIRED = "EXPIRED"
    ERROR = "ERROR"
