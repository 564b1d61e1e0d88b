# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckQRCodeStatusDataDto`` and its enum (CheckQrCodeStatusDataDtoStatus)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

from .login_token_response_data_dto import LoginTokenResponseDataDto
from .qr_code_status_brief_user_info_dto import QRCodeStatusBriefUserInfoDto

__all__ = ["CheckQRCodeStatusDataDto", "CheckQrCodeStatusDataDtoStatus"]


@_attrs.define(kw_only=True, slots=True)
class CheckQRCodeStatusDataDto(WireBacked):
    """Wire model ``CheckQRCodeStatusDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status: ``status``, CheckQrCodeStatusDataDtoStatus, required
        ticket: ``ticket``, str, optional
        brief_user_info: ``briefUserInfo``, QRCodeStatusBriefUserInfoDto, optional
        token_set: ``tokenSet``, LoginTokenResponseDataDto, optional
    """

    status: CheckQrCodeStatusDataDtoStatus = _attrs.field(metadata={"wire": "status"})
    ticket: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "ticket"})
    brief_user_info: QRCodeStatusBriefUserInfoDto | None = _attrs.field(default=None, metadata={"wire": "briefUserInfo"})
    token_set: LoginTokenResponseDataDto | None = _attrs.field(default=None, metadata={"wire": "tokenSet"})


class CheckQrCodeStatusDataDtoStatus(WireEnum):
    """Enum of ``CheckQRCodeStatusDataDto.status`` (unknown wire values are kept, not rejected)."""

    PENDING = "PENDING"
    SCANNED = "SCANNED"
    AUTHORIZED = "AUTHORIZED"
    CANCELLED = "CANCELLED"
    EXPIRED = "EXPIRED"
    ERROR = "ERROR"
