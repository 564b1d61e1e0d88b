# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SendSMSDto`` and its enum (SendSmsDtoChannel)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["SendSMSDto", "SendSmsDtoChannel"]


@_attrs.define(kw_only=True, slots=True)
class SendSMSDto:
    """Wire model ``SendSMSDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        channel: ``channel``, SendSmsDtoChannel, required
        phone_number: ``phoneNumber``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
    """

    channel: SendSmsDtoChannel = _attrs.field(metadata={"wire": "channel"})
    phone_number: str = _attrs.field(metadata={"wire": "phoneNumber"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})


class SendSmsDtoChannel(WireEnum):
    """Enum of ``SendSMSDto.channel`` (unknown wire values are kept, not rejected)."""

    CHANNEL_LOGIN = "CHANNEL_LOGIN"
    CHANNEL_REGISTER = "CHANNEL_REGISTER"
    CHANNEL_RESET_PASSWORD = "CHANNEL_RESET_PASSWORD"
    CHANNEL_BIND_PHONE = "CHANNEL_BIND_PHONE"
    CHANNEL_UNBIND_PHONE = "CHANNEL_UNBIND_PHONE"
    CHANNEL_BIND_MFA = "CHANNEL_BIND_MFA"
    CHANNEL_VERIFY_MFA = "CHANNEL_VERIFY_MFA"
    CHANNEL_UNBIND_MFA = "CHANNEL_UNBIND_MFA"
    CHANNEL_COMPLETE_PHONE = "CHANNEL_COMPLETE_PHONE"
    CHANNEL_IDENTITY_VERIFICATION = "CHANNEL_IDENTITY_VERIFICATION"
    CHANNEL_DELETE_ACCOUNT = "CHANNEL_DELETE_ACCOUNT"
