# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PreCheckEmailCodeDto`` and its enum (PreCheckEmailCodeDtoChannel)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum
from genauth_async.models._redact import masked as _masked

__all__ = ["PreCheckEmailCodeDto", "PreCheckEmailCodeDtoChannel"]


@_attrs.define(kw_only=True, slots=True)
class PreCheckEmailCodeDto:
    """Wire model ``PreCheckEmailCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        email: ``email``, str, required
        pass_code: ``passCode``, str, required
        channel: ``channel``, PreCheckEmailCodeDtoChannel, required
    """

    email: str = _attrs.field(metadata={"wire": "email"})
    pass_code: str = _attrs.field(repr=_masked, metadata={"wire": "passCode"})
    channel: PreCheckEmailCodeDtoChannel = _attrs.field(metadata={"wire": "channel"})


class PreCheckEmailCodeDtoChannel(WireEnum):
    """Enum of ``PreCheckEmailCodeDto.channel`` (unknown wire values are kept, not rejected)."""

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
