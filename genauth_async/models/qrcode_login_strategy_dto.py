# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``QrcodeLoginStrategyDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["QrcodeLoginStrategyDto"]


@_attrs.define(kw_only=True, slots=True)
class QrcodeLoginStrategyDto:
    """Wire model ``QrcodeLoginStrategyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        qrcode_expires_in: ``qrcodeExpiresIn``, int, required
        qrcode_expires_in_unit: ``qrcodeExpiresInUnit``, str, optional
        ticket_expires_in: ``ticketExpiresIn``, int, required
        ticket_expires_in_unit: ``ticketExpiresInUnit``, str, optional
        allow_exchange_user_info_from_browser: ``allowExchangeUserInfoFromBrowser``, bool, required
        return_full_user_info: ``returnFullUserInfo``, bool, required
    """

    qrcode_expires_in: int = _attrs.field(metadata={"wire": "qrcodeExpiresIn"})
    qrcode_expires_in_unit: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "qrcodeExpiresInUnit"})
    ticket_expires_in: int = _attrs.field(metadata={"wire": "ticketExpiresIn"})
    ticket_expires_in_unit: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ticketExpiresInUnit"})
    allow_exchange_user_info_from_browser: bool = _attrs.field(metadata={"wire": "allowExchangeUserInfoFromBrowser"})
    return_full_user_info: bool = _attrs.field(metadata={"wire": "returnFullUserInfo"})
