# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PreCheckSmsCodeDto`` and its enum (PreCheckSmsCodeDtoChannel)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

__all__ = ["PreCheckSmsCodeDto", "PreCheckSmsCodeDtoChannel"]


@_attrs.define(kw_only=True, slots=True)
class PreCheckSmsCodeDto:
    """Wire model ``PreCheckSmsCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        phone: ``phone``, str, required
        pass_code: ``passCode``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
        channel: ``channel``, PreCheckSmsCodeDtoChannel, required
    """

    phone: str = _attrs.field(metadata={"wire": "phone"})
    pass_code: str = _attrs.field(repr=_masked, metadata={"wire": "passCode"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    channel: PreCheckSmsCodeDtoChannel = _attrs.field(metadata={"wire": "channel"})


class PreCheckSmsCodeDtoChannel(WireEnum):
    """Enum of ``PreCheckSmsCodeDto.channel`` (unknown wire values are kept, not rejected)."""

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
