# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SendEmailDto`` and its enum (SendEmailDtoChannel)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["SendEmailDto", "SendEmailDtoChannel"]


@_attrs.define(kw_only=True, slots=True)
class SendEmailDto:
    """Wire model ``SendEmailDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        channel: ``channel``, SendEmailDtoChannel, required
        email: ``email``, str, required
    """

    channel: SendEmailDtoChannel = _attrs.field(metadata={"wire": "channel"})
    email: str = _attrs.field(metadata={"wire": "email"})


class SendEmailDtoChannel(WireEnum):
    """Enum of ``SendEmailDto.channel`` (unknown wire values are kept, not rejected)."""

    CHANNEL_LOGIN = "CHANNEL_LOGIN"
    CHANNEL_REGISTER = "CHANNEL_REGISTER"
    CHANNEL_RESET_PASSWORD = "CHANNEL_RESET_PASSWORD"
    CHANNEL_VERIFY_EMAIL_LINK = "CHANNEL_VERIFY_EMAIL_LINK"
    CHANNEL_UPDATE_EMAIL = "CHANNEL_UPDATE_EMAIL"
    CHANNEL_BIND_EMAIL = "CHANNEL_BIND_EMAIL"
    CHANNEL_UNBIND_EMAIL = "CHANNEL_UNBIND_EMAIL"
    CHANNEL_VERIFY_MFA = "CHANNEL_VERIFY_MFA"
    CHANNEL_UNLOCK_ACCOUNT = "CHANNEL_UNLOCK_ACCOUNT"
    CHANNEL_COMPLETE_EMAIL = "CHANNEL_COMPLETE_EMAIL"
    CHANNEL_DELETE_ACCOUNT = "CHANNEL_DELETE_ACCOUNT"
